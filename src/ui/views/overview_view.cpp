// Plan overview: the plan's title and details, the people on it grouped by team, and the plan's
// sections as cards striped with the owning team's color. Glossary terms in a section's text are
// marked while it is not being edited; hovering one shows its definition.

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/glossary/term_mentions.h"
#include "core/format/validation.h"
#include "ui/accessible_text.h"
#include "ui/page_frame.h"
#include "ui/review_strip.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

constexpr Team kTeams[] = {Team::marketing, Team::sales, Team::leadership, Team::other};

// A field that looks like text until hovered or edited (the big plan title, section titles).
struct Frameless {
  explicit Frameless(bool on = true) : on_(on) {
    if (!on_) return;
    const theme::Palette& p = theme::palette();
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, p.fieldBgHover);
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, p.fieldBg);
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
  }
  ~Frameless() {
    if (on_) ImGui::PopStyleColor(4);
  }
  bool on_;
};

std::string idLabel(const char* prefix, size_t index) { return std::string("##") + prefix + "-" + std::to_string(index); }

void warning(const char* text) {
  ImGui::PushFont(smallFont());
  textColored(theme::palette().warning, text);
  ImGui::PopFont();
}

class OverviewView final : public View {
 public:
  const char* title() const override { return "Plan overview"; }
  void draw(UiContext& ui) override;

 private:
  void drawHeader(UiContext& ui, float width);
  void drawDetails(UiContext& ui, float width);
  void drawPeople(UiContext& ui, float width);
  void drawSections(UiContext& ui, float width);
  // Marks the terms the idle section body just drawn mentions, with their definition on hover.
  void markMentions(const Document& doc, const Section& section);

  std::string focusId_;  // entity whose first field takes keyboard focus next frame (just added)

  // Another view asked to show this section (language check): scroll to it and outline it.
  std::string shownSectionId_;
  bool scrollToShown_ = false;
  double shownAt_ = -10;

  // Term mentions per section body, recomputed when the document changes.
  uint64_t mentionsRevision_ = 0;
  std::vector<std::vector<TermMention>> mentions_;  // parallel to doc.sections
};

// A term's mark tells its state at a glance: agreed terms in the accent color, terms still being
// worked out in amber, deprecated ones in red.
ImVec4 mentionColor(TermStatus status) {
  const theme::Palette& p = theme::palette();
  switch (status) {
    case TermStatus::agreed: return p.accent;
    case TermStatus::deprecated: return p.danger;
    case TermStatus::proposed:
    case TermStatus::discussing: break;
  }
  return p.warning;
}

void OverviewView::markMentions(const Document& doc, const Section& section) {
  const size_t index = static_cast<size_t>(&section - doc.sections.data());
  if (index >= mentions_.size() || mentions_[index].empty()) return;
  std::vector<MarkedSpan> spans;
  spans.reserve(mentions_[index].size());
  for (const auto& mention : mentions_[index])
    spans.push_back(MarkedSpan{mention.byteStart, mention.byteEnd,
                               mentionColor(doc.glossary[static_cast<size_t>(mention.termIndex)].status)});
  const int hovered = markTextAreaSpans(section.body, spans, "##term-mention-");
  if (hovered >= 0) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    termTooltip(doc.glossary[static_cast<size_t>(mentions_[index][static_cast<size_t>(hovered)].termIndex)], doc);
  }
}

void OverviewView::draw(UiContext& ui) {
  const float s = theme::scale();

  if (auto shown = ui.takeSectionToShow()) {
    shownSectionId_ = *shown;
    scrollToShown_ = true;
    shownAt_ = ImGui::GetTime();
  }
  const Document& doc = ui.history().doc();
  if (mentionsRevision_ != ui.history().revision()) {
    mentionsRevision_ = ui.history().revision();
    const TermMatcher matcher(doc.glossary);
    mentions_.clear();
    for (const auto& section : doc.sections) mentions_.push_back(matcher.find(section.body));
  }

  const float width = beginPage("##overview-scroll", 1040);

  drawHeader(ui, width);
  ImGui::Dummy(ImVec2(0, 6 * s));
  drawDetails(ui, width);
  ImGui::Dummy(ImVec2(0, 10 * s));
  drawPeople(ui, width);
  ImGui::Dummy(ImVec2(0, 10 * s));
  drawSections(ui, width);
  ImGui::Dummy(ImVec2(0, 40 * s));

  endPage();
}

