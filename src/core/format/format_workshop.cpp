#include "core/format/format_workshop.h"

#include <unordered_map>

#include "core/workshop/diagnostic.h"

namespace gp {

FileJson entityJson(const DiagnosticRound& round) {
  FileJson json = startEntity(round.meta);
  json["label"] = round.label;
  json["date"] = round.date;
  finishEntity(json, round.meta);
  return json;
}

FileJson entityJson(const DiagnosticAnswer& answer) {
  FileJson json = startEntity(answer.meta);
  json["roundId"] = answer.roundId;
  json["respondent"] = answer.respondent;
  json["team"] = teamName(answer.team);
  json["scores"] = answer.scores;
  json["answeredAt"] = answer.answeredAt;
  finishEntity(json, answer.meta);
  return json;
}

void writeWorkshop(FileJson& file, const Document& doc) {
  if (!doc.diagnosticRounds.empty())
    file["diagnosticRounds"] = arrayJson(doc.diagnosticRounds, [](const DiagnosticRound& round) { return entityJson(round); });
  if (!doc.diagnosticAnswers.empty())
    file["diagnosticAnswers"] =
        arrayJson(doc.diagnosticAnswers, [](const DiagnosticAnswer& answer) { return entityJson(answer); });
}

namespace {

DiagnosticRound readRound(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "label", "date", "created", "modified"});
  DiagnosticRound round;
  round.meta.id = reader.readId(object, node);
  const JsonNode label = object.field("label");
  round.label = label.string();
  if (round.label.empty()) label.fail("expected the round's name, e.g. \"Kick-off\"");
  round.date = FieldReader::readOptionalDate(object.field("date"));
  FieldReader::readStamps(object, round.meta);
  return round;
}

DiagnosticAnswer readAnswer(FieldReader& reader, const JsonNode& node,
                            const std::unordered_map<std::string, bool>& roundIds) {
  ObjectReader object(node, {"id", "roundId", "respondent", "team", "scores", "answeredAt", "created", "modified"});
  DiagnosticAnswer answer;
  answer.meta.id = reader.readId(object, node);
  const JsonNode roundNode = object.field("roundId");
  answer.roundId = roundNode.string();
  if (!roundIds.count(answer.roundId)) roundNode.fail("expected the id of one of the file's diagnosticRounds");
  const JsonNode respondent = object.field("respondent");
  answer.respondent = respondent.string();
  if (answer.respondent.empty()) respondent.fail("expected the respondent's key");
  const JsonNode team = object.field("team");
  answer.team = FieldReader::readTeam(team);
  const JsonNode scores = object.field("scores");
  for (const auto& element : scores.elements()) {
    const int score = FieldReader::readWholeNumber(element);
    if (score < 1 || score > 5) element.fail("expected a score from 1 to 5");
    answer.scores.push_back(score);
  }
  if (const std::string problem = answerProblem(answer.team, answer.scores); !problem.empty())
    (answer.scores.size() == size_t(kDiagnosticStatementCount) ? team : scores).fail(problem);
  answer.answeredAt = FieldReader::readOptionalTimestamp(object.field("answeredAt"));
  FieldReader::readStamps(object, answer.meta);
  return answer;
}

}  // namespace

void readWorkshop(FieldReader& reader, const ObjectReader& file, const FileJson& root, Document& doc) {
  std::unordered_map<std::string, bool> roundIds;
  if (root.contains("diagnosticRounds"))
    for (const auto& node : file.field("diagnosticRounds").elements()) {
      doc.diagnosticRounds.push_back(readRound(reader, node));
      roundIds[doc.diagnosticRounds.back().meta.id] = true;
    }
  if (root.contains("diagnosticAnswers"))
    for (const auto& node : file.field("diagnosticAnswers").elements())
      doc.diagnosticAnswers.push_back(readAnswer(reader, node, roundIds));
}

}  // namespace gp
