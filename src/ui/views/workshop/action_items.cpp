#include "action_items.h"

#include <imgui.h>

#include <cmath>
#include <vector>

#include "core/format/validation.h"
#include "core/text/text_trim.h"
#include "ui/app_state.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

std::string idLabel(const char* prefix, size_t index) { return std::string("##") + prefix + "-" + std::to_string(index); }

std::string workshopTitle(const Document& doc, const std::string& workshopId) {
  for (const auto& workshop : doc.workshops)
    if (workshop.meta.id == workshopId) return workshop.title.empty() ? std::string("Untitled workshop") : workshop.title;
  return "No workshop";
}

}  // namespace

std::string ownerName(const Document& doc, const std::string& personId) {
  if (personId.empty()) return "Nobody yet";
  for (const auto& person : doc.people)
    if (person.meta.id == personId) return person.name.empty() ? std::string("(no name)") : person.name;
  return "Unknown person";
}

void ActionItemsPanel::draw(UiContext& ui, const std::string& workshopId, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const std::string today = ui.platform().nowIso().substr(0, 10);

  // Which items, and adding one.
  const int filter = segmentedControl("actions-filter", {"This workshop", "All workshops"}, allWorkshops_ ? 1 : 0,
                                      std::min(width, 360 * s));
  allWorkshops_ = filter == 1;
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (refocus_) {
    ImGui::SetKeyboardFocusHere();
    refocus_ = false;
  }
  const float addW = buttonWidth("Add action item");
  TextEdit typed = textField("##action-new", draft_, "What needs doing, e.g. Send the SLA draft to sales",
                             -(addW + ImGui::GetStyle().ItemSpacing.x));
  if (typed.changed) draft_ = typed.text;
  const bool entered = typed.deactivated && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
  ImGui::SameLine();
  ImGui::BeginDisabled(isBlank(draft_));
  const bool add = button("Add action item", "##action-add", ButtonKind::primary);
  ImGui::EndDisabled();
  if ((add || entered) && !isBlank(draft_)) {
    history.seal();
    history.addAction(ActionItem{{}, workshopId, std::string(trimmed(draft_)), "", "", ActionStatus::open}, ui.edit());
    history.seal();
    draft_.clear();
    refocus_ = entered;
  }
  ImGui::Dummy(ImVec2(0, 8 * s));

  std::vector<ActionItem> actions;  // copies: the document may change while drawing
  for (const auto& action : history.doc().actions)
    if (allWorkshops_ || action.workshopId == workshopId) actions.push_back(action);
  if (actions.empty()) {
    beginCard("##actions-none", nullptr, width);
    textWrappedMuted(allWorkshops_ ? "No action items in this plan yet."
                                   : "No action items from this workshop yet. Whatever somebody takes on in the room "
                                     "goes here, with an owner and a due date, and shows in Review until it is done.");
    endCard();
    return;
  }

  const bool wide = width >= 720 * s;
  if (wide) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##actions-table", allWorkshops_ ? 6 : 5, flags, ImVec2(width, 0))) {
      ImGui::TableSetupColumn("Action item", ImGuiTableColumnFlags_WidthStretch, 3.0f);
      if (allWorkshops_) ImGui::TableSetupColumn("Workshop", ImGuiTableColumnFlags_WidthStretch, 1.3f);
      ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 1.4f);
      ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthStretch, 1.6f);
      ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.1f);
      ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, buttonWidth("Delete"));
      ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
      for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
        ImGui::TableSetColumnIndex(c);
        caption(ImGui::TableGetColumnName(c));
      }
      for (size_t i = 0; i < actions.size(); ++i) drawAction(ui, actions[i], i, true, today);
      ImGui::EndTable();
    }
  } else {
    for (size_t i = 0; i < actions.size(); ++i) {
      const ImVec4 stripe = isOverdue(actions[i], today) ? p.warning : p.cardBorder;
      beginCard(idLabel("action-card", i).c_str(), &stripe, width);
      drawAction(ui, actions[i], i, false, today);
      endCard();
      ImGui::Dummy(ImVec2(0, 6 * s));
    }
  }

  if (!removeId_.empty()) {
    for (const auto& action : actions)
      if (action.meta.id == removeId_) {
        history.seal();
        history.removeAction(action.meta.id, ui.edit());
        ui.notifyUndoable("Deleted action item \xE2\x80\x9C" + action.title + "\xE2\x80\x9D.");
      }
    removeId_.clear();
  }
}

