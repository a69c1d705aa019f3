#include "ui/views/loops/request_dialogs.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/format/validation.h"
#include "core/text/text_trim.h"
#include "ui/modal.h"
#include "ui/review_strip.h"
#include "ui/theme.h"
#include "ui/views/loops/request_parts.h"
#include "ui/widgets.h"

namespace gp::ui::requests {

namespace {

constexpr const char* kNewPopup = "##new-request";
constexpr const char* kDeclinePopup = "##decline-request";
constexpr const char* kEditPopup = "##edit-request";

float dialogWidth() {
  const float s = theme::scale();
  return std::min(600 * s, ImGui::GetMainViewport()->Size.x - 32 * s);
}

// What one frame of the fields changed.
struct FieldChange {
  bool changed = false;
  std::string field;         // the merge key's last part while typing; empty for a picked value
  bool deactivated = false;  // a typing burst ended
};

// The fields a request shares between the new-request form and the editor, laid out in pairs.
FieldChange requestFields(const Document& doc, CollateralRequest& request, const std::string& prefix, bool focusTitle) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = 14 * s;
  const float half = std::floor((width - gap) / 2);
  FieldChange change;
  const auto typed = [&](const TextEdit& edit, std::string& value, const char* field) {
    if (edit.changed && edit.text != value) {
      value = edit.text;
      change.changed = true;
      change.field = field;
    }
    change.deactivated = change.deactivated || edit.deactivated;
  };
  const auto id = [&](const char* field) { return "##" + prefix + "-" + field; };
  float rowY = 0;
  const auto column = [&](bool first, const char* label) {
    if (first) {
      rowY = ImGui::GetCursorPosY();
    } else {
      ImGui::SameLine(0, gap);
      ImGui::SetCursorPosY(rowY);
    }
    ImGui::BeginGroup();
    caption(label);
  };

  caption("What is needed");
  if (focusTitle) ImGui::SetKeyboardFocusHere();
  typed(textField(id("title").c_str(), request.title, "e.g. Battlecard against Northwind for retail deals", width),
        request.title, "title");
  ImGui::Dummy(ImVec2(0, 4 * s));

  column(true, "Type");
  if (auto type = choiceCombo(id("type"), request.type, kAllCollateralTypes, collateralTypeLabel, half)) {
    request.type = *type;
    change.changed = true;
  }
  ImGui::EndGroup();
  column(false, "Priority");
  std::vector<std::string> priorities;
  for (const Priority priority : kAllPriorities) priorities.push_back(priorityLabel(priority));
  const int current = static_cast<int>(request.priority);
  const int picked = segmentedControl((prefix + "-priority").c_str(), priorities, current, half);
  if (picked != current) {
    request.priority = kAllPriorities[picked];
    change.changed = true;
  }
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 2 * s));

  column(true, "For (segment or deal)");
  typed(textField(id("for").c_str(), request.forWhom, "e.g. Contoso renewal", half), request.forWhom, "forWhom");
  ImGui::EndGroup();
  column(false, "Needed by");
  {
    TextEdit date = textField(id("needed-by").c_str(), request.neededBy, "YYYY-MM-DD", half, ImGuiInputTextFlags_CharsNoBlank);
    const bool ok = date.text.empty() || isValidDate(date.text);
    if (ok) typed(date, request.neededBy, "neededBy");
    else change.deactivated = change.deactivated || date.deactivated;
    if (date.active && !ok) {
      ImGui::PushFont(smallFont());
      textColored(p.warning, "Use a date like 2027-03-01");
      ImGui::PopFont();
    }
  }
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 4 * s));

  column(true, "Who asked");
  if (auto person = personCombo(doc, id("requester").c_str(), request.requesterId, Team::sales, half,
                                request.requesterId.empty() && !request.meta.created.by.empty()
                                    ? request.meta.created.by.c_str()
                                    : "Not said")) {
    request.requesterId = *person;
    change.changed = true;
  }
  ImGui::EndGroup();
  column(false, "Marketing owner");
  if (auto person = personCombo(doc, id("owner").c_str(), request.ownerId, Team::marketing, half, "Nobody yet")) {
    request.ownerId = *person;
    change.changed = true;
  }
  ImGui::EndGroup();
  return change;
}

bool escapePressed() { return ImGui::IsKeyPressed(ImGuiKey_Escape, false); }

}  // namespace

