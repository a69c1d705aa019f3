#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/session/history.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z"};
const EditContext kBen{"Ben", "2027-01-05T10:00:00Z"};

History emptyHistory() { return History(Document{}, 11); }

GlossaryTerm term(std::string name, std::string definition = "") {
  GlossaryTerm t;
  t.name = std::move(name);
  t.definition = std::move(definition);
  return t;
}

}  // namespace

TEST_CASE("adding an entity assigns an id, stamps created and modified, and can be undone and redone") {
  History history = emptyHistory();
  const std::string id = history.addTerm(term("MQL"), kAna);
  REQUIRE(id.size() == 12);
  const GlossaryTerm* added = history.findTerm(id);
  REQUIRE(added);
  CHECK(added->meta.created == Stamp{"Ana", kAna.now});
  CHECK(added->meta.modified == Stamp{"Ana", kAna.now});
  CHECK(history.undoLabel() == "Add term “MQL”");

  const GlossaryTerm afterAdd = *added;
  CHECK(history.undo());
  CHECK(history.doc().glossary.empty());
  CHECK(history.redoLabel() == "Add term “MQL”");
  CHECK(history.redo());
  REQUIRE(history.doc().glossary.size() == 1);
  CHECK(history.doc().glossary[0] == afterAdd);
}

TEST_CASE("an entity's given id is kept unless it is already used") {
  History history = emptyHistory();
  Person person;
  person.meta.id = "ana";
  CHECK(history.addPerson(person, kAna) == "ana");
  const std::string second = history.addPerson(person, kAna);
  CHECK(second != "ana");
  CHECK(history.doc().people.size() == 2);
}

TEST_CASE("editing stamps modified, keeps created and id, and undo restores the exact old value") {
  History history = emptyHistory();
  const std::string id = history.addPerson(Person{{}, "Ana", Team::marketing}, kAna);
  const Person before = *history.findPerson(id);

  Person edited = before;
  edited.name = "Ana Silva";
  edited.team = Team::sales;
  edited.meta.created = Stamp{"someone else", "2000-01-01T00:00:00Z"};  // ignored: stamps belong to History
  history.updatePerson(edited, kBen);
  const Person* after = history.findPerson(id);
  CHECK(after->name == "Ana Silva");
  CHECK(after->team == Team::sales);
  CHECK(after->meta.created == before.meta.created);
  CHECK(after->meta.modified == Stamp{"Ben", kBen.now});
  CHECK(history.undoLabel() == "Edit person “Ana Silva”");

  history.undo();
  CHECK(*history.findPerson(id) == before);
}

TEST_CASE("deleting restores the entity at its original position on undo") {
  History history = emptyHistory();
  const std::string first = history.addSection(Section{{}, "First", Team::sales, ""}, kAna);
  const std::string middle = history.addSection(Section{{}, "Middle", Team::marketing, "body"}, kAna);
  history.addSection(Section{{}, "Last", Team::other, ""}, kAna);
  const Document before = history.doc();

  history.removeSection(middle, kBen);
  CHECK(history.doc().sections.size() == 2);
  CHECK(history.findSection(middle) == nullptr);
  CHECK(history.undoLabel() == "Delete section “Middle”");
  history.undo();
  CHECK(history.doc() == before);
  history.redo();
  CHECK(history.doc().sections[1].title == "Last");
  CHECK(history.findSection(first) != nullptr);
}

TEST_CASE("people, sections and terms each support delete with undo") {
  History history = emptyHistory();
  const std::string person = history.addPerson(Person{{}, "Ana", Team::marketing}, kAna);
  const std::string term = history.addTerm(::term("SQL"), kAna);
  const Document before = history.doc();
  history.removePerson(person, kAna);
  CHECK(history.undoLabel() == "Delete person “Ana”");
  history.removeTerm(term, kAna);
  CHECK(history.undoLabel() == "Delete term “SQL”");
  CHECK(history.doc().people.empty());
  CHECK(history.doc().glossary.empty());
  history.undo();
  history.undo();
  CHECK(history.doc() == before);
}

TEST_CASE("plan details edits are recorded and labelled") {
  History history = emptyHistory();
  PlanInfo plan = history.doc().plan;
  plan.title = "FY2027";
  history.setPlan(plan, kAna);
  CHECK(history.doc().plan.title == "FY2027");
  CHECK(history.doc().plan.meta.modified == Stamp{"Ana", kAna.now});
  CHECK(history.undoLabel() == "Edit plan details");
  history.undo();
  CHECK(history.doc().plan == PlanInfo{});
}

