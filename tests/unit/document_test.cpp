#include <doctest/doctest.h>

#include "core/model/document.h"

using namespace gp;

TEST_CASE("team names round-trip through teamFromName") {
  for (Team team : {Team::marketing, Team::sales, Team::leadership, Team::other})
    CHECK(teamFromName(teamName(team)) == team);
  CHECK(std::string(teamName(Team::leadership)) == "leadership");
  CHECK(std::string(teamLabel(Team::marketing)) == "Marketing");
}

TEST_CASE("term status names round-trip through termStatusFromName") {
  for (TermStatus status : {TermStatus::proposed, TermStatus::discussing, TermStatus::agreed, TermStatus::deprecated})
    CHECK(termStatusFromName(termStatusName(status)) == status);
  CHECK(std::string(termStatusLabel(TermStatus::discussing)) == "Discussing");
}

TEST_CASE("unknown or differently cased names are not accepted") {
  CHECK_FALSE(teamFromName("Marketing").has_value());
  CHECK_FALSE(teamFromName("").has_value());
  CHECK_FALSE(termStatusFromName("approved").has_value());
}

TEST_CASE("countEntities counts the plan and every person, section and term") {
  Document doc;
  CHECK(countEntities(doc) == 1);
  doc.people.resize(2);
  doc.sections.resize(3);
  doc.glossary.resize(4);
  CHECK(countEntities(doc) == 10);
}
