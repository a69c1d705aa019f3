// Workshop: the facilitator's page for one session of marketing and sales in a room. Start from
// a template or a blank page, then run it: the agenda with timeboxes (and presenter mode), what
// the room parks and decides, the action items it leaves, dot votes and private drafts.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "action_items.h"
#include "agenda_editor.h"
#include "core/format/validation.h"
#include "core/workshop/agenda_templates.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets.h"
#include "workshop_activities.h"
#include "workshop_notes.h"

namespace gp::ui {

namespace {

constexpr const char* kNewMenu = "##ws-new-menu";

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

std::string workshopLabel(const Workshop& workshop) {
  const std::string title = workshop.title.empty() ? std::string("Untitled workshop") : workshop.title;
  const std::string date = friendlyDate(workshop.date);
  return date.empty() ? title : title + " \xC2\xB7 " + date;
}

const Workshop* findWorkshop(const Document& doc, const std::string& id) {
  for (const auto& workshop : doc.workshops)
    if (workshop.meta.id == id) return &workshop;
  return nullptr;
}

// The one to show when none is picked: the next one to come, else the latest held.
const Workshop* defaultWorkshop(const Document& doc, const std::string& today) {
  const Workshop* best = nullptr;
  for (const auto& workshop : doc.workshops) {
    if (!best) { best = &workshop; continue; }
    const bool upcoming = workshop.date >= today, bestUpcoming = best->date >= today;
    if (upcoming != bestUpcoming) { if (upcoming) best = &workshop; continue; }
    if (upcoming ? workshop.date < best->date : workshop.date >= best->date) best = &workshop;
  }
  return best;
}

class WorkshopView final : public View {
 public:
  const char* title() const override { return "Workshop"; }
  int badge(const Document& doc) const override {
    const auto open = std::count_if(doc.actions.begin(), doc.actions.end(),
                                    [](const ActionItem& action) { return action.status != ActionStatus::done; });
    return open ? static_cast<int>(open) : -1;
  }
  void draw(UiContext& ui) override;

 private:
  void drawFirst(UiContext& ui, float width);
  void drawBar(UiContext& ui, const Workshop& workshop, float width);
  void drawDetails(UiContext& ui, const Workshop& workshop, float width);
  void drawNewMenu(UiContext& ui);
  void create(UiContext& ui, Workshop workshop);