TEST_CASE("edits that change nothing are not recorded and do not bump the revision") {
  History history = emptyHistory();
  const std::string id = history.addTerm(term("MQL", "x"), kAna);
  const uint64_t revision = history.revision();
  GlossaryTerm same = *history.findTerm(id);
  same.meta.modified = Stamp{"stale", "1999-01-01T00:00:00Z"};  // meta differences alone are not edits
  history.updateTerm(same, kBen);
  history.setPlan(history.doc().plan, kBen);
  history.updateTerm(term("unknown id"), kBen);
  history.removeTerm("no-such-id", kBen);
  CHECK(history.revision() == revision);
  CHECK(history.undoLabel() == "Add term “MQL”");
  CHECK(history.findTerm(id)->meta.modified.by == "Ana");
}

TEST_CASE("a burst of typing with one merge key becomes one undo step that keeps the original value") {
  History history = emptyHistory();
  const std::string id = history.addTerm(term("MQL", ""), kAna);
  const GlossaryTerm original = *history.findTerm(id);
  const std::string key = "term:" + id + ":definition";
  GlossaryTerm typing = original;
  for (const char* text : {"A", "A l", "A lead"}) {
    typing.definition = text;
    history.updateTerm(typing, kAna, key);
  }
  CHECK(history.findTerm(id)->definition == "A lead");
  CHECK(history.undoLabel() == "Edit term “MQL”");
  history.undo();
  CHECK(*history.findTerm(id) == original);
  CHECK(history.undoLabel() == "Add term “MQL”");
}

TEST_CASE("seal ends a burst so the next edit with the same key is a new step") {
  History history = emptyHistory();
  const std::string id = history.addTerm(term("MQL", ""), kAna);
  const std::string key = "term:" + id + ":definition";
  GlossaryTerm typing = *history.findTerm(id);
  typing.definition = "first";
  history.updateTerm(typing, kAna, key);
  history.seal();
  typing.definition = "first second";
  history.updateTerm(typing, kAna, key);

  history.undo();
  CHECK(history.findTerm(id)->definition == "first");
  history.undo();
  CHECK(history.findTerm(id)->definition == "");
}

TEST_CASE("a different merge key or an edit without a key starts a new step") {
  History history = emptyHistory();
  const std::string id = history.addTerm(term("MQL", ""), kAna);
  GlossaryTerm edited = *history.findTerm(id);
  edited.definition = "d";
  history.updateTerm(edited, kAna, "definition");
  edited.name = "MQLs";
  history.updateTerm(edited, kAna, "name");
  edited.status = TermStatus::agreed;
  history.updateTerm(edited, kAna);
  edited.definition = "de";
  history.updateTerm(edited, kAna, "definition");

  int steps = 0;
  while (history.undo()) ++steps;
  CHECK(steps == 5);
}

TEST_CASE("a new edit clears redo") {
  History history = emptyHistory();
  history.addTerm(term("A"), kAna);
  history.addTerm(term("B"), kAna);
  history.undo();
  CHECK(history.canRedo());
  history.addTerm(term("C"), kAna);
  CHECK_FALSE(history.canRedo());
  CHECK(history.redoLabel().empty());
  CHECK_FALSE(history.redo());
}

TEST_CASE("undo after merging does not merge the next edit into a redone step") {
  History history = emptyHistory();
  const std::string id = history.addTerm(term("MQL"), kAna);
  GlossaryTerm edited = *history.findTerm(id);
  edited.definition = "one";
  history.updateTerm(edited, kAna, "k");
  history.undo();
  history.redo();
  edited.definition = "two";
  history.updateTerm(edited, kAna, "k");
  history.undo();
  CHECK(history.findTerm(id)->definition == "one");
}

TEST_CASE("the revision increases on every change, undo, redo and reset and never repeats") {
  History history = emptyHistory();
  uint64_t last = history.revision();
  const auto increased = [&] {
    const bool result = history.revision() > last;
    last = history.revision();
    return result;
  };
  const std::string id = history.addTerm(term("MQL"), kAna);
  CHECK(increased());
  GlossaryTerm edited = *history.findTerm(id);
  edited.definition = "a";
  history.updateTerm(edited, kAna, "k");
  CHECK(increased());
  edited.definition = "ab";
  history.updateTerm(edited, kAna, "k");  // merged, but the document still changed
  CHECK(increased());
  history.undo();
  CHECK(increased());
  history.redo();
  CHECK(increased());
  history.undo();
  history.undo();
  CHECK(increased());
  history.reset(Document{});
  CHECK(increased());
  CHECK_FALSE(history.canUndo());
  CHECK_FALSE(history.canRedo());
  CHECK_FALSE(history.undo());
  CHECK(history.revision() == last);
}

