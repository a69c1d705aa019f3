// Editing commitments, actuals and campaigns through History: one undo step per action, typing
// bursts merged, and removing a person never leaves a campaign pointing at no one.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/session/history.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z"};
const EditContext kBen{"Ben", "2027-01-06T10:00:00Z"};

History newHistory() {
  IdGenerator ids(1);
  return History(newDocument(ids, kAna), 33);
}

}  // namespace

TEST_CASE("a commitment is added, edited and removed in undoable steps, stamped with who and when") {
  History history = newHistory();
  Commitment mqls;
  mqls.owner = Team::marketing;
  mqls.metric = "MQLs delivered per quarter";
  mqls.target = 1200;
  const std::string id = history.addCommitment(mqls, kAna);
  REQUIRE(history.findCommitment(id) != nullptr);
  CHECK(history.findCommitment(id)->meta.created == Stamp{"Ana", kAna.now});
  CHECK(history.undoLabel() == "Add commitment “MQLs delivered per quarter”");

  Commitment edited = *history.findCommitment(id);
  for (double target : {1.0, 13.0, 130.0, 1300.0}) {
    edited.target = target;
    history.updateCommitment(edited, kBen, "commitment:" + id + ":target");
  }
  history.seal();
  CHECK(history.findCommitment(id)->target == 1300);
  CHECK(history.findCommitment(id)->meta.modified == Stamp{"Ben", kBen.now});
  CHECK(history.undoLabel() == "Edit commitment “MQLs delivered per quarter”");
  CHECK(history.undo());
  CHECK(history.findCommitment(id)->target == 1200);
  CHECK(history.redo());
  CHECK(history.findCommitment(id)->target == 1300);

  history.removeCommitment(id, kBen);
  CHECK(history.findCommitment(id) == nullptr);
  CHECK(history.undoLabel() == "Delete commitment “MQLs delivered per quarter”");
  CHECK(history.undo());
  CHECK(history.findCommitment(id)->target == 1300);
}

TEST_CASE("actuals are set per period, kept in period order, and typing one is one step") {
  History history = newHistory();
  Commitment feedback;
  feedback.owner = Team::sales;
  feedback.metric = "Feedback on every MQL within";
  feedback.unit = MetricUnit::days;
  feedback.direction = Direction::atMost;
  feedback.target = 5;
  const std::string id = history.addCommitment(feedback, kAna);

  history.setActual(id, "2027-Q2", 6, kBen);
  for (double value : {4.0, 4.5})
    history.setActual(id, "2027-Q1", value, kBen, "commitment:" + id + ":actual:2027-Q1");
  history.seal();
  const auto& actuals = history.findCommitment(id)->actuals;
  REQUIRE(actuals.size() == 2);
  CHECK(actuals[0] == PeriodActual{"2027-Q1", 4.5});
  CHECK(actuals[1] == PeriodActual{"2027-Q2", 6});

  history.setActual(id, "2027-Q2", 5, kBen);
  CHECK(history.findCommitment(id)->actuals[1].value == 5);
  history.removeActual(id, "2027-Q1", kBen);
  CHECK(history.findCommitment(id)->actuals == std::vector<PeriodActual>{{"2027-Q2", 5}});
  CHECK(history.undo());
  CHECK(history.undo());
  CHECK(history.undo());  // the typed Q1 value, as one step
  CHECK(history.findCommitment(id)->actuals == std::vector<PeriodActual>{{"2027-Q2", 6}});

  const auto revision = history.revision();
  history.setActual("no-such-commitment", "2027-Q1", 1, kBen);
  history.removeActual(id, "2027-Q4", kBen);  // nothing there: no step
  CHECK(history.revision() == revision);
}

TEST_CASE("a campaign is added, edited and removed in undoable steps; channels are kept once, in order") {
  History history = newHistory();
  Campaign webinar;
  webinar.name = "Spring webinar series";
  webinar.channels = {CampaignChannel::webinars, CampaignChannel::email, CampaignChannel::webinars};
  webinar.budget = 40000;
  const std::string id = history.addCampaign(webinar, kAna);
  CHECK(history.findCampaign(id)->channels ==
        std::vector<CampaignChannel>{CampaignChannel::email, CampaignChannel::webinars});
  CHECK(history.undoLabel() == "Add campaign “Spring webinar series”");

  Campaign edited = *history.findCampaign(id);
  for (const char* name : {"S", "Sp", "Spr"}) {
    edited.name = name;
    history.updateCampaign(edited, kBen, "campaign:" + id + ":name");
  }
  history.seal();
  CHECK(history.undoLabel() == "Edit campaign “Spr”");
  CHECK(history.undo());
  CHECK(history.findCampaign(id)->name == "Spring webinar series");

  history.removeCampaign(id, kBen);
  CHECK(history.doc().campaigns.empty());
  CHECK(history.undo());
  CHECK(history.findCampaign(id)->budget == 40000);
  CHECK(history.doc().campaigns.size() == 1);
}

TEST_CASE("new commitments and campaigns never take an id already used in the document") {
  History history = newHistory();
  Campaign copy;
  copy.meta.id = history.doc().plan.meta.id;
  const std::string id = history.addCampaign(copy, kAna);
  CHECK(id != history.doc().plan.meta.id);
  Commitment clash;
  clash.meta.id = id;
  CHECK(history.addCommitment(clash, kAna) != id);
  CHECK(std::holds_alternative<Document>(loadDocument(saveDocument(history.doc()))));
}

TEST_CASE("removing a person clears them from the campaigns they owned, and undo brings both back") {
  History history = newHistory();
  Person priya;
  priya.name = "Priya";
  priya.team = Team::marketing;
  const std::string priyaId = history.addPerson(priya, kAna);
  Person marcus;
  marcus.name = "Marcus";
  marcus.team = Team::sales;
  const std::string marcusId = history.addPerson(marcus, kAna);
  Campaign launch;
  launch.name = "Product launch";
  launch.marketingOwnerId = priyaId;
  launch.salesOwnerId = marcusId;
  const std::string id = history.addCampaign(launch, kAna);
  Campaign other;
  other.name = "Partner day";
  other.salesOwnerId = marcusId;
  const std::string otherId = history.addCampaign(other, kAna);

  history.removePerson(marcusId, kBen);
  CHECK(history.findPerson(marcusId) == nullptr);
  CHECK(history.findCampaign(id)->marketingOwnerId == priyaId);
  CHECK(history.findCampaign(id)->salesOwnerId.empty());
  CHECK(history.findCampaign(otherId)->salesOwnerId.empty());
  CHECK(history.findCampaign(id)->meta.modified == Stamp{"Ben", kBen.now});
  CHECK(history.undoLabel() == "Delete person “Marcus”");

  CHECK(history.undo());
  CHECK(history.findPerson(marcusId) != nullptr);
  CHECK(history.findCampaign(id)->salesOwnerId == marcusId);
  CHECK(history.findCampaign(otherId)->salesOwnerId == marcusId);
  CHECK(history.redo());
  CHECK(history.findCampaign(otherId)->salesOwnerId.empty());
}
