#include "core/workshop/voting.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"

namespace gp {

namespace {

bool isVoterKey(const std::string& text) {
  if (text.size() != 16) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

const VoteOption* findOption(const DotVote& vote, std::string_view id) {
  for (const auto& option : vote.options)
    if (option.id == id) return &option;
  return nullptr;
}

}  // namespace

VoteResults voteResults(const DotVote& vote, bool asFacilitator) {
  VoteResults results;
  results.ballots = static_cast<int>(vote.ballots.size());
  results.hidden = !vote.revealed && !asFacilitator;
  if (results.hidden) return results;
  std::unordered_map<std::string, int> counts;
  for (const auto& ballot : vote.ballots) {
    int counted = 0;
    for (const auto& dot : ballot.dots) {
      if (counted == vote.dotsPerPerson) break;
      if (!findOption(vote, dot)) continue;
      ++counts[dot];
      ++counted;
    }
    results.dotsCast += counted;
  }
  for (const auto& option : vote.options) results.totals.push_back({option.id, option.label, counts[option.id]});
  // Stable: ties keep the options' order.
  std::stable_sort(results.totals.begin(), results.totals.end(),
                   [](const OptionTotal& a, const OptionTotal& b) { return a.dots > b.dots; });
  return results;
}

std::string ballotProblem(const DotVote& vote, const std::vector<std::string>& dots) {
  if (dots.empty()) return "it places no dot";
  if (static_cast<int>(dots.size()) > vote.dotsPerPerson)
    return "it places " + std::to_string(dots.size()) + " dots; each person has " + std::to_string(vote.dotsPerPerson);
  for (const auto& dot : dots)
    if (!findOption(vote, dot)) return "it puts a dot on an option the vote does not have (\"" + dot.substr(0, 40) + "\")";
  return {};
}

std::string submissionProblem(const DotVote& vote, const BallotSubmission& submission) {
  if (!isVoterKey(submission.ballot.voter)) return "its voter is not a key of 16 hex digits";
  if (!vote.anonymous && isBlank(submission.ballot.voterName)) return "it names no voter, and the vote is not anonymous";
  return ballotProblem(vote, submission.ballot.dots);
}

int dotsOn(const std::vector<std::string>& dots, std::string_view optionId) {
  return static_cast<int>(std::count(dots.begin(), dots.end(), optionId));
}

int dotsLeft(const DotVote& vote, const std::vector<std::string>& dots) {
  return std::max(0, vote.dotsPerPerson - static_cast<int>(dots.size()));
}

const DotVote* findDotVote(const Document& doc, std::string_view id) {
  for (const auto& vote : doc.dotVotes)
    if (vote.meta.id == id) return &vote;
  return nullptr;
}

const char* optionSourceLabel(OptionSource source) {
  switch (source) {
    case OptionSource::terms: return "Glossary terms";
    case OptionSource::statements: return "Diagnostic statements";
    case OptionSource::campaigns: return "Campaigns";
    case OptionSource::requests: return "Enablement requests";
    case OptionSource::parkingLot: return "Parking lot";
    case OptionSource::typed: return "A typed list";
  }
  return "Options";
}

std::vector<VoteOption> optionsFromTerms(const Document& doc) {
  std::vector<VoteOption> options;
  for (const auto& term : doc.glossary)
    if (term.status != TermStatus::deprecated && !isBlank(term.name)) options.push_back({term.meta.id, term.name, term.meta.id});
  return options;
}

std::vector<VoteOption> optionsFromStatements() {
  std::vector<VoteOption> options;
  for (int n = 1; n <= kDiagnosticStatementCount; ++n)
    options.push_back({"s" + std::to_string(n), std::to_string(n) + ". " + diagnosticStatement(n), "statement:" + std::to_string(n)});
  return options;
}

std::vector<VoteOption> optionsFromCampaigns(const Document& doc) {
  std::vector<VoteOption> options;
  for (const auto& campaign : doc.campaigns)
    if (!isBlank(campaign.name)) options.push_back({campaign.meta.id, campaign.name, campaign.meta.id});
  return options;
}

std::vector<VoteOption> optionsFromRequests(const Document& doc) {
  std::vector<VoteOption> options;
  for (const auto& request : doc.requests)
    if (request.status != RequestStatus::delivered && request.status != RequestStatus::declined && !isBlank(request.title))
      options.push_back({request.meta.id, request.title, request.meta.id});
  return options;
}

std::vector<VoteOption> optionsFromParkingLot(const Document& doc, std::string_view workshopId) {
  std::vector<VoteOption> options;
  for (const auto& note : doc.workshopNotes)
    if (note.kind == WorkshopNoteKind::parked && !isBlank(note.text) && (workshopId.empty() || note.workshopId == workshopId))
      options.push_back({note.meta.id, note.text, note.meta.id});
  return options;
}

std::vector<VoteOption> optionsFromLines(std::string_view text) {
  std::vector<VoteOption> options;
  std::unordered_set<std::string> seen;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string line(trimmed(text.substr(start, end - start)));
    if (!line.empty() && seen.insert(line).second)
      options.push_back({"o" + std::to_string(options.size() + 1), line, {}});
    start = end + 1;
  }
  return options;
}

std::vector<VoteOption> optionsFrom(OptionSource source, const Document& doc, std::string_view typedLines) {
  switch (source) {
    case OptionSource::terms: return optionsFromTerms(doc);
    case OptionSource::statements: return optionsFromStatements();
    case OptionSource::campaigns: return optionsFromCampaigns(doc);
    case OptionSource::requests: return optionsFromRequests(doc);
    case OptionSource::parkingLot: return optionsFromParkingLot(doc);
    case OptionSource::typed: return optionsFromLines(typedLines);
  }
  return {};
}

DotVote normalizedVote(DotVote vote) {
  vote.dotsPerPerson = std::clamp(vote.dotsPerPerson, kMinDotsPerPerson, kMaxDotsPerPerson);
  std::unordered_set<std::string> ids;
  std::vector<VoteOption> kept;
  for (auto& option : vote.options) {
    if (isBlank(option.label)) continue;
    // A fresh id for an empty or repeated one.
    for (size_t n = kept.size() + 1; option.id.empty() || ids.count(option.id); ++n) option.id = "o" + std::to_string(n);
    ids.insert(option.id);
    kept.push_back(std::move(option));
  }
  vote.options = std::move(kept);
  if (vote.anonymous)
    for (auto& ballot : vote.ballots) ballot.voterName.clear();
  return vote;
}

}  // namespace gp
