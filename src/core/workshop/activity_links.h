// Dot votes and draft prompts travel like the diagnostic (diagnostic_links.h): as short codes in
// link fragments or small files, so no server is needed.
//   vote invitation   <page>#join=gpv1.<base64url JSON>   {vote, title, options, dots, anonymous, plan}
//   draft invitation  <page>#join=gpd1.<base64url JSON>   {prompt, question, term, plan}
//   ballot            <page>#answer=gpb1.<base64url JSON> {vote, title, voter, name, team, dots, at}
//   draft answer      <page>#answer=gpr1.<base64url JSON> {prompt, question, respondent, team, text, at}
// A ballot names its voter only when the vote is not anonymous; a draft answer never does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp {

struct VoteInvitation {
  std::string voteId;
  std::string title;
  std::vector<VoteOption> options;  // ids and labels (links stay in the plan)
  int dotsPerPerson = kDefaultDotsPerPerson;
  bool anonymous = false;
  std::string planTitle;
  bool operator==(const VoteInvitation&) const = default;
};

struct DraftInvitation {
  std::string promptId;
  std::string question;
  std::string termName;  // the linked term's name, or empty
  std::string planTitle;
  bool operator==(const DraftInvitation&) const = default;
};

VoteInvitation voteInvitation(const DotVote&, const std::string& planTitle);
DraftInvitation draftInvitation(const DraftPrompt&, const Document&);
// A vote as the participant's form needs it (the ballots stay in the plan).
DotVote voteOf(const VoteInvitation&);

std::string invitationCode(const VoteInvitation&);   // "gpv1.…"
std::string invitationCode(const DraftInvitation&);  // "gpd1.…"
std::string ballotCode(const BallotSubmission&);     // "gpb1.…"
std::string draftAnswerCode(const DraftSubmission&); // "gpr1.…"

// True when the text holds a vote or draft invitation (rather than the diagnostic's).
bool isVoteInvitation(std::string_view codeOrLink);
bool isDraftInvitation(std::string_view codeOrLink);
// True when the text holds a ballot or draft answer code.
bool holdsActivityAnswer(std::string_view text);

// Read a code, or a whole link holding one; the message says what is wrong.
std::optional<VoteInvitation> readVoteInvitation(std::string_view codeOrLink, std::string& problem);
std::optional<DraftInvitation> readDraftInvitation(std::string_view codeOrLink, std::string& problem);
std::optional<BallotSubmission> readBallot(std::string_view codeOrLink, std::string& problem);
std::optional<DraftSubmission> readDraftAnswer(std::string_view codeOrLink, std::string& problem);

// Ballots and draft answers pasted or dropped by the facilitator: any text holding their codes or
// links, one or more per line, or an answer file. Problems name their line.
struct PastedActivityAnswers {
  std::vector<BallotSubmission> ballots;
  std::vector<DraftSubmission> drafts;
  std::vector<std::string> problems;
};
PastedActivityAnswers readPastedActivityAnswers(std::string_view text);
// {"format": "growth-plan-answer", "answer": "gpb1.…"}: the diagnostic's answer file format.
std::string answerFileText(const BallotSubmission&);
std::string answerFileText(const DraftSubmission&);

}  // namespace gp