void OverviewView::drawHeader(UiContext& ui, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const float s = theme::scale();

  caption("JOINT GROWTH PLAN");
  {
    Frameless frameless;
    ImGui::PushFont(headingFont());
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8 * s, 6 * s));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() - 8 * s);  // text lines up with the caption
    TextEdit e = textField("##plan-title", doc.plan.title, "Name this plan, e.g. FY2027 Joint Growth Plan", width + 8 * s);
    accessible::nameLastItem("Plan title");
    lastChangedTooltip(ui, "plan/title");
    ImGui::PopStyleVar();
    ImGui::PopFont();
    if (e.changed && e.text != doc.plan.title) {
      PlanInfo plan = doc.plan;
      plan.title = e.text;
      history.setPlan(plan, ui.edit(), "plan:title");
    }
    if (e.deactivated) history.seal();
  }

  // One line that says what is in the plan.
  size_t agreed = 0;
  for (const auto& term : doc.glossary) agreed += term.status == TermStatus::agreed;
  auto plural = [](size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
  std::string summary = plural(doc.people.size(), "person", "people") + "  \xC2\xB7  " +
                        plural(doc.sections.size(), "section", "sections") + "  \xC2\xB7  " +
                        plural(doc.glossary.size(), "glossary term", "glossary terms");
  if (!doc.glossary.empty()) summary += " (" + std::to_string(agreed) + " agreed)";
  textMuted(summary.c_str());
  ImGui::Dummy(ImVec2(0, 4 * s));
  reviewStrip(ui, kPlanTarget, &doc.plan.meta);
}

void OverviewView::drawDetails(UiContext& ui, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const float s = theme::scale();

  beginCard("##plan-details-card", nullptr, width);
  caption("PLAN DETAILS");
  ImGui::Spacing();
  auto commit = [&](std::string PlanInfo::*field, const TextEdit& e, const char* key, bool valid) {
    if (e.changed && valid && e.text != doc.plan.*field) {
      PlanInfo plan = doc.plan;
      plan.*field = e.text;
      history.setPlan(plan, ui.edit(), key);
    }
    if (e.deactivated) history.seal();
  };
  // Four fields on one line, Company with the most room; on a phone Company has a line of its own.
  const float gap = 16 * s;
  const float rowW = ImGui::GetContentRegionAvail().x;
  const bool narrow = rowW < 560 * s;
  const float inner = rowW - (narrow ? 2 : 3) * gap;
  const float unit = inner / (narrow ? 4.0f : 7.0f);
  const float widths[] = {narrow ? rowW : 3 * unit, 1.5f * unit, 1.5f * unit, narrow ? inner - 3 * unit : inner - 6 * unit};
  auto field = [&](int column, const char* label) {
    if (column > 0 && !(narrow && column == 1)) {
      ImGui::SameLine(0, gap);
      // After a group ImGui keeps the baseline of its last field (a known 1.90 FIXME in EndGroup),
      // which would drop this caption and field below Company's: each column starts with a caption.
      ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;
    }
    ImGui::BeginGroup();
    caption(label);
    return widths[column];
  };

  TextEdit company = textField("##plan-company", doc.plan.company, "e.g. Northwind Analytics", field(0, "Company"));
  lastChangedTooltip(ui, "plan/company");
  commit(&PlanInfo::company, company, "plan:company", true);
  ImGui::EndGroup();

  TextEdit start = textField("##plan-start", doc.plan.periodStart, "YYYY-MM-DD", field(1, "Plan starts"),
                             ImGuiInputTextFlags_CharsNoBlank);
  const bool startOk = start.text.empty() || isValidDate(start.text);
  commit(&PlanInfo::periodStart, start, "plan:periodStart", startOk);
  if (start.active && !startOk) warning("Use a date like 2027-01-01");
  ImGui::EndGroup();

  TextEdit end = textField("##plan-end", doc.plan.periodEnd, "YYYY-MM-DD", field(2, "Plan ends"),
                           ImGuiInputTextFlags_CharsNoBlank);
  const bool endOk = end.text.empty() || isValidDate(end.text);
  commit(&PlanInfo::periodEnd, end, "plan:periodEnd", endOk);
  if (end.active && !endOk) warning("Use a date like 2027-12-31");
  ImGui::EndGroup();

  TextEdit currency = textField("##plan-currency", doc.plan.currency, "EUR", field(3, "Currency"),
                                ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank);
  const bool currencyOk = currency.text.empty() || isValidCurrencyCode(currency.text);
  commit(&PlanInfo::currency, currency, "plan:currency", currencyOk);
  if (currency.active && !currencyOk) warning("Three letters, e.g. EUR");
  ImGui::EndGroup();

  const PlanInfo& plan = doc.plan;
  if (!plan.periodStart.empty() && !plan.periodEnd.empty() && plan.periodEnd < plan.periodStart)
    warning("The plan ends before it starts: check the dates.");
  endCard();
}

