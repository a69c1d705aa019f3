#include "core/workshop/activity_links.h"

#include <algorithm>

#include "core/text/text_trim.h"
#include "core/workshop/drafting.h"
#include "core/workshop/link_codes.h"
#include "core/workshop/voting.h"

namespace gp {

namespace {

using Json = LinkJson;

constexpr std::string_view kVoteInvitationPrefix = "gpv1.";
constexpr std::string_view kDraftInvitationPrefix = "gpd1.";
constexpr std::string_view kBallotPrefix = "gpb1.";
constexpr std::string_view kDraftAnswerPrefix = "gpr1.";
constexpr std::string_view kAnswerFileFormat = "growth-plan-answer";
// A vote over a big glossary makes a long invitation; answers stay short.
constexpr size_t kMaxInvitationLength = 32768;
constexpr size_t kMaxAnswerLength = 8192;
constexpr size_t kMaxLabelLength = 400;
constexpr size_t kMaxIdLength = 80;
constexpr size_t kMaxOptions = 200;

bool readTeam(const Json& json, Team& out, std::string& problem) {
  std::string name;
  if (!readLinkText(json, "team", 20, name, problem)) return false;
  const auto team = teamFromName(name);
  if (!team) {
    problem = "its team \"" + name + "\" is not marketing, sales, leadership or other";
    return false;
  }
  out = *team;
  return true;
}

bool readStrings(const Json& json, const char* key, size_t maxCount, std::vector<std::string>& out, std::string& problem) {
  const auto found = json.find(key);
  if (found == json.end() || !found->is_array()) {
    problem = std::string("its \"") + key + "\" are missing";
    return false;
  }
  if (found->size() > maxCount) {
    problem = std::string("it has more ") + key + " than " + std::to_string(maxCount);
    return false;
  }
  for (const auto& item : *found) {
    if (!item.is_string() || item.get_ref<const std::string&>().empty() || item.get_ref<const std::string&>().size() > kMaxIdLength) {
      problem = std::string("one of its ") + key + " is not an option's id";
      return false;
    }
    out.push_back(item.get<std::string>());
  }
  return true;
}

std::string answerFile(std::string code) { return Json{{"format", kAnswerFileFormat}, {"answer", std::move(code)}}.dump(2) + "\n"; }

}  // namespace

VoteInvitation voteInvitation(const DotVote& vote, const std::string& planTitle) {
  VoteInvitation invitation{vote.meta.id, vote.title, {}, vote.dotsPerPerson, vote.anonymous, planTitle};
  for (const auto& option : vote.options) invitation.options.push_back({option.id, option.label, {}});
  return invitation;
}

DraftInvitation draftInvitation(const DraftPrompt& prompt, const Document& doc) {
  DraftInvitation invitation{prompt.meta.id, prompt.question, {}, doc.plan.title};
  for (const auto& term : doc.glossary)
    if (term.meta.id == prompt.termId) invitation.termName = term.name;
  return invitation;
}

DotVote voteOf(const VoteInvitation& invitation) {
  DotVote vote;
  vote.meta.id = invitation.voteId;
  vote.title = invitation.title;
  vote.options = invitation.options;
  vote.dotsPerPerson = invitation.dotsPerPerson;
  vote.anonymous = invitation.anonymous;
  return vote;
}

std::string invitationCode(const VoteInvitation& invitation) {
  Json options = Json::array();
  for (const auto& option : invitation.options) options.push_back(Json::array({option.id, option.label}));
  return encodeLinkCode(kVoteInvitationPrefix, Json{{"vote", invitation.voteId},
                                            {"title", invitation.title},
                                            {"options", std::move(options)},
                                            {"dots", invitation.dotsPerPerson},
                                            {"anonymous", invitation.anonymous},
                                            {"plan", invitation.planTitle}});
}

std::string invitationCode(const DraftInvitation& invitation) {
  return encodeLinkCode(kDraftInvitationPrefix, Json{{"prompt", invitation.promptId},
                                             {"question", invitation.question},
                                             {"term", invitation.termName},
                                             {"plan", invitation.planTitle}});
}

std::string ballotCode(const BallotSubmission& submission) {
  const Ballot& ballot = submission.ballot;
  return encodeLinkCode(kBallotPrefix, Json{{"vote", submission.voteId},
                                    {"title", submission.voteTitle},
                                    {"voter", ballot.voter},
                                    {"name", ballot.voterName},
                                    {"team", teamName(ballot.team)},
                                    {"dots", ballot.dots},
                                    {"at", ballot.at}});
}

std::string draftAnswerCode(const DraftSubmission& submission) {
  const DraftAnswer& answer = submission.answer;
  return encodeLinkCode(kDraftAnswerPrefix, Json{{"prompt", submission.promptId},
                                         {"question", submission.question},
                                         {"respondent", answer.respondent},
                                         {"team", teamName(answer.team)},
                                         {"text", answer.text},
                                         {"at", answer.at}});
}

bool isVoteInvitation(std::string_view text) { return !findLinkCode(text, kVoteInvitationPrefix).empty(); }
bool isDraftInvitation(std::string_view text) { return !findLinkCode(text, kDraftInvitationPrefix).empty(); }
bool holdsActivityAnswer(std::string_view text) {
  return !findLinkCode(text, kBallotPrefix).empty() || !findLinkCode(text, kDraftAnswerPrefix).empty();
}

std::optional<VoteInvitation> readVoteInvitation(std::string_view codeOrLink, std::string& problem) {
  const auto json = decodeLinkCode(codeOrLink, kVoteInvitationPrefix, kMaxInvitationLength, "a vote invitation", problem);
  if (!json) return std::nullopt;
  VoteInvitation invitation;
  if (!readLinkText(*json, "vote", kMaxIdLength, invitation.voteId, problem) ||
      !readLinkText(*json, "title", kMaxLabelLength, invitation.title, problem) ||
      !readLinkText(*json, "plan", kMaxLabelLength, invitation.planTitle, problem))
    return std::nullopt;
  if (invitation.voteId.empty()) {
    problem = "it names no vote";
    return std::nullopt;
  }
  const auto dots = json->find("dots");
  if (dots == json->end() || !dots->is_number_integer() || dots->get<int64_t>() < kMinDotsPerPerson ||
      dots->get<int64_t>() > kMaxDotsPerPerson) {
    problem = "its dots per person are not a whole number from 1 to 10";
    return std::nullopt;
  }
  invitation.dotsPerPerson = static_cast<int>(dots->get<int64_t>());
  const auto anonymous = json->find("anonymous");
  invitation.anonymous = anonymous != json->end() && anonymous->is_boolean() && anonymous->get<bool>();
  const auto options = json->find("options");
  if (options == json->end() || !options->is_array() || options->empty() || options->size() > kMaxOptions) {
    problem = "it has no options to vote on";
    return std::nullopt;
  }
  for (const auto& option : *options) {
    if (!option.is_array() || option.size() != 2 || !option[0].is_string() || !option[1].is_string() ||
        option[0].get_ref<const std::string&>().empty() || option[0].get_ref<const std::string&>().size() > kMaxIdLength ||
        option[1].get_ref<const std::string&>().size() > kMaxLabelLength) {
      problem = "option " + std::to_string(invitation.options.size() + 1) + " is damaged";
      return std::nullopt;
    }
    const std::string id = option[0].get<std::string>();
    if (std::any_of(invitation.options.begin(), invitation.options.end(), [&](const VoteOption& o) { return o.id == id; })) {
      problem = "two of its options share the id \"" + id + "\"";
      return std::nullopt;
    }
    invitation.options.push_back({id, option[1].get<std::string>(), {}});
  }
  return invitation;
}

std::optional<DraftInvitation> readDraftInvitation(std::string_view codeOrLink, std::string& problem) {
  const auto json = decodeLinkCode(codeOrLink, kDraftInvitationPrefix, kMaxInvitationLength, "a draft invitation", problem);
  if (!json) return std::nullopt;
  DraftInvitation invitation;
  if (!readLinkText(*json, "prompt", kMaxIdLength, invitation.promptId, problem) ||
      !readLinkText(*json, "question", kMaxQuestionLength, invitation.question, problem) ||
      !readLinkText(*json, "term", kMaxLabelLength, invitation.termName, problem) ||
      !readLinkText(*json, "plan", kMaxLabelLength, invitation.planTitle, problem))
    return std::nullopt;
  if (invitation.promptId.empty() || isBlank(invitation.question)) {
    problem = "it asks no question";
    return std::nullopt;
  }
  return invitation;
}

std::optional<BallotSubmission> readBallot(std::string_view codeOrLink, std::string& problem) {
  const auto json = decodeLinkCode(codeOrLink, kBallotPrefix, kMaxAnswerLength, "a ballot", problem);
  if (!json) return std::nullopt;
  BallotSubmission submission;
  Ballot& ballot = submission.ballot;
  if (!readLinkText(*json, "vote", kMaxIdLength, submission.voteId, problem) ||
      !readLinkText(*json, "title", kMaxLabelLength, submission.voteTitle, problem) ||
      !readLinkText(*json, "voter", 16, ballot.voter, problem) || !readLinkText(*json, "name", kMaxLabelLength, ballot.voterName, problem) ||
      !readTeam(*json, ballot.team, problem) || !readLinkText(*json, "at", 40, ballot.at, problem) ||
      !readStrings(*json, "dots", kMaxDotsPerPerson, ballot.dots, problem))
    return std::nullopt;
  if (submission.voteId.empty()) {
    problem = "it names no vote";
    return std::nullopt;
  }
  DotVote anyVote;  // the vote itself checks options and its own dot limit when recording
  anyVote.dotsPerPerson = kMaxDotsPerPerson;
  for (const auto& dot : ballot.dots) anyVote.options.push_back({dot, dot, {}});
  anyVote.anonymous = true;
  if (const std::string wrong = submissionProblem(anyVote, submission); !wrong.empty()) {
    problem = wrong;
    return std::nullopt;
  }
  return submission;
}

std::optional<DraftSubmission> readDraftAnswer(std::string_view codeOrLink, std::string& problem) {
  const auto json = decodeLinkCode(codeOrLink, kDraftAnswerPrefix, kMaxAnswerLength, "a draft answer", problem);
  if (!json) return std::nullopt;
  DraftSubmission submission;
  DraftAnswer& answer = submission.answer;
  if (!readLinkText(*json, "prompt", kMaxIdLength, submission.promptId, problem) ||
      !readLinkText(*json, "question", kMaxQuestionLength, submission.question, problem) ||
      !readLinkText(*json, "respondent", 16, answer.respondent, problem) || !readTeam(*json, answer.team, problem) ||
      !readLinkText(*json, "text", kMaxAnswerLength, answer.text, problem) || !readLinkText(*json, "at", 40, answer.at, problem))
    return std::nullopt;
  if (submission.promptId.empty()) {
    problem = "it names no draft prompt";
    return std::nullopt;
  }
  if (const std::string wrong = draftAnswerProblem(answer); !wrong.empty()) {
    problem = wrong;
    return std::nullopt;
  }
  return submission;
}

PastedActivityAnswers readPastedActivityAnswers(std::string_view text) {
  PastedActivityAnswers pasted;
  const auto readAll = [&](std::string_view content, const std::string& where) {
    bool any = false;
    for (const std::string_view prefix : {kBallotPrefix, kDraftAnswerPrefix}) {
      for (size_t from = 0;;) {
        const std::string_view code = findLinkCode(content, prefix, from);
        if (code.empty()) break;
        any = true;
        std::string problem;
        if (prefix == kBallotPrefix) {
          if (auto ballot = readBallot(code, problem)) pasted.ballots.push_back(std::move(*ballot));
          else pasted.problems.push_back(where + problem);
        } else {
          if (auto draft = readDraftAnswer(code, problem)) pasted.drafts.push_back(std::move(*draft));
          else pasted.problems.push_back(where + problem);
        }
        from = size_t(code.data() + code.size() - content.data());
      }
    }
    return any;
  };
  const std::string_view start = trimmed(text.substr(0, 200));
  if (!start.empty() && start.front() == '{') {
    const Json file = Json::parse(text, nullptr, false);
    if (file.is_object() && file.contains("format") && file["format"] == kAnswerFileFormat) {
      const std::string code = file.contains("answer") && file["answer"].is_string() ? file["answer"].get<std::string>() : "";
      if (!readAll(code, "The answer file: ")) pasted.problems.push_back("The answer file: it holds no ballot or draft answer");
      return pasted;
    }
  }
  size_t lineStart = 0;
  for (int line = 1; lineStart <= text.size(); ++line) {
    const size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
    const std::string_view content = text.substr(lineStart, lineEnd - lineStart);
    const std::string where = "Line " + std::to_string(line) + ": ";
    if (!readAll(content, where) && !isBlank(content)) {
      const bool invitation = !findLinkCode(content, kVoteInvitationPrefix).empty() || !findLinkCode(content, kDraftInvitationPrefix).empty();
      pasted.problems.push_back(where + (invitation ? "this is an invitation, not an answer"
                                                    : "this is not a ballot or draft answer of Growth Plan Studio"));
    }
    lineStart = lineEnd + 1;
  }
  return pasted;
}

std::string answerFileText(const BallotSubmission& submission) { return answerFile(ballotCode(submission)); }
std::string answerFileText(const DraftSubmission& submission) { return answerFile(draftAnswerCode(submission)); }

}  // namespace gp