TEST_CASE("moving a section reorders, clamps at the ends, and undoes exactly") {
  History history = emptyHistory();
  const std::string a = history.addSection(Section{{}, "A", Team::sales, ""}, kAna);
  history.addSection(Section{{}, "B", Team::sales, ""}, kAna);
  history.addSection(Section{{}, "C", Team::sales, ""}, kAna);
  const Document before = history.doc();
  const auto titles = [&] {
    std::string result;
    for (const auto& section : history.doc().sections) result += section.title;
    return result;
  };

  history.moveSection(a, 1, kBen);
  CHECK(titles() == "BAC");
  CHECK(history.undoLabel() == "Move section “A”");
  history.moveSection(a, 10, kBen);
  CHECK(titles() == "BCA");
  const uint64_t revision = history.revision();
  history.moveSection(a, 1, kBen);  // already last: nothing happens
  CHECK(history.revision() == revision);
  history.moveSection(a, -5, kBen);
  CHECK(titles() == "ABC");

  history.undo();
  CHECK(titles() == "BCA");
  history.undo();
  history.undo();
  CHECK(history.doc() == before);
  history.redo();
  CHECK(titles() == "BAC");
}

TEST_CASE("labels quote long names shortened and leave out empty ones") {
  History history = emptyHistory();
  history.addSection(Section{}, kAna);
  CHECK(history.undoLabel() == "Add section");
  history.addTerm(term("A very long glossary term name that keeps going and going"), kAna);
  CHECK(history.undoLabel() == "Add term “A very long glossary term name that keep…”");
}

TEST_CASE("history keeps at most kMaxUndoSteps steps, dropping the oldest") {
  History history = emptyHistory();
  for (size_t i = 0; i < History::kMaxUndoSteps + 20; ++i) history.addTerm(term(std::to_string(i)), kAna);
  size_t steps = 0;
  while (history.undo()) ++steps;
  CHECK(steps == History::kMaxUndoSteps);
  CHECK(history.doc().glossary.size() == 20);
}

TEST_CASE("history can be moved and copied") {
  History history = emptyHistory();
  history.addTerm(term("MQL"), kAna);
  History copy = history;
  History moved = std::move(history);
  CHECK(copy.canUndo());
  CHECK(moved.undo());
  CHECK(moved.doc().glossary.empty());
  CHECK(copy.doc().glossary.size() == 1);
}

TEST_CASE("a new document has a fresh id, EUR, stamps and the three starter sections") {
  IdGenerator ids(8);
  const Document doc = newDocument(ids, kAna);
  CHECK(doc.plan.meta.id.size() == 12);
  CHECK(doc.plan.title.empty());
  CHECK(doc.plan.company.empty());
  CHECK(doc.plan.currency == "EUR");
  CHECK(doc.plan.meta.created == Stamp{"Ana", kAna.now});
  CHECK(doc.plan.meta.modified == Stamp{"Ana", kAna.now});
  CHECK(doc.people.empty());
  CHECK(doc.glossary.empty());
  REQUIRE(doc.sections.size() == 3);
  CHECK(doc.sections[0].title == "Shared goal");
  CHECK(doc.sections[0].owner == Team::leadership);
  CHECK(doc.sections[1].title == "Who we sell to");
  CHECK(doc.sections[1].owner == Team::marketing);
  CHECK(doc.sections[2].title == "How we work together");
  CHECK(doc.sections[2].owner == Team::sales);
  for (const auto& section : doc.sections) {
    CHECK_FALSE(section.body.empty());
    CHECK(section.body.find('\n') == std::string::npos);
    CHECK(section.meta.id != doc.plan.meta.id);
  }
  IdGenerator otherIds(9);
  CHECK(newDocument(otherIds, kAna).plan.meta.id != doc.plan.meta.id);
}

TEST_CASE("documents edited through history stay loadable") {
  IdGenerator ids(4);
  History history(newDocument(ids, kAna), 4);
  history.addPerson(Person{{}, "Zoë", Team::leadership}, kAna);
  history.addTerm(term("ICP", "Ideal customer profile"), kBen);
  history.removeSection(history.doc().sections[0].meta.id, kBen);
  CHECK(std::holds_alternative<Document>(loadDocument(saveDocument(history.doc()))));
}

TEST_CASE("ten thousand terms can be edited and undone without whole-document copies") {
  History history = emptyHistory();
  Document big;
  for (int i = 0; i < 10000; ++i) {
    GlossaryTerm t = term("T" + std::to_string(i));
    t.meta.id = "t" + std::to_string(i);
    big.glossary.push_back(t);
  }
  history.reset(big);
  GlossaryTerm edited = *history.findTerm("t9999");
  for (int i = 0; i < 300; ++i) {
    edited.definition = std::to_string(i);
    history.updateTerm(edited, kAna);
  }
  CHECK(history.findTerm("t9999")->definition == "299");
  while (history.undo()) {}
  CHECK(history.findTerm("t9999")->definition.empty());
}
