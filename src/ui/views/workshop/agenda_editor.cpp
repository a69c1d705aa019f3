#include "agenda_editor.h"

#include <imgui.h>

#include <algorithm>
#include <charconv>

#include "core/workshop/agenda_links.h"
#include "ui/app_state.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr int kMaxMinutes = 480;

std::string idLabel(const char* prefix, size_t index) { return std::string("##") + prefix + "-" + std::to_string(index); }

std::optional<int> minutesFrom(const std::string& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > kMaxMinutes) return std::nullopt;
  return value;
}

int totalMinutes(const Workshop& workshop) {
  int total = 0;
  for (const auto& item : workshop.agenda) total += item.minutes;
  return total;
}

}  // namespace

std::string durationText(int minutes) {
  if (minutes < 60) return std::to_string(minutes) + " min";
  const std::string hours = std::to_string(minutes / 60) + " h";
  return minutes % 60 ? hours + " " + std::to_string(minutes % 60) + " min" : hours;
}

bool openAgendaLink(UiContext& ui, const std::string& link) {
  const Document& doc = ui.history().doc();
  switch (agendaLinkKind(doc, link)) {
    case AgendaLinkKind::page: return ui.navigate(agendaPage(link)->name);
    case AgendaLinkKind::term: ui.showTerm(link); return true;
    case AgendaLinkKind::section: ui.showSection(link); return true;
    case AgendaLinkKind::commitment: return ui.navigate("Service level agreement");
    case AgendaLinkKind::none:
    case AgendaLinkKind::missing: break;
  }
  return false;
}

void AgendaEditor::draw(UiContext& ui, const Workshop& workshop, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  if (workshopId_ != workshop.meta.id) {
    workshopId_ = workshop.meta.id;
    focusItemId_.clear();
  } else if (workshop.agenda.size() == itemsBefore_ + 1 && focusItemId_ == "new") {
    focusItemId_ = workshop.agenda.back().id;
  }
  itemsBefore_ = workshop.agenda.size();

  // The total, and presenter mode: what the facilitator reaches for when the room sits down.
  const int total = totalMinutes(workshop);
  const size_t count = workshop.agenda.size();
  const std::string summary = std::to_string(count) + (count == 1 ? " item" : " items") + " \xC2\xB7 " +
                              durationText(total) + " in all";
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(headingFont());
  ImGui::TextUnformatted(summary.c_str());
  ImGui::PopFont();
  nameLastItem(summary + "##agenda-total");
  const float presentW = buttonWidth("Present") + 28 * s;
  ImGui::SameLine();
  alignRight(presentW);
  ImGui::BeginDisabled(workshop.agenda.empty());
  if (button("Present", "##agenda-present", ButtonKind::primary, ImVec2(presentW, 0))) ui.startPresenting(workshop.meta.id);
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal))
    ImGui::SetTooltip("Show the agenda full screen, one item at a time, with its timer");
  ImGui::Dummy(ImVec2(0, 6 * s));

  if (workshop.agenda.empty()) {
    beginCard("##agenda-none", nullptr, width);
    textWrappedMuted("No agenda yet. Add the points the room works through, each with a timebox and the part of the "
                     "plan it is about.");
    endCard();
    ImGui::Dummy(ImVec2(0, 6 * s));
  }
  for (size_t i = 0; i < workshop.agenda.size(); ++i) {
    drawItem(ui, workshop, i, width);
    ImGui::Dummy(ImVec2(0, 6 * s));
  }
  if (button("Add agenda item", "##agenda-add")) {
    Workshop updated = workshop;
    updated.agenda.push_back(AgendaItem{"", "", 15, "", ""});
    ui.history().seal();
    ui.history().updateWorkshop(updated, ui.edit());
    focusItemId_ = "new";  // History gives the item its id; taken next frame
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(smallFont());
  textColored(p.textMuted, "Timeboxes in minutes. Open goes to the part of the plan an item is about.");
  ImGui::PopFont();
}

