#include "ui/views/loops/request_parts.h"

#include <cmath>
#include <cstdio>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::requests {

std::string personName(const Document& doc, const std::string& personId) {
  if (personId.empty()) return {};
  for (const auto& person : doc.people)
    if (person.meta.id == personId) return person.name.empty() ? std::string("(no name)") : person.name;
  return "Unknown person";
}

std::string myPersonId(UiContext& ui) {
  const std::string& name = ui.me().name;
  if (name.empty()) return {};
  for (const auto& person : ui.history().doc().people)
    if (person.name == name) return person.meta.id;
  return {};
}

std::string today(UiContext& ui) { return ui.edit().now.substr(0, 10); }

ImVec4 statusColor(RequestStatus status) {
  const theme::Palette& p = theme::palette();
  switch (status) {
    case RequestStatus::fresh: return p.accent;
    case RequestStatus::accepted: return theme::statusColor(TermStatus::proposed);  // the readable blue of every theme
    case RequestStatus::inProgress: return p.warning;
    case RequestStatus::delivered: return p.success;
    case RequestStatus::declined: return p.textMuted;
  }
  return p.textMuted;
}

ImVec4 priorityColor(Priority priority) {
  const theme::Palette& p = theme::palette();
  switch (priority) {
    case Priority::low: return p.textMuted;
    case Priority::normal: return p.textMuted;
    case Priority::high: return p.warning;
    case Priority::urgent: return p.danger;
  }
  return p.textMuted;
}

std::string formatDays(double days) {
  char text[32];
  if (days < 9.95) std::snprintf(text, sizeof text, "%.1f", days);
  else std::snprintf(text, sizeof text, "%.0f", std::round(days));
  std::string number = text;
  if (number.size() > 2 && number.ends_with(".0")) number.resize(number.size() - 2);
  return number + (number == "1" ? " day" : " days");
}

std::optional<RequestStatus> neighbourStatus(RequestStatus status, int direction) {
  const int count = static_cast<int>(std::size(kAllRequestStatuses));
  for (int i = 0; i < count; ++i) {
    if (kAllRequestStatuses[i] != status) continue;
    const int next = i + direction;
    if (next < 0 || next >= count) return std::nullopt;
    return kAllRequestStatuses[next];
  }
  return std::nullopt;
}

std::optional<std::string> personCombo(const Document& doc, const char* id, const std::string& current, Team preferred,
                                       float width, const char* noneLabel) {
  std::optional<std::string> picked;
  std::string preview = current.empty() ? std::string(noneLabel) : personName(doc, current);
  if (!beginCombo(id, preview.c_str(), width)) return picked;
  if (ImGui::Selectable(noneLabel, current.empty())) picked = std::string();
  for (const bool preferredTeam : {true, false})
    for (const auto& person : doc.people) {
      if ((person.team == preferred) != preferredTeam) continue;
      colorDot(theme::teamColor(person.team));
      ImGui::SameLine();
      const std::string option = (person.name.empty() ? std::string("(no name)") : person.name) + "##" + person.meta.id;
      if (ImGui::Selectable(option.c_str(), person.meta.id == current)) picked = person.meta.id;
    }
  if (doc.people.empty()) textMuted("Add people on the Plan overview first.");
  ImGui::EndCombo();
  return picked;
}

}  // namespace gp::ui::requests
