#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/session/history.h"
#include "core/growth/scenarios.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z"};
const EditContext kBen{"Ben", "2027-01-05T10:00:00Z"};

History newHistory() {
  IdGenerator ids(1);
  return History(newDocument(ids, kAna), 21);
}

}  // namespace

TEST_CASE("editing the growth assumptions is one undoable step") {
  History history = newHistory();
  const GrowthAssumptions before = history.doc().growth.assumptions;
  GrowthAssumptions edited = before;
  edited.target = 1500000;
  edited.stages[3].conversionRate = 0.27;
  const auto revision = history.revision();
  history.setGrowth(edited, kBen);
  CHECK(history.doc().growth.assumptions == edited);
  CHECK(history.revision() > revision);
  CHECK(history.undoLabel() == "Edit growth assumptions");
  CHECK(history.undo());
  CHECK(history.doc().growth.assumptions == before);
  CHECK(history.redoLabel() == "Edit growth assumptions");
  CHECK(history.redo());
  CHECK(history.doc().growth.assumptions == edited);

  const auto unchanged = history.revision();
  history.setGrowth(edited, kBen);  // no change, no step
  CHECK(history.revision() == unchanged);
}

TEST_CASE("typing into a growth field merges into one step until sealed") {
  History history = newHistory();
  const GrowthAssumptions before = history.doc().growth.assumptions;
  GrowthAssumptions edited = before;
  for (double target : {1.0, 15.0, 150.0, 1500.0}) {
    edited.target = target;
    history.setGrowth(edited, kAna, "growth:target");
  }
  history.seal();
  edited.averageDealSize = 1;
  history.setGrowth(edited, kAna, "growth:target");
  CHECK(history.undo());
  CHECK(history.doc().growth.assumptions.target == 1500);
  CHECK(history.undo());
  CHECK(history.doc().growth.assumptions == before);
  CHECK_FALSE(history.canUndo());
}

TEST_CASE("added stages and sources without an id, or with a repeated one, get a fresh id") {
  History history = newHistory();
  GrowthAssumptions edited = history.doc().growth.assumptions;
  edited.stages.insert(edited.stages.begin(), FunnelStage{"", "Visit", "", 0.03});
  edited.sources.push_back(LeadSource{"source-sales", "Partner", 0, false, {}});
  edited.budget.channels.push_back(Channel{"", "Events", 200, 0});
  history.setGrowth(edited, kAna);
  const GrowthAssumptions& stored = history.doc().growth.assumptions;
  CHECK(stored.stages[0].id.size() == 12);
  CHECK(stored.sources[2].id != "source-sales");
  CHECK_FALSE(stored.budget.channels[1].id.empty());
  CHECK(std::holds_alternative<Document>(loadDocument(saveDocument(history.doc()))));
}

TEST_CASE("scenarios are added, edited and deleted with undo, and compared with the base") {
  History history = newHistory();
  Scenario better{{}, "Win rate +2 points", history.doc().growth.assumptions};
  better.assumptions.stages[3].conversionRate = 0.27;
  const std::string id = history.addScenario(better, kAna);
  REQUIRE(history.findScenario(id));
  CHECK(history.findScenario(id)->meta.created == Stamp{"Ana", kAna.now});
  CHECK(history.undoLabel() == "Add scenario “Win rate +2 points”");
  CHECK(history.doc().plan.meta.id != id);

  Scenario renamed = *history.findScenario(id);
  renamed.name = "Win rate 27%";
  history.updateScenario(renamed, kBen, "scenario:" + id + ":name");
  CHECK(history.findScenario(id)->name == "Win rate 27%");
  CHECK(history.findScenario(id)->meta.modified == Stamp{"Ben", kBen.now});
  CHECK(history.undoLabel() == "Edit scenario “Win rate 27%”");

  const auto outcomes = compareScenarios(history.doc().growth, PlanPeriod{2027, 1, 12});
  REQUIRE(outcomes.size() == 2);
  CHECK(outcomes[0].name == "Base plan");
  CHECK(outcomes[0].waterfall.total.required[0] == 4000);
  CHECK(outcomes[1].id == id);
  // 40 wins / 27% = 148.1 opportunities -> 296.3 SQLs -> 740.7 MQLs -> 3,703.7 leads.
  CHECK(outcomes[1].waterfall.total.required == std::vector<double>{3704, 741, 297, 149, 40});
  CHECK(outcomes[1].budget.marketingLeads == 2223);

  const Document withScenario = history.doc();
  history.removeScenario(id, kBen);
  CHECK(history.doc().growth.scenarios.empty());
  CHECK(history.undoLabel() == "Delete scenario “Win rate 27%”");
  CHECK(history.undo());
  CHECK(history.doc() == withScenario);
  CHECK(history.undo());
  CHECK(history.findScenario(id)->name == "Win rate +2 points");
  CHECK(history.undo());
  CHECK(history.doc().growth.scenarios.empty());
  CHECK(history.redo());
  CHECK(history.redo());
  CHECK(history.redo());
  CHECK(history.doc().growth.scenarios.empty());
}

TEST_CASE("a scenario's id is unique across the document") {
  History history = newHistory();
  Scenario copy{{history.doc().plan.meta.id, {}, {}}, "Copy", history.doc().growth.assumptions};
  const std::string id = history.addScenario(copy, kAna);
  CHECK(id != history.doc().plan.meta.id);
  CHECK(std::holds_alternative<Document>(loadDocument(saveDocument(history.doc()))));
  Person person;
  person.meta.id = id;
  CHECK(history.addPerson(person, kAna) != id);
}