// ---- New request ----------------------------------------------------------------------------

void NewRequestDialog::open(UiContext& ui) {
  // A draft cancelled earlier comes back as it was: nothing typed is lost.
  if (!hasDraft_) {
    draft_ = CollateralRequest{};
    draft_.requesterId = myPersonId(ui);
    hasDraft_ = true;
  }
  requestOpen_ = true;
  focusTitle_ = true;
}

std::optional<std::string> NewRequestDialog::draw(UiContext& ui) {
  if (!beginModal(kNewPopup, dialogWidth(), &requestOpen_)) return std::nullopt;
  const float s = theme::scale();
  std::optional<std::string> filed;
  modalHeading("SALES ENABLEMENT", "Ask marketing for collateral",
               "Say what you need, for which segment or deal and by when. Marketing answers on the board; you see "
               "where it stands.");
  // The form shows the requester as "me" by name when the person is not among the plan's people.
  draft_.meta.created.by = draft_.requesterId.empty() ? ui.me().name : std::string();
  requestFields(ui.history().doc(), draft_, "new-request", focusTitle_);
  focusTitle_ = false;

  ImGui::Dummy(ImVec2(0, 14 * s));
  const bool ready = !isBlank(draft_.title);
  const float fileW = buttonWidth("File request"), cancelW = buttonWidth("Cancel");
  alignRight(fileW + cancelW + ImGui::GetStyle().ItemSpacing.x);
  if (button("Cancel", "Cancel##new-request-cancel") || escapePressed()) ImGui::CloseCurrentPopup();
  ImGui::SameLine();
  ImGui::BeginDisabled(!ready);
  const bool submit = button("File request", "File request##new-request-file", ButtonKind::primary) ||
                      (ready && dialogEnterPressed());
  ImGui::EndDisabled();
  if (submit && ready) {
    CollateralRequest request = draft_;
    request.meta = {};
    request.title = std::string(trimmed(request.title));
    History& history = ui.history();
    history.seal();
    filed = history.addRequest(std::move(request), ui.edit());
    hasDraft_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return filed;
}

// ---- Decline --------------------------------------------------------------------------------

void DeclineDialog::open(const std::string& requestId) {
  requestId_ = requestId;
  reason_.clear();
  requestOpen_ = true;
  focusReason_ = true;
}

void DeclineDialog::draw(UiContext& ui) {
  if (!beginModal(kDeclinePopup, dialogWidth(), &requestOpen_)) return;
  const float s = theme::scale();
  History& history = ui.history();
  const CollateralRequest* request = history.findRequest(requestId_);
  if (!request) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const std::string title = request->title.empty() ? std::string("this request") : "\xE2\x80\x9C" + request->title + "\xE2\x80\x9D";
  modalHeading("DECLINE", ("Decline " + title + "?").c_str(),
               "Say why, so sales knows what to do instead (e.g. an existing deck covers it, or the customer has not "
               "agreed to be named).");
  caption("Reason");
  if (focusReason_) ImGui::SetKeyboardFocusHere();
  focusReason_ = false;
  TextEdit reason = textField("##decline-reason", reason_, "Why marketing will not make it");
  if (reason.changed) reason_ = reason.text;
  ImGui::Dummy(ImVec2(0, 14 * s));
  const bool ready = !isBlank(reason_);
  const float declineW = buttonWidth("Decline"), cancelW = buttonWidth("Cancel");
  alignRight(declineW + cancelW + ImGui::GetStyle().ItemSpacing.x);
  if (button("Cancel", "Cancel##decline-cancel") || escapePressed()) ImGui::CloseCurrentPopup();
  ImGui::SameLine();
  ImGui::BeginDisabled(!ready);
  const bool confirm = button("Decline", "Decline##decline-confirm", ButtonKind::danger) ||
                       (ready && dialogEnterPressed());
  ImGui::EndDisabled();
  if (confirm && ready) {
    history.seal();
    history.moveRequest(requestId_, RequestStatus::declined, ui.edit(), std::string(trimmed(reason_)));
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// ---- Editor ---------------------------------------------------------------------------------

void RequestEditor::open(const std::string& requestId) {
  requestId_ = requestId;
  requestOpen_ = true;
}

RequestEditor::Result RequestEditor::draw(UiContext& ui) {
  Result result;
  if (!beginModal(kEditPopup, dialogWidth(), &requestOpen_)) return result;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const CollateralRequest* found = history.findRequest(requestId_);
  if (!found) {  // deleted meanwhile (undo of its filing, a merge)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return result;
  }
  const Document& doc = history.doc();
  CollateralRequest request = *found;
  const std::string key = "request:" + request.meta.id + ":";
  modalHeading("COLLATERAL REQUEST", request.title.empty() ? "Untitled request" : request.title.c_str());
  teamStampLine(doc, request.meta);
  ImGui::Dummy(ImVec2(0, 6 * s));

  CollateralRequest edited = request;
  const FieldChange change = requestFields(doc, edited, "request", false);
  if (change.changed) {
    if (change.field.empty()) history.seal();
    history.updateRequest(edited, ui.edit(), change.field.empty() ? std::string() : key + change.field);
    request = *history.findRequest(requestId_);
  }
  if (change.deactivated) history.seal();
  ImGui::Dummy(ImVec2(0, 4 * s));

  // Where it stands.
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = 14 * s;
  const float half = std::floor((width - gap) / 2);
  caption("Status");
  if (auto status = choiceCombo(std::string("##request-status"), request.status, kAllRequestStatuses, requestStatusLabel, half)) {
    if (*status == RequestStatus::declined) {
      result.decline = true;
    } else if (*status != request.status) {
      history.seal();
      history.moveRequest(requestId_, *status, ui.edit());
      request = *history.findRequest(requestId_);
    }
  }
  ImGui::PushFont(smallFont());
  std::string times;
  if (!request.answeredAt.empty()) times = "First answered " + friendlyDate(request.answeredAt);
  if (!request.deliveredAt.empty()) times += (times.empty() ? "" : " \xC2\xB7 ") + std::string("delivered ") + friendlyDate(request.deliveredAt);
  if (!times.empty()) textColored(p.textMuted, times.c_str());
  ImGui::PopFont();
  const auto textEdit = [&](const char* label, const char* id, std::string CollateralRequest::*field, const char* hint,
                            const char* mergeField) {
    caption(label);
    TextEdit edit = textField(id, request.*field, hint, width);
    if (edit.changed && edit.text != request.*field) {
      CollateralRequest updated = request;
      updated.*field = edit.text;
      history.updateRequest(updated, ui.edit(), key + mergeField);
      request = *history.findRequest(requestId_);
    }
    if (edit.deactivated) history.seal();
  };
  if (request.status == RequestStatus::declined)
    textEdit("Why it was declined", "##request-decline-reason", &CollateralRequest::declineReason, "The reason sales sees",
             "declineReason");
  ImGui::Dummy(ImVec2(0, 4 * s));
  textEdit("Link to the asset", "##request-asset", &CollateralRequest::assetLink,
           "Where the delivered file lives, e.g. https://drive.example.com/battlecard", "assetLink");

  // Campaigns that use it (shown on their cards once it is delivered).
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Campaigns that use it");
  if (doc.campaigns.empty()) textWrappedMuted("No campaigns in the plan yet.");
  for (const auto& campaign : doc.campaigns) {
    const auto position = std::find(request.campaignIds.begin(), request.campaignIds.end(), campaign.meta.id);
    bool linked = position != request.campaignIds.end();
    const std::string label = (campaign.name.empty() ? std::string("Untitled campaign") : campaign.name) +
                              "##request-campaign-" + campaign.meta.id;
    if (ImGui::Checkbox(label.c_str(), &linked)) {
      CollateralRequest updated = request;
      if (linked) updated.campaignIds.push_back(campaign.meta.id);
      else std::erase(updated.campaignIds, campaign.meta.id);
      history.seal();
      history.updateRequest(updated, ui.edit());
      request = *history.findRequest(requestId_);
    }
  }

  ImGui::Dummy(ImVec2(0, 14 * s));
  if (button("Delete request", "Delete request##request-delete", ButtonKind::danger)) result.remove = true;
  ImGui::SameLine();
  commentsButton(ui, requestId_, commentsButtonText(doc, requestId_));
  ImGui::SameLine();
  alignRight(buttonWidth("Done"));
  if (button("Done", "Done##request-done", ButtonKind::primary) || escapePressed() || dialogEnterPressed())
    ImGui::CloseCurrentPopup();
  if (result.decline || result.remove) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return result;
}

}  // namespace gp::ui::requests
