// Dot voting: each person spreads a few dots over a vote's options (several on one allowed); the
// room sees totals, most dots first, only once the facilitator reveals them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp {

struct OptionTotal {
  std::string optionId;
  std::string label;
  int dots = 0;
};

struct VoteResults {
  int ballots = 0;
  bool hidden = false;               // not revealed and not asked as facilitator: no totals
  std::vector<OptionTotal> totals;   // most dots first, ties in option order; empty when hidden
  int dotsCast = 0;
};

// Totals of `vote`. A ballot counts its first dotsPerPerson dots on options the vote still has
// (a merged copy may hold a ballot for an option since removed).
VoteResults voteResults(const DotVote& vote, bool asFacilitator = false);

// "" when `dots` fits `vote` (1 to dotsPerPerson dots, each on one of its options), otherwise why.
std::string ballotProblem(const DotVote& vote, const std::vector<std::string>& dots);
// "" when the ballot submission can go into `vote`, otherwise why (dots, voter key, name).
std::string submissionProblem(const DotVote& vote, const BallotSubmission& submission);

// Dots a voter has left, given the dots placed so far.
int dotsLeft(const DotVote& vote, const std::vector<std::string>& dots);
int dotsOn(const std::vector<std::string>& dots, std::string_view optionId);

const DotVote* findDotVote(const Document& doc, std::string_view id);

// Where a vote's options come from.
enum class OptionSource { terms, statements, campaigns, requests, parkingLot, typed };
inline constexpr OptionSource kAllOptionSources[] = {OptionSource::terms,    OptionSource::statements,
                                                     OptionSource::campaigns, OptionSource::requests,
                                                     OptionSource::parkingLot, OptionSource::typed};
const char* optionSourceLabel(OptionSource);  // "Glossary terms", "Diagnostic statements", ...

std::vector<VoteOption> optionsFromTerms(const Document&);       // not deprecated ones
std::vector<VoteOption> optionsFromStatements();                  // the 20 diagnostic statements
std::vector<VoteOption> optionsFromCampaigns(const Document&);
std::vector<VoteOption> optionsFromRequests(const Document&);     // not delivered or declined
// Parking-lot notes of `workshopId` (all of them when empty).
std::vector<VoteOption> optionsFromParkingLot(const Document&, std::string_view workshopId = {});
// One option per non-blank line, ids "o1", "o2", ... (repeated lines once).
std::vector<VoteOption> optionsFromLines(std::string_view text);
std::vector<VoteOption> optionsFrom(OptionSource, const Document&, std::string_view typedLines = {});

// A vote as History stores it: options with unique non-empty ids and labels, dots within 1-10.
DotVote normalizedVote(DotVote vote);

}  // namespace gp