void AgendaEditor::drawItem(UiContext& ui, const Workshop& workshop, size_t index, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const AgendaItem& item = workshop.agenda[index];
  const std::string key = "workshop:" + workshop.meta.id + ":agenda:" + item.id + ":";
  const auto commit = [&](const AgendaItem& changed, const char* field) {
    Workshop updated = workshop;
    updated.agenda[index] = changed;
    history.updateWorkshop(updated, ui.edit(), field ? key + field : std::string());
  };
  const auto restructure = [&](auto change) {
    Workshop updated = workshop;
    change(updated.agenda);
    history.seal();
    history.updateWorkshop(updated, ui.edit());
  };

  ImGui::PushID(item.id.c_str());
  beginCard("##agenda-item", nullptr, width);
  const bool narrow = width < 620 * s;
  const float gap = ImGui::GetStyle().ItemSpacing.x;

  // Number, title, and the row's buttons on the right.
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(headingFont());
  textColored(p.textMuted, (std::to_string(index + 1) + ".").c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  const float arrowW = ImGui::GetFrameHeight();
  const float buttonsW = 2 * arrowW + 4 * s + gap + buttonWidth("Remove");
  if (focusItemId_ == item.id) {
    ImGui::SetKeyboardFocusHere();
    focusItemId_.clear();
  }
  ImGui::PushFont(headingFont());
  TextEdit title = textField(idLabel("agenda-title", index).c_str(), item.title, "What the room does, e.g. Agree the MQL",
                             -(buttonsW + gap));
  ImGui::PopFont();
  if (title.changed && title.text != item.title) {
    AgendaItem changed = item;
    changed.title = title.text;
    commit(changed, "title");
  }
  if (title.deactivated) history.seal();
  ImGui::SameLine();
  ImGui::BeginDisabled(index == 0);
  const bool up = ImGui::ArrowButton(idLabel("agenda-up", index).c_str(), ImGuiDir_Up);
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Move up");
  ImGui::SameLine(0, 4 * s);
  ImGui::BeginDisabled(index + 1 == workshop.agenda.size());
  const bool down = ImGui::ArrowButton(idLabel("agenda-down", index).c_str(), ImGuiDir_Down);
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Move down");
  ImGui::SameLine();
  const bool remove = button("Remove", idLabel("agenda-remove", index).c_str(), ButtonKind::subtle);

  // Timebox and link, then Open.
  ImGui::Dummy(ImVec2(0, 2 * s));
  const float minutesW = 90 * s;
  const float openW = buttonWidth("Open");
  const float linkW = narrow ? ImGui::GetContentRegionAvail().x - minutesW - openW - 2 * gap - 40 * s
                             : std::min(320 * s, ImGui::GetContentRegionAvail().x * 0.4f);
  const std::string minutesText = std::to_string(item.minutes);
  TextEdit minutes = textField(idLabel("agenda-minutes", index).c_str(), minutesText, "15", minutesW - 40 * s,
                               ImGuiInputTextFlags_CharsDecimal);
  const std::optional<int> parsed = minutesFrom(minutes.text);
  if (minutes.changed && parsed && *parsed != item.minutes) {
    AgendaItem changed = item;
    changed.minutes = *parsed;
    commit(changed, "minutes");
  }
  if (minutes.deactivated) history.seal();
  ImGui::SameLine(0, 4 * s);
  ImGui::AlignTextToFramePadding();
  textMuted("min");
  ImGui::SameLine(0, gap + 8 * s);
  const Document& doc = history.doc();
  const std::string linkLabel = agendaLinkLabel(doc, item.link);
  if (beginCombo(idLabel("agenda-link", index).c_str(), linkLabel.empty() ? "No link" : linkLabel.c_str(), linkW)) {
    std::optional<std::string> picked;
    if (ImGui::Selectable("No link##agenda-link-none", item.link.empty())) picked = "";
    for (const auto& page : kAgendaPages) {
      const std::string option = std::string(page.name) + "##agenda-link-" + page.link;
      if (ImGui::Selectable(option.c_str(), item.link == page.link)) picked = page.link;
    }
    ImGui::EndCombo();
    if (picked && *picked != item.link) {
      AgendaItem changed = item;
      changed.link = *picked;
      history.seal();
      commit(changed, nullptr);
    }
  }
  const AgendaLinkKind kind = agendaLinkKind(doc, item.link);
  bool open = false;
  if (kind != AgendaLinkKind::none && kind != AgendaLinkKind::missing) {
    ImGui::SameLine();
    open = button("Open", idLabel("agenda-open", index).c_str());
  }
  if (minutes.active && !parsed) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, "The timebox is a whole number of minutes, 1 to 480.");
    ImGui::PopFont();
  }

  ImGui::Dummy(ImVec2(0, 2 * s));
  TextEdit notes = textArea(idLabel("agenda-notes", index).c_str(), item.notes,
                            "Notes for the facilitator: the question to ask, what to have ready", 1);
  if (notes.changed && notes.text != item.notes) {
    AgendaItem changed = item;
    changed.notes = notes.text;
    commit(changed, "notes");
  }
  if (notes.deactivated) history.seal();
  endCard();
  ImGui::PopID();

  if (up) restructure([&](std::vector<AgendaItem>& agenda) { std::swap(agenda[index], agenda[index - 1]); });
  else if (down) restructure([&](std::vector<AgendaItem>& agenda) { std::swap(agenda[index], agenda[index + 1]); });
  else if (remove) restructure([&](std::vector<AgendaItem>& agenda) { agenda.erase(agenda.begin() + static_cast<std::ptrdiff_t>(index)); });
  else if (open) openAgendaLink(ui, item.link);
}

}  // namespace gp::ui
