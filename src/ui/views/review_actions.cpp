#include "review_actions.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/app_state.h"
#include "ui/theme.h"
#include "ui/views/workshop/action_items.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr size_t kShown = 6;  // the rest are a click away, on the Workshop page

std::string workshopTitle(const Document& doc, const std::string& workshopId) {
  for (const auto& workshop : doc.workshops)
    if (workshop.meta.id == workshopId) return workshop.title.empty() ? std::string("Untitled workshop") : workshop.title;
  return {};
}

}  // namespace

bool drawOpenActionItems(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  const std::string today = ui.platform().nowIso().substr(0, 10);
  std::vector<const ActionItem*> open;
  for (const auto& action : doc.actions)
    if (action.status != ActionStatus::done) open.push_back(&action);
  if (open.empty()) return false;
  // Overdue first, then by due date (undated last), then as entered.
  std::stable_sort(open.begin(), open.end(), [&](const ActionItem* a, const ActionItem* b) {
    const bool lateA = isOverdue(*a, today), lateB = isOverdue(*b, today);
    if (lateA != lateB) return lateA;
    if (a->due.empty() != b->due.empty()) return b->due.empty();
    return a->due < b->due;
  });
  const size_t overdue = static_cast<size_t>(std::count_if(open.begin(), open.end(), [&](const ActionItem* a) { return isOverdue(*a, today); }));

  const ImVec4 stripe = overdue ? p.warning : p.accent;
  beginCard("##review-actions", &stripe, width);
  ImGui::PushFont(headingFont());
  ImGui::TextUnformatted("Action items");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  std::string counts = std::to_string(open.size()) + " open";
  if (overdue) counts += ", " + std::to_string(overdue) + " overdue";
  textMuted(counts.c_str());
  ImGui::SameLine();
  alignRight(buttonWidth("Open Workshop"));
  const bool openPage = button("Open Workshop", "##review-actions-open", ButtonKind::subtle);
  ImGui::Dummy(ImVec2(0, 2 * s));

  const bool narrow = width < 640 * s;
  for (size_t i = 0; i < std::min(open.size(), kShown); ++i) {
    const ActionItem& action = *open[i];
    const bool late = isOverdue(action, today);
    ImGui::PushID(static_cast<int>(i));
    if (late) {
      pill("Overdue", p.warning);
      nameLastItem("Overdue##review-action-overdue-" + std::to_string(i));
      ImGui::SameLine();
    }
    const std::string title = action.title.empty() ? std::string("Untitled") : action.title;
    ImGui::AlignTextToFramePadding();  // level with the pill
    ImGui::TextUnformatted(title.c_str());
    nameLastItem(title + "##review-action-" + std::to_string(i));
    if (!narrow) ImGui::SameLine(0, 14 * s);
    std::string detail = ownerName(doc, action.ownerId);
    detail += action.due.empty() ? std::string(" \xC2\xB7 no due date") : " \xC2\xB7 due " + friendlyDate(action.due);
    const std::string from = workshopTitle(doc, action.workshopId);
    if (!from.empty()) detail += " \xC2\xB7 " + from;
    if (action.status == ActionStatus::inProgress) detail += " \xC2\xB7 in progress";
    ImGui::PushFont(smallFont());
    textColored(late ? p.warning : p.textMuted, detail.c_str());
    ImGui::PopFont();
    ImGui::PopID();
  }
  if (open.size() > kShown) {
    ImGui::PushFont(smallFont());
    textColored(p.textMuted, ("and " + std::to_string(open.size() - kShown) + " more on the Workshop page").c_str());
    ImGui::PopFont();
  }
  endCard();
  if (openPage) ui.navigate("Workshop");
  return true;
}

}  // namespace gp::ui