void OverviewView::drawPeople(UiContext& ui, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const float s = theme::scale();

  beginCard("##people-card", nullptr, width);
  ImGui::AlignTextToFramePadding();
  caption("PEOPLE");
  ImGui::SameLine();
  alignRight(buttonWidth("Add person"));
  if (button("Add person")) {
    Person person;
    person.team = Team::other;
    focusId_ = history.addPerson(person, ui.edit());
  }

  if (doc.people.empty()) {
    ImGui::Spacing();
    textWrappedMuted("No one on the plan yet. Add the marketers, sellers and leaders who own it, so every "
                     "section has a face.");
    endCard();
    return;
  }

  std::string pendingRemove;
  for (Team team : kTeams) {
    size_t count = 0;
    for (const auto& person : doc.people) count += person.team == team;
    if (count == 0) continue;
    ImGui::Dummy(ImVec2(0, 4 * s));
    const std::string suffix = "  " + std::to_string(count);
    teamChip(team, suffix.c_str());
    for (size_t i = 0; i < doc.people.size(); ++i) {
      const Person& person = doc.people[i];
      if (person.team != team) continue;
      ImGui::PushID(person.meta.id.c_str());
      colorDot(theme::teamColor(team));
      ImGui::SameLine();
      const float comboW = 170 * s;
      const float removeW = buttonWidth("Remove");
      const float nameX = ImGui::GetCursorPosX();
      const float rowW = ImGui::GetContentRegionAvail().x;
      // On a narrow screen the team and Remove go under the name instead of squeezing it to nothing.
      const bool stacked = rowW - comboW - removeW - 2 * ImGui::GetStyle().ItemSpacing.x < 160 * s;
      const float nameW = stacked ? rowW : rowW - comboW - removeW - 2 * ImGui::GetStyle().ItemSpacing.x;
      if (focusId_ == person.meta.id) {
        ImGui::SetKeyboardFocusHere();
        focusId_.clear();
      }
      const std::string nameId = idLabel("person-name", i);
      TextEdit e = textField(nameId.c_str(), person.name, "Name", nameW);
      if (e.changed && e.text != person.name) {
        Person updated = person;
        updated.name = e.text;
        history.updatePerson(updated, ui.edit(), "person:" + person.meta.id + ":name");
      }
      if (e.deactivated) history.seal();
      if (stacked) ImGui::SetCursorPosX(nameX);
      else ImGui::SameLine();
      const std::string teamId = idLabel("person-team", i);
      if (auto picked = teamCombo(teamId.c_str(), person.team, comboW)) {
        Person updated = person;
        updated.team = *picked;
        history.seal();
        history.updatePerson(updated, ui.edit());
      }
      ImGui::SameLine();
      const std::string removeId = idLabel("person-delete", i);
      if (button("Remove", removeId.c_str(), ButtonKind::subtle)) pendingRemove = person.meta.id;
      ImGui::PopID();
    }
  }
  if (!pendingRemove.empty()) {
    const Person* person = history.findPerson(pendingRemove);
    const std::string name = person && !person->name.empty() ? person->name : std::string("a person");
    history.seal();
    history.removePerson(pendingRemove, ui.edit());
    ui.notifyUndoable("Removed \xE2\x80\x9C" + name + "\xE2\x80\x9D from the plan.");
  }
  endCard();
}

