// What the workshops left behind: the decisions taken and the action items with their owners,
// due dates and status (workshop.h). Open items come first, the overdue ones flagged.
#include <algorithm>

#include "core/outcome/summary_model.h"

namespace gp {

namespace {

// A one-page handout has room for this many of each; the rest are counted.
constexpr size_t kShownDecisions = 8;
constexpr size_t kShownActions = 10;

std::string workshopTitle(const Document& doc, const std::string& workshopId) {
  for (const auto& workshop : doc.workshops)
    if (workshop.meta.id == workshopId) return workshop.title;
  return {};
}

SummaryCell ownerCell(const Document& doc, const std::string& ownerId) {
  for (const auto& person : doc.people)
    if (person.meta.id == ownerId) return {person.name, teamTone(person.team)};
  return {"Nobody yet", SummaryTone::warning};
}

SummaryCell statusCell(const ActionItem& action, const std::string& today) {
  if (isOverdue(action, today)) return {"Overdue", SummaryTone::bad};
  switch (action.status) {
    case ActionStatus::done: return {actionStatusLabel(action.status), SummaryTone::good};
    case ActionStatus::inProgress: return {actionStatusLabel(action.status), SummaryTone::warning};
    case ActionStatus::open: break;
  }
  return {actionStatusLabel(action.status), SummaryTone::plain};
}

std::string moreText(size_t hidden, const char* one, const char* many) {
  return "And " + std::to_string(hidden) + " more " + (hidden == 1 ? one : many) + " in the plan.";
}

}  // namespace

SummarySection workshopOutcomeSection(const Document& doc, const SummaryOptions& options) {
  SummarySection section{"decisions", "Decisions and action items", {}};

  // The workshop each decision came from, as a column only when there were several.
  std::vector<const WorkshopNote*> decided;
  for (const auto& note : doc.workshopNotes)
    if (note.kind == WorkshopNoteKind::decision) decided.push_back(&note);
  bool oneWorkshop = true;
  for (const WorkshopNote* note : decided) oneWorkshop = oneWorkshop && note->workshopId == decided.front()->workshopId;
  const std::string sameWorkshop = oneWorkshop && !decided.empty() ? workshopTitle(doc, decided.front()->workshopId) : "";
  SummaryTable decisions{sameWorkshop.empty() ? "What the teams decided" : "What the teams decided at " + sameWorkshop,
                         {"Decision"}, {false}, {}};
  if (!oneWorkshop) {
    decisions.columns.push_back("Workshop");
    decisions.numeric.push_back(false);
  }
  const size_t decisionCount = decided.size();
  for (size_t i = 0; i < decisionCount && i < kShownDecisions; ++i) {
    std::vector<SummaryCell> row = {{decided[i]->text}};
    if (!oneWorkshop) {
      const std::string workshop = workshopTitle(doc, decided[i]->workshopId);
      row.push_back({workshop.empty() ? "—" : workshop, SummaryTone::muted});
    }
    decisions.rows.push_back(std::move(row));
  }
  if (decisions.rows.empty()) section.blocks.push_back(SummaryParagraph{"No decisions recorded yet.", SummaryTone::muted});
  else section.blocks.push_back(std::move(decisions));
  if (decisionCount > kShownDecisions)
    section.blocks.push_back(SummaryParagraph{moreText(decisionCount - kShownDecisions, "decision", "decisions"), SummaryTone::muted});

  // Overdue first, then open by due date (undated last), then done; file order breaks ties.
  std::vector<const ActionItem*> actions;
  for (const auto& action : doc.actions) actions.push_back(&action);
  const auto rank = [&](const ActionItem* a) {
    if (isOverdue(*a, options.today)) return 0;
    return a->status == ActionStatus::done ? 2 : 1;
  };
  std::stable_sort(actions.begin(), actions.end(), [&](const ActionItem* a, const ActionItem* b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    if (a->due.empty() != b->due.empty()) return b->due.empty();
    return a->due < b->due;
  });
  SummaryTable table{"Who does what by when", {"Action", "Owner", "Due", "Status"}, {false, false, true, false}, {}};
  size_t overdue = 0;
  for (const ActionItem* action : actions) {
    if (isOverdue(*action, options.today)) ++overdue;
    if (table.rows.size() >= kShownActions) continue;
    table.rows.push_back({{action->title},
                          ownerCell(doc, action->ownerId),
                          {action->due.empty() ? "—" : action->due, action->due.empty() ? SummaryTone::muted : SummaryTone::plain},
                          statusCell(*action, options.today)});
  }
  if (table.rows.empty()) {
    section.blocks.push_back(SummaryParagraph{"No action items yet.", SummaryTone::muted});
    return section;
  }
  if (overdue > 0)
    section.blocks.push_back(SummaryParagraph{
        std::to_string(overdue) + (overdue == 1 ? " action item is" : " action items are") + " overdue.", SummaryTone::warning});
  section.blocks.push_back(std::move(table));
  if (actions.size() > kShownActions)
    section.blocks.push_back(SummaryParagraph{moreText(actions.size() - kShownActions, "action item", "action items"), SummaryTone::muted});
  return section;
}

}  // namespace gp
