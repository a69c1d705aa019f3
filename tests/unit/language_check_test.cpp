// The starter glossary and the language check on a crafted plan.
#include <doctest/doctest.h>

#include <set>

#include "core/format/format.h"
#include "core/glossary/glossary.h"
#include "core/session/history.h"
#include "core/glossary/language_check.h"
#include "core/glossary/starter_glossary.h"
#include "core/text/text_fold.h"
#include "test_support.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z"};

GlossaryTerm term(std::string id, std::string name, TermStatus status, std::string definition = "Defined.") {
  GlossaryTerm t;
  t.meta.id = std::move(id);
  t.name = std::move(name);
  t.status = status;
  t.definition = std::move(definition);
  return t;
}

Section section(std::string id, std::string title, std::string body) {
  Section s;
  s.meta.id = std::move(id);
  s.title = std::move(title);
  s.body = std::move(body);
  return s;
}

// Every kind of problem once, next to things that are fine.
Document craftedPlan() {
  Document doc;
  doc.plan.meta.id = "plan";
  doc.plan.currency = "EUR";
  doc.glossary = {
      term("lead", "Lead", TermStatus::agreed),
      term("mql", "MQL", TermStatus::agreed, ""),  // used, not defined
      term("sql", "SQL", TermStatus::discussing),
      term("win", "Win rate", TermStatus::deprecated),
      term("close", "Close rate", TermStatus::agreed),
      term("pipe", "Pipeline", TermStatus::proposed, "  "),  // unused: only "not agreed"
      term("old", "Booking", TermStatus::deprecated),
      term("lead2", "lead", TermStatus::agreed),
  };
  doc.glossary[1].aliases = {"Marketing qualified lead", "Hot lead"};
  doc.glossary[2].aliases = {"hot LEAD", "Pipeline"};
  doc.glossary[3].replacedBy = "close";
  doc.glossary[6].replacedBy = "gone";
  doc.sections = {
      section("s1", "Goal", "We need 1,400 MQLs and a 25% win rate, reported in EUR by the CFO. ARR and ARR again."),
      section("s2", "Handover", "Each Marketing Qualified Lead is called within a day; see the SLA. Leads matter."),
  };
  doc.growth.assumptions.stages = {FunnelStage{"st-lead", "Lead", "lead", 0.2},
                                   FunnelStage{"st-mql", "MQL", "mql", 0.4},
                                   FunnelStage{"st-x", "Demo", "", 0.5},
                                   FunnelStage{"st-won", "Won", "deleted", 0}};
  return doc;
}

}  // namespace

TEST_CASE("the starter glossary has at least 25 proposed terms with two-sided definitions") {
  const auto terms = starterGlossary();
  CHECK(terms.size() >= 25);
  std::set<std::string> names;
  std::set<TermCategory> categories;
  int differing = 0;
  for (const auto& t : terms) {
    CAPTURE(t.name);
    CHECK(names.insert(foldCase(t.name)).second);
    CHECK(t.status == TermStatus::proposed);
    CHECK_FALSE(t.definition.empty());
    CHECK_FALSE(t.marketingDefinition.empty());
    CHECK_FALSE(t.salesDefinition.empty());
    CHECK_FALSE(t.examples.empty());
    differing += t.marketingDefinition != t.salesDefinition;
    categories.insert(t.category);
    for (const auto& related : t.relatedTermIds) CHECK(findTermIndexByName(terms, related) >= 0);
  }
  CHECK(differing == static_cast<int>(terms.size()));
  CHECK(categories.size() == 6);
  for (const char* expected : {"Lead", "MQL", "SAL", "SQL", "Opportunity", "Pipeline", "Marketing-sourced",
                               "Marketing-touched", "Campaign", "ICP", "Persona", "Value proposition", "Win rate",
                               "Sales cycle"})
    CHECK(findTermIndexByName(terms, expected) >= 0);
  Document doc;
  doc.glossary = terms;
  for (const auto& issue : runLanguageCheck(doc))
    CHECK(issue.kind == LanguageIssueKind::notAgreed);  // no shared aliases or duplicate names
}

TEST_CASE("adding the starter glossary is one undo step that skips existing names and links related terms") {
  IdGenerator ids(6);
  History history(newDocument(ids, kAna), 6);
  GlossaryTerm mql;
  mql.name = "mql";
  history.addTerm(mql, kAna);
  const size_t added = history.addStarterGlossary(kAna);
  CHECK(added == starterGlossary().size() - 1);
  CHECK(history.doc().glossary.size() == added + 1);
  CHECK(history.undoLabel() == "Add " + std::to_string(added) + " starter glossary terms");
  const auto& lead = history.doc().glossary[static_cast<size_t>(findTermIndexByName(history.doc().glossary, "Lead"))];
  CHECK(lead.history.front().summary == "Added from the starter glossary");
  REQUIRE(lead.relatedTermIds.size() == 2);
  CHECK(history.findTerm(lead.relatedTermIds[0])->name == "mql");  // linked to the plan's own MQL
  CHECK(history.findTerm(lead.relatedTermIds[1])->name == "Campaign");
  CHECK(std::holds_alternative<Document>(loadDocument(saveDocument(history.doc()))));
  CHECK(history.addStarterGlossary(kAna) == 0);
  CHECK(history.undo());
  CHECK(history.doc().glossary.size() == 1);
}

TEST_CASE("the language check finds each kind of problem on a crafted plan, with where to jump") {
  const auto issues = runLanguageCheck(craftedPlan());
  std::vector<std::string> lines;
  for (const auto& issue : issues) {
    const char* kinds[] = {"section", "term", "stage"};
    lines.push_back(std::string(languageIssueKindName(issue.kind)) + " | " + issue.message + " | " +
                    kinds[static_cast<int>(issue.location.kind)] + ":" + issue.location.id + "." + issue.location.field +
                    "@" + std::to_string(issue.location.offset));
  }
  CHECK(lines == std::vector<std::string>{
                     "unlinked-stage | Funnel stage “Demo” is not linked to a glossary term | stage:st-x.glossaryTermId@0",
                     "unlinked-stage | Funnel stage “Won” is linked to a glossary term that no longer exists | "
                     "stage:st-won.glossaryTermId@0",
                     "unknown-acronym | “ARR” is used in section “Goal” but is not in the glossary | section:s1.body@67",
                     "unknown-acronym | “SLA” is used in section “Handover” but is not in the glossary | section:s2.body@62",
                     "undefined-term | “MQL” is used in funnel stage “MQL” and 2 more places but has no agreed "
                     "definition | term:mql.definition@0",
                     "not-agreed | “SQL” is not agreed yet (discussing) | term:sql.status@0",
                     "not-agreed | “Pipeline” is not agreed yet (proposed) | term:pipe.status@0",
                     "deprecated-term-used | “Win rate” in section “Goal” is deprecated; use “Close rate” instead | "
                     "section:s1.body@29",
                     "missing-replacement | “Booking” is replaced by a term that no longer exists | "
                     "term:old.replacedBy@0",
                     "duplicate-name | Two terms are called “lead” | term:lead2.name@0",
                     "shared-alias | “MQL” and “SQL” both use the alias “hot LEAD” | term:sql.aliases@0",
                     "shared-alias | The alias “Pipeline” of “SQL” is the name of another term | term:sql.aliases@0",
                 });
}
