// What the teams agreed on: the glossary's agreed terms and who signed off what (review.h).
#include "core/outcome/summary_model.h"
#include "core/review/review.h"
#include "core/text/number_text.h"
#include "core/text/utf8.h"

#include <cmath>

namespace gp {

namespace {

// A handout has room for the gist of each definition: its first sentence, at most this long.
// The glossary keeps the whole text.
constexpr size_t kDefinitionCharacters = 200;

std::string definitionGist(const std::string& definition) {
  std::string gist = definition;
  // The first sentence ends at ". " or ".\n" (not inside "e.g." or a number such as 2.5).
  for (size_t at = definition.find('.'); at != std::string::npos; at = definition.find('.', at + 1)) {
    if (at + 1 >= definition.size()) break;
    const char next = definition[at + 1];
    const bool sentenceEnds = (next == ' ' || next == '\n') && at >= 2 && definition[at - 2] != '.' &&
                              definition[at - 2] != ' ';
    if (sentenceEnds) {
      gist = definition.substr(0, at + 1) + " …";
      break;
    }
  }
  return truncateUtf8(gist, kDefinitionCharacters);
}

SummaryCell signOffCell(const Document& doc, const std::string& target, Team team, const std::string& fingerprint) {
  if (!signOffRequired(target, team)) return {"Not needed", SummaryTone::muted};
  const TeamSignOff status = signOffStatus(doc, target, team, fingerprint);
  switch (status.state) {
    case SignOffState::approved: {
      std::string who = status.signedBy.by;
      if (!status.signedBy.at.empty()) who += (who.empty() ? "" : ", ") + status.signedBy.at.substr(0, 10);
      return {"Approved", SummaryTone::good, who};
    }
    case SignOffState::cleared: return {"Cleared", SummaryTone::warning, clearedMessage(status)};
    case SignOffState::awaiting: break;
  }
  return {"Awaiting", SummaryTone::muted};
}

bool anySignOff(const Document& doc, const std::string& target) {
  for (const auto& signOff : doc.signOffs)
    if (signOff.target == target) return true;
  return false;
}

}  // namespace

SummarySection agreedTermsSection(const Document& doc) {
  SummarySection section{"terms", "Agreed terms", {}};
  SummaryTable table{"The words both teams use, as agreed", {"Term", "Definition"}, {false, false}, {}};
  size_t open = 0;
  for (const auto& term : doc.glossary) {
    if (term.status == TermStatus::proposed || term.status == TermStatus::discussing) ++open;
    if (term.status != TermStatus::agreed) continue;
    if (term.definition.empty()) table.rows.push_back({{term.name}, {"No definition written yet", SummaryTone::muted}});
    else table.rows.push_back({{term.name}, {definitionGist(term.definition)}});
  }
  if (table.rows.empty()) section.blocks.push_back(SummaryParagraph{"No terms agreed yet.", SummaryTone::muted});
  else section.blocks.push_back(std::move(table));
  if (open > 0)
    section.blocks.push_back(SummaryParagraph{
        std::to_string(open) + (open == 1 ? " more term is" : " more terms are") + " still proposed or under discussion.",
        SummaryTone::muted});
  return section;
}

SummarySection signOffSection(const Document& doc) {
  SummarySection section{"sign-offs", "Sign-offs", {}};
  std::vector<std::string> columns = {"What"};
  for (Team team : kSignOffTeams) columns.push_back(teamLabel(team));
  SummaryTable table{"Who signed off what", std::move(columns), std::vector<bool>(1 + std::size(kSignOffTeams)), {}};
  TargetLabels labels(doc);
  for (const auto& target : signOffTargets(doc)) {
    if (!anySignOff(doc, target)) continue;
    const std::string fingerprint = contentFingerprint(doc, target);
    std::vector<SummaryCell> row = {{labels(target)}};
    for (Team team : kSignOffTeams) row.push_back(signOffCell(doc, target, team, fingerprint));
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty()) section.blocks.push_back(SummaryParagraph{"No sign-offs yet.", SummaryTone::muted});
  else section.blocks.push_back(std::move(table));
  // The credit model both teams work with, and what it says, for the handout.
  if (!isUnset(doc.attribution)) {
    std::string text = "Attribution model: " + attributionSettingsText(doc.attribution.settings) + ".";
    if (const auto& results = doc.attribution.results) {
      const auto amount = [&](int64_t micros) {
        return formatMoney(std::round(static_cast<double>(micros) / kMicrosPerUnit), doc.plan.currency);
      };
      const size_t marketing = static_cast<size_t>(TouchTeam::marketing);
      text += " Marketing-touched pipeline " + amount(results->touched[marketing].pipelineMicros) +
              ", marketing-sourced " + amount(results->sourced[marketing].pipelineMicros) + ", of " +
              amount(results->total.pipelineMicros) + " in all.";
    }
    section.blocks.push_back(SummaryParagraph{text, SummaryTone::plain});
  }
  return section;
}

}  // namespace gp
