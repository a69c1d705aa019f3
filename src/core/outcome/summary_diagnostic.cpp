// The latest alignment diagnostic (diagnostic.h): where each team places the relationship, where
// marketing and sales see it most differently, and what to work on next.
#include <cstdio>

#include "core/outcome/summary_model.h"
#include "core/workshop/diagnostic.h"

namespace gp {

namespace {

constexpr size_t kShownGaps = 3;
// The weakest statements a one-page handout has room for; the rest are counted.
constexpr size_t kShownWeak = 3;

std::string meanText(const std::optional<double>& mean) { return mean ? diagnosticMeanText(*mean) : std::string("—"); }

std::vector<SummaryCell> teamRow(const std::string& label, SummaryTone tone, const std::optional<TeamResult>& result) {
  if (!result) return {{label, tone}, {"0"}, {"—", SummaryTone::muted}, {"No answers", SummaryTone::muted}};
  return {{label, tone},
          {std::to_string(result->respondents)},
          {diagnosticMeanText(result->total)},
          {alignmentStageLabel(result->stage)}};
}

SummaryTable teamTable(const DiagnosticReport& report) {
  SummaryTable table = figureTable("Where each team places the relationship (scores from 20 to 100)",
                                   {"Team", "Respondents", "Mean score", "Stage"});
  table.numeric.back() = false;
  for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t)
    table.rows.push_back(teamRow(teamLabel(kDiagnosticTeams[t]), teamTone(kDiagnosticTeams[t]), report.teams[t]));
  table.rows.push_back(teamRow("Everybody", SummaryTone::plain, report.overall));
  return table;
}

const StatementGap* gapOf(const DiagnosticReport& report, int statement) {
  for (const auto& gap : report.gaps)
    if (gap.statement == statement) return &gap;
  return nullptr;
}

SummaryTable gapTable(const DiagnosticReport& report) {
  SummaryTable table = figureTable("Largest gaps between marketing and sales (each statement scored 1 to 5)",
                                   {"Statement", "Marketing", "Sales", "Gap"});
  for (const auto& gap : report.gaps) {
    if (table.rows.size() == kShownGaps || gap.gap <= 0) break;
    table.rows.push_back(
        {{std::to_string(gap.statement) + ". " + gap.text}, {meanText(gap.marketing)}, {meanText(gap.sales)}, {diagnosticMeanText(gap.gap)}});
  }
  return table;
}

SummaryTable weakTable(const DiagnosticReport& report, const std::vector<int>& weak) {
  SummaryTable table{"The weakest statements (below 3) and where to work on them",
                     {"Statement", "Marketing", "Sales", "Next step"},
                     {false, true, true, false},
                     {}};
  for (size_t i = 0; i < weak.size() && i < kShownWeak; ++i) {
    const int statement = weak[i];
    const StatementGap* gap = gapOf(report, statement);
    const NextStep step = nextStepFor(statement);
    table.rows.push_back({{std::to_string(statement) + ". " + diagnosticStatement(statement)},
                          {gap ? meanText(gap->marketing) : "—"},
                          {gap ? meanText(gap->sales) : "—"},
                          {step.view + ": " + step.action}});
  }
  return table;
}

}  // namespace

SummarySection diagnosticSection(const Document& doc) {
  SummarySection section{"diagnostic", "Alignment diagnostic", {}};
  const DiagnosticRound* round = latestRound(doc);
  if (!round) {
    section.blocks.push_back(SummaryParagraph{"No diagnostic yet.", SummaryTone::muted});
    return section;
  }
  const DiagnosticReport report = diagnosticReport(doc, *round);
  std::string heading = "Latest round: " + (round->label.empty() ? std::string("(unnamed)") : round->label);
  if (!round->date.empty()) heading += ", " + round->date;
  section.blocks.push_back(SummaryParagraph{heading + "."});
  section.blocks.push_back(teamTable(report));
  SummaryTable gaps = gapTable(report);
  if (gaps.rows.empty())
    section.blocks.push_back(SummaryParagraph{report.teams[0] && report.teams[1]
                                                  ? "Marketing and sales scored every statement alike."
                                                  : "Gaps need answers from both marketing and sales.",
                                              SummaryTone::muted});
  else
    section.blocks.push_back(std::move(gaps));
  const std::vector<int> weak = weakStatements(report);
  if (weak.empty())
    section.blocks.push_back(SummaryParagraph{"No statement scores below 3.", SummaryTone::muted});
  else
    section.blocks.push_back(weakTable(report, weak));
  if (weak.size() > kShownWeak) {
    const size_t more = weak.size() - kShownWeak;
    section.blocks.push_back(SummaryParagraph{std::to_string(more) + (more == 1 ? " more statement" : " more statements") +
                                                  " scored below 3; the diagnostic report lists them all.",
                                              SummaryTone::muted});
  }
  return section;
}

}  // namespace gp