void OverviewView::drawSections(UiContext& ui, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();

  const float x0 = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  caption("PLAN SECTIONS");
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x0 + width - buttonWidth("Add section")));
  const bool add = button("Add section", nullptr, ButtonKind::primary);
  if (add) {
    Section section;
    section.owner = Team::other;
    focusId_ = history.addSection(section, ui.edit());
  }
  ImGui::Spacing();

  if (doc.sections.empty()) {
    textWrappedMuted("No sections yet. Add one for each part of the plan: the shared goal, who you sell to, how "
                     "leads are handed over\xE2\x80\xA6");
    return;
  }

  enum class Action { none, up, down, remove };
  Action action = Action::none;
  std::string actionId;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& section = doc.sections[i];
    ImGui::PushID(section.meta.id.c_str());
    const ImVec4 stripe = theme::teamColor(section.owner);
    const bool shown = section.meta.id == shownSectionId_;
    if (shown && scrollToShown_) {
      scrollToShown_ = false;
      ImGui::SetScrollHereY(0.1f);
    }
    beginCard("##section-card", &stripe, width);

    // Title row: title, owner, move and delete.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float arrowW = ImGui::GetFrameHeight();
    const float deleteW = buttonWidth("Delete");
    float comboW = 170 * s;
    const float ownerW = ImGui::CalcTextSize("Owner").x;
    const float rowW = ImGui::GetContentRegionAvail().x;
    const float controlsW = ownerW + comboW + 2 * arrowW + deleteW + 5 * style.ItemSpacing.x;
    // On a narrow screen the owner, move and delete go on a line of their own under the title
    // (the "Owned by" line below names the owner), the team list taking what is left.
    const bool stacked = rowW - controlsW < 220 * s;
    const float titleW = stacked ? rowW - style.FramePadding.x : rowW - controlsW;
    if (stacked) comboW = std::clamp(rowW - 2 * arrowW - deleteW - 3 * style.ItemSpacing.x, 90 * s, comboW);
    if (focusId_ == section.meta.id) {
      ImGui::SetKeyboardFocusHere();
      focusId_.clear();
    }
    {
      Frameless frameless;
      const std::string titleId = idLabel("section-title", i);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() - style.FramePadding.x);
      ImGui::PushFont(headingFont());
      ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, 2 * s));
      TextEdit e = textField(titleId.c_str(), section.title, "Section title", titleW + style.FramePadding.x);
      lastChangedTooltip(ui, fieldPath("sections", section.meta.id, "title"));
      ImGui::PopStyleVar();
      ImGui::PopFont();
      if (e.changed && e.text != section.title) {
        Section updated = section;
        updated.title = e.text;
        history.updateSection(updated, ui.edit(), "section:" + section.meta.id + ":title");
      }
      if (e.deactivated) history.seal();
    }
    if (stacked) {
      accessible::caption("Owner");
    } else {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      textMuted("Owner");
      ImGui::SameLine();
    }
    const std::string ownerId = idLabel("section-owner", i);
    if (auto picked = teamCombo(ownerId.c_str(), section.owner, comboW)) {
      Section updated = section;
      updated.owner = *picked;
      history.seal();
      history.updateSection(updated, ui.edit());
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton(idLabel("section-up", i).c_str(), ImGuiDir_Up)) action = Action::up, actionId = section.meta.id;
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Move up");
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == doc.sections.size());
    if (ImGui::ArrowButton(idLabel("section-down", i).c_str(), ImGuiDir_Down)) action = Action::down, actionId = section.meta.id;
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Move down");
    ImGui::SameLine();
    if (button("Delete", idLabel("section-delete", i).c_str(), ButtonKind::subtle))
      action = Action::remove, actionId = section.meta.id;

    // Who owns it, then the text.
    ImGui::PushFont(smallFont());
    textColored(stripe, (std::string("Owned by ") + teamLabel(section.owner)).c_str());
    ImGui::PopFont();
    const std::string bodyId = idLabel("section-body", i);
    TextEdit body = textArea(bodyId.c_str(), section.body, "What does this part of the plan say? Write it so both teams can sign it.", 5);
    lastChangedTooltip(ui, fieldPath("sections", section.meta.id, "body"));
    if (body.changed && body.text != section.body) {
      Section updated = section;
      updated.body = body.text;
      history.updateSection(updated, ui.edit(), "section:" + section.meta.id + ":body");
    }
    if (body.deactivated) history.seal();
    if (!body.active && !body.deactivated) markMentions(doc, section);
    {
      const std::string sectionId = section.meta.id;  // copies: the strip may change the document
      const EntityMeta meta = section.meta;
      reviewStrip(ui, sectionId, &meta);
    }
    endCard();
    if (shown && ImGui::GetTime() - shownAt_ < 2.5) {
      ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), theme::u32(p.accent),
                                          ImGui::GetStyle().ChildRounding, 0, 2.5f * s);
    }
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, 4 * s));
  }

  if (action == Action::none) return;
  history.seal();
  if (action == Action::up || action == Action::down) {
    history.moveSection(actionId, action == Action::up ? -1 : 1, ui.edit());
  } else if (const Section* section = history.findSection(actionId)) {
    const std::string title = section->title.empty() ? std::string("Untitled section") : section->title;
    history.removeSection(actionId, ui.edit());
    ui.notifyUndoable("Deleted section \xE2\x80\x9C" + title + "\xE2\x80\x9D.");
  }
}

}  // namespace

std::unique_ptr<View> makeOverviewView() { return std::make_unique<OverviewView>(); }

}  // namespace gp::ui
