// Workshop templates: every one has a usable agenda whose links open real pages.
#include <doctest/doctest.h>

#include <set>

#include "core/format/format.h"
#include "core/session/history.h"
#include "core/workshop/agenda_links.h"
#include "core/workshop/agenda_templates.h"
#include "test_support.h"

using namespace gp;

TEST_CASE("the four workshop templates each build a timeboxed agenda linked to real pages") {
  const std::vector<std::string> names = agendaTemplateNames();
  CHECK(names == std::vector<std::string>{"Define a lead together", "SLA kick-off", "Quarterly growth review",
                                          "Alignment diagnostic"});
  const Document empty;
  for (const auto& name : names) {
    INFO(name);
    const std::optional<Workshop> workshop = workshopFromTemplate(name, "2027-01-12");
    REQUIRE(workshop);
    CHECK(workshop->title == name);
    CHECK(workshop->date == "2027-01-12");
    REQUIRE_FALSE(workshop->agenda.empty());
    std::set<std::string> ids;
    int total = 0;
    for (const auto& item : workshop->agenda) {
      INFO(item.title);
      CHECK_FALSE(item.title.empty());
      CHECK_FALSE(item.notes.empty());
      CHECK(item.minutes > 0);
      CHECK_FALSE(item.id.empty());
      CHECK(ids.insert(item.id).second);
      CHECK(agendaLinkKind(empty, item.link) == AgendaLinkKind::page);
      total += item.minutes;
    }
    CHECK(total >= 60);
    CHECK(total <= 150);
  }
  CHECK_FALSE(workshopFromTemplate("Team offsite", ""));
}

TEST_CASE("a workshop from a template keeps its agenda through History and the file") {
  LoadResult loaded = loadDocument(test::readFile(test::assetPath("sample-plan.json")));
  REQUIRE(std::holds_alternative<Document>(loaded));
  History history(std::get<Document>(std::move(loaded)));
  const Workshop workshop = *workshopFromTemplate("SLA kick-off", "2027-01-12");
  const std::string id = history.addWorkshop(workshop, EditContext{"Fia", "2027-01-12T11:00:00Z", Team::leadership});
  const Workshop& added = history.doc().workshops.back();
  CHECK(added.meta.id == id);
  CHECK(added.agenda == workshop.agenda);  // template ids are unique already, so History keeps them
  LoadResult again = loadDocument(saveDocument(history.doc()));
  REQUIRE(std::holds_alternative<Document>(again));
  CHECK(std::get<Document>(again).workshops.back().agenda == workshop.agenda);
}

TEST_CASE("agenda links name pages and the plan's terms and sections, and notice deleted ones") {
  LoadResult loaded = loadDocument(test::readFile(test::assetPath("sample-plan.json")));
  REQUIRE(std::holds_alternative<Document>(loaded));
  const Document& doc = std::get<Document>(loaded);
  REQUIRE_FALSE(doc.glossary.empty());
  REQUIRE_FALSE(doc.sections.empty());
  CHECK(agendaLinkLabel(doc, "") == "");
  CHECK(agendaLinkLabel(doc, "view:sla") == "Service level agreement");
  CHECK(agendaLinkKind(doc, doc.glossary.front().meta.id) == AgendaLinkKind::term);
  CHECK(agendaLinkLabel(doc, doc.glossary.front().meta.id) == "Term \xE2\x80\x9C" + doc.glossary.front().name + "\xE2\x80\x9D");
  CHECK(agendaLinkKind(doc, doc.sections.front().meta.id) == AgendaLinkKind::section);
  CHECK(agendaLinkKind(doc, "view:nowhere") == AgendaLinkKind::missing);
  CHECK(agendaLinkLabel(doc, "gone-id") == "A deleted item");
}