void ActionItemsPanel::drawAction(UiContext& ui, const ActionItem& action, size_t index, bool wide,
                                  const std::string& today) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const Document& doc = history.doc();
  const std::string key = "action:" + action.meta.id + ":";
  const auto commit = [&](const ActionItem& updated, const char* field) {
    history.updateAction(updated, ui.edit(), field ? key + field : std::string());
  };
  const auto choose = [&](const auto& change) {
    ActionItem updated = action;
    change(updated);
    history.seal();
    commit(updated, nullptr);
  };
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  int column = 0;
  // A table cell when wide; stacked in the card, with a caption, when narrow.
  const auto cell = [&](const char* label) {
    if (wide) {
      ImGui::TableSetColumnIndex(column++);
    } else if (label) {
      caption(label);
    }
  };
  ImGui::PushID(action.meta.id.c_str());
  if (wide) ImGui::TableNextRow(0, ImGui::GetFrameHeight() + 10 * s);

  cell(nullptr);
  const float titleW = wide ? 0 : -(buttonWidth("Delete") + gap);
  TextEdit title = textField(idLabel("action-title", index).c_str(), action.title, "What needs doing", titleW);
  if (title.changed && title.text != action.title) {
    ActionItem updated = action;
    updated.title = title.text;
    commit(updated, "title");
  }
  if (title.deactivated) history.seal();
  if (!wide) {
    ImGui::SameLine();
    if (button("Delete", idLabel("action-delete", index).c_str(), ButtonKind::subtle)) removeId_ = action.meta.id;
  }

  if (wide && allWorkshops_) {
    cell(nullptr);
    ImGui::AlignTextToFramePadding();
    textMuted(workshopTitle(doc, action.workshopId).c_str());
  } else if (allWorkshops_) {
    ImGui::PushFont(smallFont());
    textColored(p.textMuted, ("From " + workshopTitle(doc, action.workshopId)).c_str());
    ImGui::PopFont();
  }

  // Owner, due and status: cells, or one row of three in the card.
  const float rowW = ImGui::GetContentRegionAvail().x;
  const float thirdW = std::floor((rowW - 2 * gap) / 3);
  const float rowY = ImGui::GetCursorPosY();
  const auto nextInRow = [&]() {
    if (wide) return;
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    ImGui::SetCursorPosY(rowY);
    ImGui::BeginGroup();
  };
  if (!wide) ImGui::BeginGroup();
  cell("Owner");
  const float fieldW = wide ? ImGui::GetContentRegionAvail().x : thirdW;
  if (beginCombo(idLabel("action-owner", index).c_str(), ownerName(doc, action.ownerId).c_str(), fieldW)) {
    if (ImGui::Selectable("Nobody yet##action-owner-none", action.ownerId.empty()))
      choose([](ActionItem& a) { a.ownerId.clear(); });
    for (const auto& person : doc.people) {
      colorDot(theme::teamColor(person.team));
      ImGui::SameLine();
      const std::string option = (person.name.empty() ? std::string("(no name)") : person.name) + "##owner-" + person.meta.id;
      if (ImGui::Selectable(option.c_str(), person.meta.id == action.ownerId)) {
        const std::string personId = person.meta.id;
        choose([&](ActionItem& a) { a.ownerId = personId; });
      }
    }
    if (doc.people.empty()) textMuted("Add people on the Plan overview first.");
    ImGui::EndCombo();
  }

  nextInRow();
  cell("Due");
  const bool overdue = isOverdue(action, today);
  const float dueW = wide ? ImGui::GetContentRegionAvail().x : thirdW;
  TextEdit due = textField(idLabel("action-due", index).c_str(), action.due, "YYYY-MM-DD", overdue && wide ? dueW - pillSize("Overdue").x - gap : dueW,
                           ImGuiInputTextFlags_CharsNoBlank);
  const bool dueOk = due.text.empty() || isValidDate(due.text);
  if (due.changed && dueOk && due.text != action.due) {
    ActionItem updated = action;
    updated.due = due.text;
    commit(updated, "due");
  }
  if (due.deactivated) history.seal();
  if (overdue) {
    if (wide) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    pill("Overdue", p.warning);
    nameLastItem("Overdue##action-overdue-" + std::to_string(index));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Due %s and not done yet", friendlyDate(action.due).c_str());
  }
  if (due.active && !dueOk) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, "Use a date like 2027-03-01");
    ImGui::PopFont();
  }

  nextInRow();
  cell("Status");
  const float statusW = wide ? ImGui::GetContentRegionAvail().x : thirdW;
  if (const auto status = choiceCombo(idLabel("action-status", index), action.status, kAllActionStatuses,
                                      actionStatusLabel, statusW))
    choose([&](ActionItem& a) { a.status = *status; });
  if (!wide) ImGui::EndGroup();

  if (wide) {
    cell(nullptr);
    if (button("Delete", idLabel("action-delete", index).c_str(), ButtonKind::subtle)) removeId_ = action.meta.id;
  }
  ImGui::PopID();
}

}  // namespace gp::ui
