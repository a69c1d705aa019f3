// What a workshop's room does together (optional lists of the file): dot votes and private
// drafts. Both are answered on the shared screen or from people's own devices (activity_links.h)
// and stay hidden until the facilitator reveals them. Plain data, like document.h.
#pragma once

#include <string>
#include <vector>

#include "core/model/stamp.h"

namespace gp {

inline constexpr int kMinDotsPerPerson = 1;
inline constexpr int kMaxDotsPerPerson = 10;
inline constexpr int kDefaultDotsPerPerson = 3;

// One thing people can put dots on. `link` says where it came from: an entity's id (a term, a
// campaign, a request, a parking-lot note), "statement:7" for a diagnostic statement, or empty.
struct VoteOption {
  std::string id;  // unique within its vote
  std::string label;
  std::string link;
  bool operator==(const VoteOption&) const = default;
};

// One person's dots. Files write `voter` as the ballot's "id", so two copies that hold the same
// person's ballot merge it as one.
struct Ballot {
  std::string voter;      // respondentKey(name): 16 hex digits
  std::string voterName;  // only when the vote is not anonymous
  Team team = Team::other;
  std::vector<std::string> dots;  // option ids, several on one option allowed
  std::string at;                 // ISO 8601 UTC, when the person voted
  bool operator==(const Ballot&) const = default;
};

struct DotVote {
  EntityMeta meta;
  std::string workshopId;  // or empty
  std::string title;       // "Which terms do we agree first?"
  std::vector<VoteOption> options;
  int dotsPerPerson = kDefaultDotsPerPerson;
  bool anonymous = false;
  bool revealed = false;
  std::vector<Ballot> ballots;  // one per voter
  bool operator==(const DotVote&) const = default;
};

// One person's private answer to a draft prompt; files write `respondent` as its "id".
struct DraftAnswer {
  std::string respondent;  // respondentKey(name); the plan holds no names
  Team team = Team::other;
  std::string text;
  std::string at;  // ISO 8601 UTC
  bool operator==(const DraftAnswer&) const = default;
};

// "Each team writes its definition of an SQL": answered privately, shown side by side on reveal.
struct DraftPrompt {
  EntityMeta meta;
  std::string workshopId;  // or empty
  std::string question;
  std::string termId;  // the glossary term the answers can define, or empty
  bool revealed = false;
  std::vector<DraftAnswer> answers;  // one per person
  bool operator==(const DraftPrompt&) const = default;
};

// A ballot or draft answer on its way into a plan (from a link, a file or the shared screen).
struct BallotSubmission {
  std::string voteId;
  std::string voteTitle;  // for messages when the plan has no such vote
  Ballot ballot;
  bool operator==(const BallotSubmission&) const = default;
};

struct DraftSubmission {
  std::string promptId;
  std::string question;  // for messages
  DraftAnswer answer;
  bool operator==(const DraftSubmission&) const = default;
};

// What recording a batch of ballots and draft answers did.
struct ActivityMergeResult {
  int added = 0;
  int replaced = 0;
  int unchanged = 0;                  // the same again, or older than what the plan holds
  std::vector<std::string> problems;  // refused ones, e.g. "“Top terms”: this plan has no such vote"
};

}  // namespace gp
