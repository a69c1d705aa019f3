#include "share_dialogs.h"

#include <imgui.h>

#include "modal.h"
#include "theme.h"
#include "widgets.h"
#include "word_wrap.h"

namespace gp::ui {

namespace {

constexpr const char* kPopup = "##share";
constexpr size_t kMaxPassphraseBytes = 200;

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

}  // namespace

std::string ShareDialogs::problem() const {
  if (mode_ == Mode::create) return error_;
  if (mode_ == Mode::unlock) return unlockError_;
  return {};
}

void ShareDialogs::show(Mode mode) {
  mode_ = mode;
  requestPopup_ = true;
  focus_ = true;
}

void ShareDialogs::openCreate() {
  passphrase_.clear();
  working_ = false;
  linkOk_ = false;
  link_.clear();
  detail_.clear();
  error_.clear();
  show(Mode::create);
}

void ShareDialogs::linkReady(bool ok, std::string linkOrError, std::string detail) {
  working_ = false;
  linkOk_ = ok;
  if (ok) {
    link_ = std::move(linkOrError);
    detail_ = std::move(detail);
    error_.clear();
  } else {
    error_ = std::move(linkOrError);
  }
  if (mode_ != Mode::create) show(Mode::create);
}

void ShareDialogs::needPassphrase() {
  unlockPassphrase_.clear();
  unlockError_.clear();
  working_ = false;
  show(Mode::unlock);
}

void ShareDialogs::unlockResult(bool ok, std::string message) {
  working_ = false;
  if (ok) {
    mode_ = Mode::closed;  // the plan follows and is offered
    return;
  }
  unlockError_ = std::move(message);
  focus_ = true;
}

void ShareDialogs::offer(Document shared) {
  shared_ = std::move(shared);
  show(Mode::offer);
}

ShareDialogs::Actions ShareDialogs::draw(const Document& current) {
  Actions actions;
  if (mode_ == Mode::closed) return actions;
  const float s = theme::scale();
  const bool visible = beginModal(kPopup, 560 * s, &requestPopup_);
  if (!visible) {
    if (!ImGui::IsPopupOpen(kPopup)) requestPopup_ = true;
    return actions;
  }
  switch (mode_) {
    case Mode::create: drawCreate(actions); break;
    case Mode::unlock: drawUnlock(actions); break;
    case Mode::offer: drawOffer(current, actions); break;
    case Mode::closed: break;
  }
  if (mode_ == Mode::closed) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return actions;
}

void ShareDialogs::drawCreate(Actions& actions) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  modalHeading("SHARE LINK", "Share this plan as a link",
               "The whole plan goes into the link itself, compressed. The part after # never reaches a web "
               "server: only people you send the link to can open it, as a copy or merged into their plan.");
  if (link_.empty()) {
    caption("Passphrase (optional)");
    if (focus_) {
      ImGui::SetKeyboardFocusHere();
      focus_ = false;
    }
    TextEdit passphrase = textField("##share-passphrase", passphrase_, "Leave empty for a link without one", 0,
                                    ImGuiInputTextFlags_Password);
    if (passphrase.changed) passphrase_ = passphrase.text.substr(0, kMaxPassphraseBytes);
    ImGui::PushFont(smallFont());
    textColored(p.textMuted, passphrase_.empty() ? "Anyone with the link can read the plan."
                                                 : "Encrypted (AES-GCM). Send the passphrase separately, e.g. by phone.");
    ImGui::PopFont();
  } else {
    caption("Link");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    std::string shown = link_.size() > 300 ? link_.substr(0, 300) + "\xE2\x80\xA6" : link_;
    ImGui::InputText("##share-link-text", &shown[0], shown.size() + 1, ImGuiInputTextFlags_ReadOnly);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    ImGui::PushStyleColor(ImGuiCol_Text, p.success);
    textWrappedBetweenWords(detail_);
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
  }
  if (!error_.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 500 * s);
    textColored(p.danger, error_.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Dummy(ImVec2(0, 12 * s));
  const char* primary = link_.empty() ? (working_ ? "Making the link\xE2\x80\xA6" : "Copy share link") : "Copy again";
  alignRight(buttonWidth(primary) + buttonWidth("Close") + ImGui::GetStyle().ItemSpacing.x);
  if (button("Close", "##share-close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) mode_ = Mode::closed;
  ImGui::SameLine();
  ImGui::BeginDisabled(working_);
  if (button(primary, "##share-create", ButtonKind::primary) ||
      (link_.empty() && !working_ && dialogEnterPressed())) {
    working_ = true;
    error_.clear();
    link_.clear();
    actions.createWithPassphrase = passphrase_;
  }
  ImGui::EndDisabled();
}

void ShareDialogs::drawUnlock(Actions& actions) {
  const float s = theme::scale();
  modalHeading("SHARED PLAN", "This link is protected",
               "Type the passphrase you were given with the link. Nothing changes in your plan until you choose "
               "what to do with the shared one.");
  caption("Passphrase");
  if (focus_) {
    ImGui::SetKeyboardFocusHere();
    focus_ = false;
  }
  TextEdit passphrase = textField("##unlock-passphrase", unlockPassphrase_, nullptr, 0, ImGuiInputTextFlags_Password);
  if (passphrase.changed) unlockPassphrase_ = passphrase.text.substr(0, kMaxPassphraseBytes);
  if (!unlockError_.empty()) textColored(theme::palette().danger, unlockError_.c_str());
  ImGui::Dummy(ImVec2(0, 12 * s));
  const char* primary = working_ ? "Unlocking\xE2\x80\xA6" : "Unlock";
  alignRight(buttonWidth(primary) + buttonWidth("Cancel") + ImGui::GetStyle().ItemSpacing.x);
  if (button("Cancel", "##unlock-cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    actions.cancelUnlock = true;
    mode_ = Mode::closed;
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(working_ || unlockPassphrase_.empty());
  if (button(primary, "##unlock", ButtonKind::primary) ||
      (!working_ && !unlockPassphrase_.empty() && dialogEnterPressed())) {
    working_ = true;
    unlockError_.clear();
    actions.unlockWith = unlockPassphrase_;
  }
  ImGui::EndDisabled();
}

void ShareDialogs::drawOffer(const Document& current, Actions& actions) {
  const float s = theme::scale();
  if (!shared_) {
    mode_ = Mode::closed;
    return;
  }
  const Document& shared = *shared_;
  caption("SHARED PLAN");
  const std::string title = shared.plan.title.empty() ? std::string("A shared plan") : quoted(shared.plan.title);
  heading(title.c_str());
  std::string line;
  if (!shared.plan.company.empty()) line += shared.plan.company + " \xC2\xB7 ";
  line += std::to_string(shared.sections.size()) + " sections \xC2\xB7 " + std::to_string(shared.glossary.size()) +
          " glossary terms";
  const std::string edited = stampLine(shared.plan.meta);
  if (!edited.empty()) line += " \xC2\xB7 " + edited;
  textWrappedMuted(line.c_str());
  ImGui::Dummy(ImVec2(0, 8 * s));
  const bool samePlan = shared.plan.meta.id == current.plan.meta.id;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 500 * s);
  if (samePlan)
    textWrappedMuted("It is a copy of the plan open here. Merge it to take in its changes (where you both changed the "
                     "same field, you choose), or open it as it is.");
  else
    textWrappedMuted("It is a different plan from the one open here. Open it as a copy: your current plan stays one "
                     "Undo away (save it to a file first if you want to keep it apart).");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 12 * s));
  const float total = buttonWidth("Cancel") + buttonWidth("Open as a copy") +
                      (samePlan ? buttonWidth("Merge into my plan") + ImGui::GetStyle().ItemSpacing.x : 0) +
                      ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  if (button("Cancel", "##shared-cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    shared_.reset();
    mode_ = Mode::closed;
    return;
  }
  ImGui::SameLine();
  if (button("Open as a copy", "##shared-open-copy", samePlan ? ButtonKind::normal : ButtonKind::primary)) {
    actions.openAsCopy = std::move(*shared_);
    shared_.reset();
    mode_ = Mode::closed;
    return;
  }
  if (samePlan) {
    ImGui::SameLine();
    // Enter merges (you choose where both changed); opening as a copy replaces the plan, so it
    // takes a click, as Replace does.
    if (button("Merge into my plan", "##shared-merge", ButtonKind::primary) || dialogEnterPressed()) {
      actions.mergeIn = std::move(*shared_);
      shared_.reset();
      mode_ = Mode::closed;
    }
  }
}

}  // namespace gp::ui
