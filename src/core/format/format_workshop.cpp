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

FileJson entityJson(const Workshop& workshop) {
  FileJson json = startEntity(workshop.meta);
  json["title"] = workshop.title;
  json["date"] = workshop.date;
  json["agenda"] = arrayJson(workshop.agenda, [](const AgendaItem& item) {
    FileJson json = FileJson::object();
    json["id"] = item.id;
    json["title"] = item.title;
    json["minutes"] = item.minutes;
    json["link"] = item.link;
    json["notes"] = item.notes;
    return json;
  });
  finishEntity(json, workshop.meta);
  return json;
}

FileJson entityJson(const WorkshopNote& note) {
  FileJson json = startEntity(note.meta);
  json["workshopId"] = note.workshopId;
  json["kind"] = workshopNoteKindName(note.kind);
  json["text"] = note.text;
  finishEntity(json, note.meta);
  return json;
}

FileJson entityJson(const ActionItem& action) {
  FileJson json = startEntity(action.meta);
  json["workshopId"] = action.workshopId;
  json["title"] = action.title;
  json["ownerId"] = action.ownerId;
  json["due"] = action.due;
  json["status"] = actionStatusName(action.status);
  finishEntity(json, action.meta);
  return json;
}

void writeWorkshop(FileJson& file, const Document& doc) {
  if (!doc.diagnosticRounds.empty())
    file["diagnosticRounds"] = arrayJson(doc.diagnosticRounds, [](const DiagnosticRound& round) { return entityJson(round); });
  if (!doc.diagnosticAnswers.empty())
    file["diagnosticAnswers"] =
        arrayJson(doc.diagnosticAnswers, [](const DiagnosticAnswer& answer) { return entityJson(answer); });
  if (!doc.workshops.empty())
    file["workshops"] = arrayJson(doc.workshops, [](const Workshop& workshop) { return entityJson(workshop); });
  if (!doc.workshopNotes.empty())
    file["workshopNotes"] = arrayJson(doc.workshopNotes, [](const WorkshopNote& note) { return entityJson(note); });
  if (!doc.actions.empty())
    file["actions"] = arrayJson(doc.actions, [](const ActionItem& action) { return entityJson(action); });
  writeActivities(file, doc);
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

Workshop readWorkshopEntity(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "title", "date", "agenda", "created", "modified"});
  Workshop workshop;
  workshop.meta.id = reader.readId(object, node);
  workshop.title = object.string("title");
  workshop.date = FieldReader::readOptionalDate(object.field("date"));
  std::unordered_map<std::string, std::string> itemPaths;
  for (const auto& element : object.field("agenda").elements()) {
    ObjectReader item(element, {"id", "title", "minutes", "link", "notes"});
    AgendaItem agendaItem;
    const JsonNode idNode = item.field("id");
    agendaItem.id = idNode.string();
    if (agendaItem.id.empty()) idNode.fail("expected a non-empty id");
    if (const auto [first, isNew] = itemPaths.emplace(agendaItem.id, element.path()); !isNew)
      idNode.fail("duplicate id \"" + agendaItem.id + "\" (also used by " + first->second + ")");
    agendaItem.title = item.string("title");
    const JsonNode minutes = item.field("minutes");
    agendaItem.minutes = FieldReader::readWholeNumber(minutes);
    if (agendaItem.minutes < 1 || agendaItem.minutes > 24 * 60) minutes.fail("expected minutes from 1 to 1440");
    agendaItem.link = item.string("link");
    agendaItem.notes = item.string("notes");
    workshop.agenda.push_back(std::move(agendaItem));
  }
  FieldReader::readStamps(object, workshop.meta);
  return workshop;
}

WorkshopNote readNote(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "workshopId", "kind", "text", "created", "modified"});
  WorkshopNote note;
  note.meta.id = reader.readId(object, node);
  note.workshopId = object.string("workshopId");
  note.kind = FieldReader::readEnum(object.field("kind"), kAllWorkshopNoteKinds, workshopNoteKindName,
                                   workshopNoteKindFromName);
  note.text = object.string("text");
  FieldReader::readStamps(object, note.meta);
  return note;
}

ActionItem readAction(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "workshopId", "title", "ownerId", "due", "status", "created", "modified"});
  ActionItem action;
  action.meta.id = reader.readId(object, node);
  action.workshopId = object.string("workshopId");
  action.title = object.string("title");
  action.ownerId = object.string("ownerId");
  action.due = FieldReader::readOptionalDate(object.field("due"));
  action.status = FieldReader::readEnum(object.field("status"), kAllActionStatuses, actionStatusName, actionStatusFromName);
  FieldReader::readStamps(object, action.meta);
  return action;
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
  if (root.contains("workshops"))
    for (const auto& node : file.field("workshops").elements()) doc.workshops.push_back(readWorkshopEntity(reader, node));
  if (root.contains("workshopNotes"))
    for (const auto& node : file.field("workshopNotes").elements()) doc.workshopNotes.push_back(readNote(reader, node));
  if (root.contains("actions"))
    for (const auto& node : file.field("actions").elements()) doc.actions.push_back(readAction(reader, node));
  readActivities(reader, file, root, doc);
}

}  // namespace gp
