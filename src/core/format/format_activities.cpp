// The workshop activities' part of the file (activities.h): "dotVotes" and "draftPrompts", only
// when there are some. Ballots and answers carry their person's key as "id", so the merge of two
// copies (merge.cpp, entity lists by id) keeps each person's ballot once.
#include <unordered_set>

#include "core/format/format_workshop.h"
#include "core/model/activities.h"

namespace gp {

FileJson entityJson(const DotVote& vote) {
  FileJson json = startEntity(vote.meta);
  json["workshopId"] = vote.workshopId;
  json["title"] = vote.title;
  json["options"] = arrayJson(vote.options, [](const VoteOption& option) {
    return FileJson{{"id", option.id}, {"label", option.label}, {"link", option.link}};
  });
  json["dotsPerPerson"] = vote.dotsPerPerson;
  json["anonymous"] = vote.anonymous;
  json["revealed"] = vote.revealed;
  json["ballots"] = arrayJson(vote.ballots, [](const Ballot& ballot) {
    FileJson json{{"id", ballot.voter}};
    if (!ballot.voterName.empty()) json["voterName"] = ballot.voterName;
    json["team"] = teamName(ballot.team);
    json["dots"] = stringsJson(ballot.dots);
    json["at"] = ballot.at;
    return json;
  });
  finishEntity(json, vote.meta);
  return json;
}

FileJson entityJson(const DraftPrompt& prompt) {
  FileJson json = startEntity(prompt.meta);
  json["workshopId"] = prompt.workshopId;
  json["question"] = prompt.question;
  json["termId"] = prompt.termId;
  json["revealed"] = prompt.revealed;
  json["answers"] = arrayJson(prompt.answers, [](const DraftAnswer& answer) {
    return FileJson{{"id", answer.respondent}, {"team", teamName(answer.team)}, {"text", answer.text}, {"at", answer.at}};
  });
  finishEntity(json, prompt.meta);
  return json;
}

void writeActivities(FileJson& file, const Document& doc) {
  if (!doc.dotVotes.empty()) file["dotVotes"] = arrayJson(doc.dotVotes, [](const DotVote& vote) { return entityJson(vote); });
  if (!doc.draftPrompts.empty())
    file["draftPrompts"] = arrayJson(doc.draftPrompts, [](const DraftPrompt& prompt) { return entityJson(prompt); });
}

namespace {

// Ids of a nested list: non-empty and unique within it.
std::string readNestedId(const ObjectReader& object, const JsonNode& element, std::unordered_set<std::string>& seen) {
  const JsonNode idNode = object.field("id");
  std::string id = idNode.string();
  if (id.empty()) idNode.fail("expected a non-empty id");
  if (!seen.insert(id).second) idNode.fail("duplicate id \"" + id + "\" in this list (" + element.path() + ")");
  return id;
}

DotVote readVote(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "workshopId", "title", "options", "dotsPerPerson", "anonymous", "revealed", "ballots",
                             "created", "modified"});
  DotVote vote;
  vote.meta.id = reader.readId(object, node);
  vote.workshopId = object.string("workshopId");
  vote.title = object.string("title");
  std::unordered_set<std::string> optionIds;
  for (const auto& element : object.field("options").elements()) {
    ObjectReader item(element, {"id", "label", "link"});
    VoteOption option;
    option.id = readNestedId(item, element, optionIds);
    option.label = item.string("label");
    option.link = item.string("link");
    vote.options.push_back(std::move(option));
  }
  const JsonNode dots = object.field("dotsPerPerson");
  vote.dotsPerPerson = FieldReader::readWholeNumber(dots);
  if (vote.dotsPerPerson < kMinDotsPerPerson || vote.dotsPerPerson > kMaxDotsPerPerson)
    dots.fail("expected dots per person from 1 to 10");
  vote.anonymous = FieldReader::readBool(object.field("anonymous"));
  vote.revealed = FieldReader::readBool(object.field("revealed"));
  std::unordered_set<std::string> voters;
  for (const auto& element : object.field("ballots").elements()) {
    ObjectReader item(element, {"id", "voterName", "team", "dots", "at"});
    Ballot ballot;
    ballot.voter = readNestedId(item, element, voters);
    if (element.value().contains("voterName")) ballot.voterName = item.string("voterName");
    ballot.team = FieldReader::readTeam(item.field("team"));
    // Dots on options since removed, or beyond a lowered limit, are not counted (voting.h) but
    // load: a merged copy may hold them.
    const JsonNode dotsNode = item.field("dots");
    ballot.dots = FieldReader::readStrings(dotsNode);
    if (ballot.dots.size() > size_t(kMaxDotsPerPerson)) dotsNode.fail("expected at most 10 dots");
    ballot.at = FieldReader::readOptionalTimestamp(item.field("at"));
    vote.ballots.push_back(std::move(ballot));
  }
  FieldReader::readStamps(object, vote.meta);
  return vote;
}

DraftPrompt readPrompt(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "workshopId", "question", "termId", "revealed", "answers", "created", "modified"});
  DraftPrompt prompt;
  prompt.meta.id = reader.readId(object, node);
  prompt.workshopId = object.string("workshopId");
  prompt.question = object.string("question");
  prompt.termId = object.string("termId");
  prompt.revealed = FieldReader::readBool(object.field("revealed"));
  std::unordered_set<std::string> respondents;
  for (const auto& element : object.field("answers").elements()) {
    ObjectReader item(element, {"id", "team", "text", "at"});
    DraftAnswer answer;
    answer.respondent = readNestedId(item, element, respondents);
    answer.team = FieldReader::readTeam(item.field("team"));
    answer.text = item.string("text");
    answer.at = FieldReader::readOptionalTimestamp(item.field("at"));
    prompt.answers.push_back(std::move(answer));
  }
  FieldReader::readStamps(object, prompt.meta);
  return prompt;
}

}  // namespace

void readActivities(FieldReader& reader, const ObjectReader& file, const FileJson& root, Document& doc) {
  if (root.contains("dotVotes"))
    for (const auto& node : file.field("dotVotes").elements()) doc.dotVotes.push_back(readVote(reader, node));
  if (root.contains("draftPrompts"))
    for (const auto& node : file.field("draftPrompts").elements()) doc.draftPrompts.push_back(readPrompt(reader, node));
}

}  // namespace gp