  std::string workshopId_;  // the workshop shown; a default one when empty or gone
  bool focusTitle_ = false;
  AgendaEditor agenda_;
  WorkshopNotesPanel notes_;
  ActionItemsPanel actions_;
};

void WorkshopView::draw(UiContext& ui) {
  const float s = theme::scale();
  const Document& doc = ui.history().doc();
  const std::string today = ui.platform().nowIso().substr(0, 10);
  const Workshop* found = findWorkshop(doc, workshopId_);
  if (!found) found = defaultWorkshop(doc, today);
  workshopId_ = found ? found->meta.id : std::string();

  const float width = beginPage("##workshop-scroll", 1100);
  pageHeading("FACILITATION", "Workshop",
              "Run a session with marketing and sales in one room: a timeboxed agenda on the parts of the plan you "
              "work on, what you park and decide, and the action items that leave the room with an owner and a date.");
  ImGui::Dummy(ImVec2(0, 12 * s));
  if (!found) {
    drawFirst(ui, width);
  } else {
    const Workshop workshop = *found;  // the document may change while drawing
    drawBar(ui, workshop, width);
    ImGui::Dummy(ImVec2(0, 8 * s));
    drawDetails(ui, workshop, width);
    ImGui::Dummy(ImVec2(0, 12 * s));
    if (ImGui::BeginTabBar("##ws-tabs")) {
      // Each tab draws from the document as it is now: an edit above may have changed it.
      const Workshop* current = findWorkshop(ui.history().doc(), workshop.meta.id);
      if (ImGui::BeginTabItem("Agenda##ws-tab-agenda")) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        if (current) agenda_.draw(ui, Workshop(*current), width);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Parking lot & decisions##ws-tab-notes")) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        notes_.draw(ui, workshop.meta.id, width);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Action items##ws-tab-actions")) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        actions_.draw(ui, workshop.meta.id, width);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Dot votes##ws-tab-votes")) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        drawVotesTab(ui);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Drafts##ws-tab-drafts")) {
        ImGui::Dummy(ImVec2(0, 8 * s));
        drawDraftsTab(ui);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }
  drawNewMenu(ui);
  endPage();
}

// No workshop yet: the templates, as big choices.
void WorkshopView::drawFirst(UiContext& ui, float width) {
  const float s = theme::scale();
  beginCard("##ws-first", nullptr, width);
  heading("Plan your first workshop");
  textWrappedMuted("Start from a template: each comes with an agenda, timeboxes and notes for the facilitator, and "
                   "every point opens the part of the plan it is about. Change anything afterwards.");
  ImGui::Dummy(ImVec2(0, 8 * s));
  const std::vector<std::string> names = agendaTemplateNames();
  const float gap = 10 * s;
  const int perRow = width < 640 * s ? 1 : 2;
  const float buttonW = std::floor((ImGui::GetContentRegionAvail().x - gap * (perRow - 1)) / perRow);
  for (size_t i = 0; i < names.size(); ++i) {
    if (i % perRow) ImGui::SameLine(0, gap);
    const std::string id = "##ws-template-" + std::to_string(i);
    if (button(names[i].c_str(), id.c_str(), ButtonKind::normal, ImVec2(buttonW, 48 * s)))
      create(ui, *workshopFromTemplate(names[i], ui.platform().nowIso().substr(0, 10)));
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  if (button("Or start with a blank workshop", "##ws-template-blank", ButtonKind::subtle))
    create(ui, Workshop{{}, "New workshop", ui.platform().nowIso().substr(0, 10), {}});
  endCard();
}

void WorkshopView::drawBar(UiContext& ui, const Workshop& workshop, float width) {
  const float s = theme::scale();
  const Document& doc = ui.history().doc();
  const bool narrow = width < 640 * s;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float buttonsW = buttonWidth("New workshop") + buttonWidth("Delete") + gap;
  const float pickerW = narrow ? width : std::min(440 * s, width - buttonsW - 2 * gap);
  if (beginCombo("##ws-picker", workshopLabel(workshop).c_str(), pickerW)) {
    std::vector<const Workshop*> sorted;
    for (const auto& each : doc.workshops) sorted.push_back(&each);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Workshop* a, const Workshop* b) { return a->date > b->date; });
    for (const Workshop* each : sorted) {
      const std::string label = workshopLabel(*each) + "##ws-pick-" + each->meta.id;
      if (ImGui::Selectable(label.c_str(), each->meta.id == workshop.meta.id)) workshopId_ = each->meta.id;
    }
    ImGui::EndCombo();
  }
  if (!narrow) ImGui::SameLine();
  if (button("New workshop", "##ws-new")) ImGui::OpenPopup(kNewMenu);
  ImGui::SameLine();
  if (button("Delete", "##ws-delete", ButtonKind::subtle)) {
    const std::string title = workshop.title.empty() ? std::string("Untitled workshop") : workshop.title;
    ui.history().seal();
    ui.history().removeWorkshop(workshop.meta.id, ui.edit());
    workshopId_.clear();
    ui.notifyUndoable("Deleted workshop " + quoted(title) + ". Its notes and action items stay in the plan.");
  }
}

void WorkshopView::drawNewMenu(UiContext& ui) {
  if (!ImGui::BeginPopup(kNewMenu)) return;
  caption("FROM A TEMPLATE");
  const std::vector<std::string> names = agendaTemplateNames();
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string label = names[i] + "##ws-template-" + std::to_string(i);
    if (ImGui::Selectable(label.c_str())) create(ui, *workshopFromTemplate(names[i], ui.platform().nowIso().substr(0, 10)));
  }
  ImGui::Separator();
  if (ImGui::Selectable("Blank workshop##ws-template-blank"))
    create(ui, Workshop{{}, "New workshop", ui.platform().nowIso().substr(0, 10), {}});
  ImGui::EndPopup();
}

void WorkshopView::create(UiContext& ui, Workshop workshop) {
  ui.history().seal();
  workshopId_ = ui.history().addWorkshop(std::move(workshop), ui.edit());
  ui.history().seal();
  focusTitle_ = true;
}

// Title and date, edited in place: one typing burst is one undo step.
void WorkshopView::drawDetails(UiContext& ui, const Workshop& workshop, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const std::string key = "workshop:" + workshop.meta.id + ":";
  const bool narrow = width < 640 * s;
  const float gap = 16 * s;
  const float dateW = narrow ? width : 180 * s;
  const float titleW = narrow ? width : width - dateW - gap;

  // Side by side by position, not SameLine: SameLine would align the date's caption to the
  // title's larger font and push it down.
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  caption("TITLE");
  if (focusTitle_) {
    ImGui::SetKeyboardFocusHere();
    focusTitle_ = false;
  }
  ImGui::PushFont(headingFont());
  TextEdit title = textField("##ws-title", workshop.title, "Name the workshop, e.g. SLA kick-off", titleW);
  ImGui::PopFont();
  if (title.changed && title.text != workshop.title) {
    Workshop updated = workshop;
    updated.title = title.text;
    history.updateWorkshop(updated, ui.edit(), key + "title");
  }
  if (title.deactivated) history.seal();
  ImGui::EndGroup();
  const float titleBottom = ImGui::GetCursorScreenPos().y;
  if (!narrow) ImGui::SetCursorScreenPos(ImVec2(start.x + titleW + gap, start.y));
  ImGui::BeginGroup();
  caption("DATE");
  TextEdit date = textField("##ws-date", workshop.date, "YYYY-MM-DD", dateW, ImGuiInputTextFlags_CharsNoBlank);
  const bool dateOk = date.text.empty() || isValidDate(date.text);
  if (date.changed && dateOk && date.text != workshop.date) {
    Workshop updated = workshop;
    updated.date = date.text;
    history.updateWorkshop(updated, ui.edit(), key + "date");
  }
  if (date.deactivated) history.seal();
  if (date.active && !dateOk) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, "Use a date like 2027-01-12");
    ImGui::PopFont();
  }
  ImGui::EndGroup();
  if (!narrow && ImGui::GetCursorScreenPos().y < titleBottom) {
    ImGui::SetCursorScreenPos(ImVec2(start.x, titleBottom));
    ImGui::Dummy(ImVec2(0, 0));
  }
}

}  // namespace

std::unique_ptr<View> makeWorkshopView() { return std::make_unique<WorkshopView>(); }

}  // namespace gp::ui
