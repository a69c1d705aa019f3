#include "core/workshop/diagnostic_links.h"

#include "core/model/document.h"
#include "core/text/calendar.h"
#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/link_codes.h"

namespace gp {

namespace {

using Json = LinkJson;

constexpr std::string_view kInvitationPrefix = "gpi1.";
constexpr std::string_view kAnswerPrefix = "gpa1.";
constexpr std::string_view kAnswerFileFormat = "growth-plan-answer";
constexpr size_t kMaxCodeLength = 4096;
constexpr size_t kMaxLabelLength = 200;


bool readDate(const Json& json, std::string& out, std::string& problem) {
  if (!readLinkText(json, "date", 10, out, problem)) return false;
  if (!out.empty() && !parseDate(out)) {
    problem = "its date \"" + out + "\" is not a date like 2027-01-31";
    return false;
  }
  return true;
}

bool isHex16(const std::string& text) {
  if (text.size() != 16) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

std::string invitationCode(const DiagnosticInvitation& invitation) {
  return encodeLinkCode(kInvitationPrefix,
                Json{{"round", invitation.roundLabel}, {"date", invitation.roundDate}, {"plan", invitation.planTitle}});
}

std::string answerCode(const DiagnosticSubmission& answer) {
  return encodeLinkCode(kAnswerPrefix, Json{{"round", answer.roundLabel},
                                    {"date", answer.roundDate},
                                    {"respondent", answer.respondent},
                                    {"team", teamName(answer.team)},
                                    {"scores", answer.scores},
                                    {"at", answer.answeredAt}});
}

std::optional<DiagnosticInvitation> readInvitation(std::string_view codeOrLink, std::string& problem) {
  const auto json = decodeLinkCode(codeOrLink, kInvitationPrefix, kMaxCodeLength, "an invitation", problem);
  if (!json) return std::nullopt;
  DiagnosticInvitation invitation;
  if (!readLinkText(*json, "round", kMaxLabelLength, invitation.roundLabel, problem) || !readDate(*json, invitation.roundDate, problem) ||
      !readLinkText(*json, "plan", kMaxLabelLength, invitation.planTitle, problem))
    return std::nullopt;
  if (isBlank(invitation.roundLabel)) {
    problem = "it names no round";
    return std::nullopt;
  }
  return invitation;
}

std::optional<DiagnosticSubmission> readAnswer(std::string_view codeOrLink, std::string& problem) {
  const auto json = decodeLinkCode(codeOrLink, kAnswerPrefix, kMaxCodeLength, "an answer", problem);
  if (!json) return std::nullopt;
  DiagnosticSubmission answer;
  std::string team;
  if (!readLinkText(*json, "round", kMaxLabelLength, answer.roundLabel, problem) || !readDate(*json, answer.roundDate, problem) ||
      !readLinkText(*json, "respondent", 16, answer.respondent, problem) || !readLinkText(*json, "team", 20, team, problem) ||
      !readLinkText(*json, "at", 40, answer.answeredAt, problem))
    return std::nullopt;
  if (isBlank(answer.roundLabel)) {
    problem = "it names no round";
    return std::nullopt;
  }
  if (!isHex16(answer.respondent)) {
    problem = "its respondent is not a key of 16 hex digits";
    return std::nullopt;
  }
  const auto parsedTeam = teamFromName(team);
  const auto scores = json->find("scores");
  if (scores == json->end() || !scores->is_array()) {
    problem = "its scores are missing";
    return std::nullopt;
  }
  for (const auto& score : *scores) {
    if (!score.is_number_integer() || score.get<int64_t>() < 1 || score.get<int64_t>() > 5) {
      problem = "score " + std::to_string(answer.scores.size() + 1) + " is not a whole number from 1 to 5";
      return std::nullopt;
    }
    answer.scores.push_back(static_cast<int>(score.get<int64_t>()));
  }
  answer.team = parsedTeam.value_or(Team::other);
  if (const std::string wrong = answerProblem(answer.team, answer.scores); !wrong.empty()) {
    problem = wrong;
    return std::nullopt;
  }
  return answer;
}

PastedAnswers readPastedAnswers(std::string_view text) {
  PastedAnswers pasted;
  if (looksLikeAnswerFile(text)) {
    std::string problem;
    const Json file = Json::parse(text, nullptr, false);
    const auto code = file.is_object() && file.contains("answer") && file["answer"].is_string()
                          ? file["answer"].get<std::string>()
                          : std::string();
    if (auto answer = readAnswer(code, problem))
      pasted.answers.push_back(std::move(*answer));
    else
      pasted.problems.push_back("The answer file: " + problem);
    return pasted;
  }
  size_t lineStart = 0;
  for (int line = 1; lineStart <= text.size(); ++line) {
    const size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
    const std::string_view content = text.substr(lineStart, lineEnd - lineStart);
    const std::string where = "Line " + std::to_string(line) + ": ";
    bool any = false;
    for (size_t from = 0;;) {
      const std::string_view code = findLinkCode(content, kAnswerPrefix, from);
      if (code.empty()) break;
      any = true;
      std::string problem;
      if (auto answer = readAnswer(code, problem))
        pasted.answers.push_back(std::move(*answer));
      else
        pasted.problems.push_back(where + problem);
      from = size_t(code.data() + code.size() - content.data());
    }
    if (!any && !isBlank(content)) {
      std::string problem;
      readAnswer(content, problem);
      if (!findLinkCode(content, kInvitationPrefix).empty()) problem = "this is an invitation, not an answer";
      pasted.problems.push_back(where + problem);
    }
    lineStart = lineEnd + 1;
  }
  return pasted;
}

std::string answerFileText(const DiagnosticSubmission& answer) {
  return Json{{"format", kAnswerFileFormat}, {"answer", answerCode(answer)}}.dump(2) + "\n";
}

bool looksLikeAnswerFile(std::string_view text) {
  const std::string_view start = trimmed(text.substr(0, 200));
  if (start.empty() || start.front() != '{' || text.size() > kMaxCodeLength * 2) return false;
  const Json file = Json::parse(text, nullptr, false);
  return file.is_object() && file.contains("format") && file["format"] == kAnswerFileFormat;
}

}  // namespace gp
