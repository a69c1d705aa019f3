// Invitations and answers of the diagnostic travel as short codes in links (the URL fragment,
// which browsers never send to a server) or files, so no server is needed:
//   invitation  <page>#join=gpi1.<base64url JSON>   {round, date, plan}
//   answer      <page>#answer=gpa1.<base64url JSON> {round, date, respondent, team, scores, at}
// An answer carries the respondent's key, never their name.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/workshop/diagnostic_answers.h"

namespace gp {

struct DiagnosticInvitation {
  std::string roundLabel;
  std::string roundDate;  // YYYY-MM-DD
  std::string planTitle;  // shown to the participant ("Acme growth plan 2027")
  bool operator==(const DiagnosticInvitation&) const = default;
};

std::string invitationCode(const DiagnosticInvitation&);  // "gpi1.…"
std::string answerCode(const DiagnosticSubmission&);      // "gpa1.…"
// Reads a code, or a whole link holding one; the message says what is wrong.
std::optional<DiagnosticInvitation> readInvitation(std::string_view codeOrLink, std::string& problem);
std::optional<DiagnosticSubmission> readAnswer(std::string_view codeOrLink, std::string& problem);

// Answers pasted or dropped by the facilitator: any text holding answer codes or links, one or
// more per line, or an answer file (answerFileText). Problems name their line.
struct PastedAnswers {
  std::vector<DiagnosticSubmission> answers;
  std::vector<std::string> problems;  // "Line 3: the answer was cut (…)"
};
PastedAnswers readPastedAnswers(std::string_view text);
// An answer as a small JSON file: {"format": "growth-plan-answer", "answer": "gpa1.…"}.
std::string answerFileText(const DiagnosticSubmission&);
bool looksLikeAnswerFile(std::string_view text);

}  // namespace gp
