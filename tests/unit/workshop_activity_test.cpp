// The activity feed tells what workshops left behind: action items added and completed.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/format/format.h"
#include "core/review/activity.h"
#include "core/session/history.h"
#include "test_support.h"

using namespace gp;

TEST_CASE("the activity feed lists action items added, edited and completed") {
  LoadResult loaded = loadDocument(test::readFile(test::assetPath("sample-plan.json")));
  REQUIRE(std::holds_alternative<Document>(loaded));
  History history(std::get<Document>(std::move(loaded)));
  const EditContext fia{"Fia", "2031-03-01T10:00:00Z", Team::leadership};
  const std::string workshopId = history.addWorkshop(Workshop{{}, "SLA kick-off", "2031-03-01", {}}, fia);
  const std::string actionId =
      history.addAction(ActionItem{{}, workshopId, "Write the SLA draft", "", "2031-03-08", ActionStatus::open}, fia);
  history.addWorkshopNote(WorkshopNote{{}, workshopId, WorkshopNoteKind::parked, "Partner leads"}, fia);

  const auto feed = [&](const std::string& since) { return planActivity(history.doc(), ActivityFilter{{}, since}, 100); };
  const auto has = [](const std::vector<ActivityItem>& items, const std::string& what) {
    return std::any_of(items.begin(), items.end(), [&](const ActivityItem& item) { return item.what == what; });
  };
  auto items = feed("2031-03-01");
  CHECK(has(items, "Added action item \xE2\x80\x9CWrite the SLA draft\xE2\x80\x9D"));
  CHECK(has(items, "Added workshop \xE2\x80\x9CSLA kick-off\xE2\x80\x9D"));
  CHECK(has(items, "Parked \xE2\x80\x9CPartner leads\xE2\x80\x9D"));
  const auto added = std::find_if(items.begin(), items.end(), [&](const ActivityItem& i) { return i.target == actionId; });
  REQUIRE(added != items.end());
  CHECK(added->team == Team::leadership);

  ActionItem action = history.doc().actions.back();
  action.status = ActionStatus::inProgress;
  history.updateAction(action, EditContext{"Sam", "2031-03-03T09:00:00Z", Team::sales});
  CHECK(has(feed("2031-03-03"), "Edited action item \xE2\x80\x9CWrite the SLA draft\xE2\x80\x9D (In progress)"));

  action.status = ActionStatus::done;
  history.seal();
  history.updateAction(action, EditContext{"Sam", "2031-03-05T09:00:00Z", Team::sales});
  items = feed("2031-03-05");
  REQUIRE(items.size() == 1);
  CHECK(items.front().what == "Completed action item \xE2\x80\x9CWrite the SLA draft\xE2\x80\x9D");
  CHECK(items.front().target == actionId);
  CHECK(items.front().team == Team::sales);
}
