#include "activity_panels.h"

#include <imgui.h>

#include <algorithm>

#include "ui/qr_code.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

std::string count(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

void InviteCard::draw(UiContext& ui, const std::string& code, const char* idPrefix, const char* heading,
                      const char* explanation, float width) {
  const float s = theme::scale();
  const std::string copyId = std::string("##") + idPrefix + "-invite-copy";
  const std::string link = ui.platform().pageAddress() + "#join=" + code;
  if (link != link_) {
    link_ = link;
    copied_ = false;
    ui.platform().setTapAction(copyId.c_str(), Platform::TapAction::copy, link);
  }
  beginCard((std::string("##") + idPrefix + "-invite-card").c_str(), nullptr, width);
  caption(heading);
  const char* copyText = copied_ ? "Copied" : "Copy link";
  const float copyW = std::max(buttonWidth("Copied"), buttonWidth("Copy link")) + 16 * s;
  std::string shown = link_;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - copyW - ImGui::GetStyle().ItemSpacing.x);
  ImGui::InputText((std::string("##") + idPrefix + "-invite-link").c_str(), shown.data(), shown.size() + 1,
                   ImGuiInputTextFlags_ReadOnly);
  ImGui::SameLine();
  if (button(copyText, copyId.c_str(), ButtonKind::primary, ImVec2(copyW, 0))) {
    ImGui::SetClipboardText(link_.c_str());
    copied_ = true;
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  const float qrSide = std::min(180 * s, ImGui::GetContentRegionAvail().x);
  const bool besideText = ImGui::GetContentRegionAvail().x > qrSide + 260 * s;
  const bool drawn = drawQrCode(link_, qrSide);
  if (drawn && besideText) ImGui::SameLine(0, 16 * s);
  ImGui::BeginGroup();
  textWrappedMuted(explanation);
  if (!drawn) textWrappedMuted("This link is too long for a QR code: send it in the meeting chat instead.");
  ImGui::EndGroup();
  endCard();
}

void PasteAnswersCard::draw(UiContext& ui, const char* idPrefix, const char* noun, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const std::string prefix = std::string("##") + idPrefix;
  beginCard((prefix + "-card").c_str(), nullptr, width);
  caption((std::string("ADD ") + noun).c_str());
  TextEdit text = textArea((prefix + "-paste").c_str(), text_,
                           "Paste the links people sent you, one or more per line", 3);
  if (text.changed) text_ = text.text;
  if (text_ != parsedText_) {
    parsedText_ = text_;
    pasted_ = readPastedActivityAnswers(text_);
  }
  ImGui::PushFont(smallFont());
  for (const auto& problem : pasted_.problems) {
    textColored(p.danger, problem.c_str());
    nameLastItem(problem);
  }
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  const size_t found = pasted_.ballots.size() + pasted_.drafts.size();
  const std::string merge = "Merge " + count(found, "answer", "answers");
  ImGui::BeginDisabled(found == 0);
  const bool merged = button(merge.c_str(), (prefix + "-merge").c_str(), ButtonKind::primary);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (!text_.empty() && button("Clear", (prefix + "-clear").c_str(), ButtonKind::subtle)) text_.clear();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  textMuted("Answer files can also be dropped anywhere on this window.");
  endCard();
  if (merged && found > 0) {
    const PastedActivityAnswers answers = pasted_;
    text_.clear();
    mergeActivityAnswers(ui, answers);
  }
}

void mergeActivityAnswers(UiContext& ui, const PastedActivityAnswers& pasted) {
  const size_t total = pasted.ballots.size() + pasted.drafts.size();
  if (total == 0) return;
  ui.history().seal();
  const ActivityMergeResult result = ui.history().recordActivityAnswers(
      pasted.ballots, pasted.drafts, ui.edit(), "Merge " + count(total, "workshop answer", "workshop answers"));
  ui.history().seal();
  if (!result.problems.empty())
    ui.notify(Notice::Kind::error, "Could not add " + count(result.problems.size(), "answer", "answers") + ": " + result.problems.front());
  if (result.added + result.replaced == 0) {
    if (result.problems.empty()) ui.notify(Notice::Kind::info, "Nothing new: already in the plan.", 6.0);
    return;
  }
  std::string text = "Merged " + count(size_t(result.added + result.replaced), "answer", "answers");
  std::vector<std::string> parts;
  if (result.added) parts.push_back(std::to_string(result.added) + " new");
  if (result.replaced) parts.push_back(std::to_string(result.replaced) + " replaced");
  if (result.unchanged) parts.push_back(std::to_string(result.unchanged) + " already in the plan");
  for (size_t i = 0; i < parts.size(); ++i) text += (i == 0 ? ": " : ", ") + parts[i];
  ui.notifyUndoable(text + ". They stay hidden until you reveal them.");
}

void mergeActivityAnswers(UiContext& ui, std::string_view text, const std::string& source) {
  const PastedActivityAnswers pasted = readPastedActivityAnswers(text);
  if (pasted.ballots.empty() && pasted.drafts.empty()) {
    const std::string why = pasted.problems.empty() ? std::string("it holds no answer") : pasted.problems.front();
    ui.notify(Notice::Kind::error, "Could not read " + source + ": " + why);
    return;
  }
  mergeActivityAnswers(ui, pasted);
  ui.navigate("Workshop");
}

}  // namespace gp::ui
