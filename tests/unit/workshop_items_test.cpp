// Workshops, their parking lot and decisions, and action items: edits, undo, the file, overdue.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/session/history.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

Document sample() { return test::samplePlan(); }

const EditContext kFacilitator{"Fia", "2027-01-12T11:00:00Z", Team::leadership};

}  // namespace

TEST_CASE("a workshop with its agenda, notes and action items saves, loads and undoes") {
  History history(sample());
  Workshop workshop{{}, "SLA kick-off", "2027-01-12", {{"", "Why an SLA", 10, "view:sla", ""}, {"", "Lead definition", 30, "", "MQL first"}}};
  const std::string workshopId = history.addWorkshop(workshop, kFacilitator);
  const Workshop* added = &history.doc().workshops.back();
  REQUIRE(added->agenda.size() == 2);
  CHECK_FALSE(added->agenda[0].id.empty());
  CHECK(added->agenda[0].id != added->agenda[1].id);  // empty ids get fresh, distinct ones

  const std::string ownerId = history.doc().people.front().meta.id;
  history.addWorkshopNote(WorkshopNote{{}, workshopId, WorkshopNoteKind::decision, "MQL means score 60+"}, kFacilitator);
  history.addWorkshopNote(WorkshopNote{{}, workshopId, WorkshopNoteKind::parked, "Partner leads"}, kFacilitator);
  history.addAction(ActionItem{{}, workshopId, "Write the SLA draft", ownerId, "2027-01-20", ActionStatus::open}, kFacilitator);

  const std::string file = saveDocument(history.doc());
  LoadResult loaded = loadDocument(file);
  REQUIRE(std::holds_alternative<Document>(loaded));
  CHECK(std::get<Document>(loaded) == history.doc());

  // Overdue: not done and due before today.
  const ActionItem& action = history.doc().actions.back();
  CHECK(isOverdue(action, "2027-01-21"));
  CHECK_FALSE(isOverdue(action, "2027-01-20"));
  ActionItem done = action;
  done.status = ActionStatus::done;
  CHECK_FALSE(isOverdue(done, "2027-02-01"));

  // Removing the owner clears the action's owner in the same step.
  history.removePerson(ownerId, kFacilitator);
  CHECK(history.doc().actions.back().ownerId.empty());
  REQUIRE(history.undo());
  CHECK(history.doc().actions.back().ownerId == ownerId);

  // Deleting the workshop keeps its notes and actions, unlinked; one undo links them again.
  history.removeWorkshop(workshopId, kFacilitator);
  CHECK(history.doc().workshops.empty());
  CHECK(history.doc().workshopNotes.size() == 2);
  CHECK(history.doc().workshopNotes[0].workshopId.empty());
  CHECK(history.doc().actions.back().workshopId.empty());
  REQUIRE(history.undo());
  CHECK(history.doc().workshops.size() == 1);
  CHECK(history.doc().actions.back().workshopId == workshopId);

  // A broken file names the field.
  std::string broken = file;
  const size_t minutes = broken.find("\"minutes\": 10,", broken.find("\"workshops\""));
  REQUIRE(minutes != std::string::npos);
  broken.replace(minutes, 14, "\"minutes\": 0,");
  loaded = loadDocument(broken);
  REQUIRE(std::holds_alternative<LoadError>(loaded));
  INFO(std::get<LoadError>(loaded).message);
  CHECK(std::get<LoadError>(loaded).message.find("agenda[0].minutes") != std::string::npos);
}
