#include <doctest/doctest.h>

#include <random>
#include <set>

#include "core/merge/merge.h"
#include "core/merge/record_changes.h"

using gp::OrderedJson;

namespace {

OrderedJson term(const std::string& id, const std::string& name, const std::string& definition) {
  return OrderedJson{{"id", id},
                     {"name", name},
                     {"definition", definition},
                     {"modified", {{"by", "base"}, {"at", "2027-01-01T00:00:00Z"}}}};
}

OrderedJson basePlan() {
  OrderedJson doc = OrderedJson::object();
  doc["format"] = "growth-plan";
  doc["schemaVersion"] = 4;
  doc["plan"] = {{"id", "plan1"}, {"title", "FY27"}, {"company", "Northwind"}};
  doc["glossary"] = OrderedJson::array();
  for (int i = 0; i < 5; ++i)
    doc["glossary"].push_back(term("t" + std::to_string(i), "Term " + std::to_string(i), "def " + std::to_string(i)));
  return doc;
}

// A copy of a plan, edited and saved (stamped) as a person in one browser would.
struct Copy {
  OrderedJson doc;
  gp::SyncState sync;
  std::string replica;
  std::set<std::string> written;  // paths this copy wrote (fields) since the common version
  std::set<std::string> deletedIds;
  int clock = 0;

  void save(const OrderedJson& before) { gp::recordChanges(before, doc, replica, sync); }

  OrderedJson* find(const std::string& id) {
    for (auto& t : doc["glossary"])
      if (t["id"] == id) return &t;
    return nullptr;
  }

  void setField(const std::string& id, const std::string& field, const std::string& value) {
    const OrderedJson before = doc;
    OrderedJson* t = find(id);
    (*t)[field] = value;
    (*t)["modified"] = {{"by", replica}, {"at", "2027-02-0" + std::to_string(1 + (++clock % 9)) + "T00:00:00Z"}};
    written.insert("glossary/" + id + "/" + field);
    save(before);
  }
};

gp::JsonMerge mergeWithSync(const Copy& a, const Copy& b) {
  return gp::mergeJson(a.doc, b.doc, gp::SyncOracle(a.sync, b.sync));
}

}  // namespace

TEST_CASE("changes to different fields of one term combine") {
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  a.setField("t1", "name", "MQL");
  b.setField("t1", "definition", "A lead marketing vouches for");
  const auto result = mergeWithSync(a, b);
  CHECK(result.conflicts.empty());
  CHECK(result.merged["glossary"][1]["name"] == "MQL");
  CHECK(result.merged["glossary"][1]["definition"] == "A lead marketing vouches for");
}

TEST_CASE("the same field changed differently on both sides is a conflict that lists both values") {
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  a.setField("t2", "definition", "ours");
  b.setField("t2", "definition", "theirs");
  const auto result = mergeWithSync(a, b);
  REQUIRE(result.conflicts.size() == 1);
  CHECK(result.conflicts[0].path == "glossary/t2/definition");
  CHECK(result.conflicts[0].label == "Glossary \xE2\x80\xBA Term 2 \xE2\x80\xBA Definition");
  REQUIRE(result.conflicts[0].options.size() == 2);
  std::set<std::string> values{result.conflicts[0].options[0].value.get<std::string>(),
                               result.conflicts[0].options[1].value.get<std::string>()};
  CHECK(values == std::set<std::string>{"ours", "theirs"});
  // The later edit stays in the plan until someone decides; the same from both sides.
  CHECK(result.merged == mergeWithSync(b, a).merged);
}

TEST_CASE("the same change on both sides is no conflict") {
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  a.setField("t0", "name", "Lead");
  b.setField("t0", "name", "Lead");
  CHECK(mergeWithSync(a, b).conflicts.empty());
}

TEST_CASE("a deletion against an edit is a conflict, a deletion alone is applied") {
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  const OrderedJson before = a.doc;
  a.doc["glossary"].erase(3);
  a.doc["glossary"].erase(0);
  a.save(before);
  b.setField("t3", "name", "SQL");
  const auto result = mergeWithSync(a, b);
  REQUIRE(result.conflicts.size() == 1);
  CHECK(result.conflicts[0].path == "glossary/t3");
  CHECK(result.merged["glossary"].size() == 4);  // t0 gone, t3 kept until decided
  for (const auto& t : result.merged["glossary"]) CHECK(t["id"] != "t0");
}

TEST_CASE("a list the file leaves out when empty merges entity by entity, never as a whole") {
  // Found by merge_copies_fuzzer: one copy withdrew the plan's only sign-off, so its file has no
  // "signOffs" at all; merging the other copy (again) listed the whole list as a conflict.
  const OrderedJson signOff = {{"id", "so1"}, {"target", "plan"}, {"team", "leadership"}, {"fingerprint", "32c99525fa5831cf"},
                               {"created", {{"by", "Ben"}, {"at", "2027-02-01T10:00:00Z"}}}};
  OrderedJson base = basePlan();
  base["signOffs"] = OrderedJson::array({signOff});
  Copy a{base, {}, "a"}, b{base, {}, "b"};
  const OrderedJson before = a.doc;
  a.doc.erase("signOffs");
  a.save(before);
  for (const auto& result : {mergeWithSync(a, b), mergeWithSync(b, a)}) {
    CHECK(result.conflicts.empty());
    CHECK((!result.merged.contains("signOffs") || result.merged["signOffs"].empty()));
  }

  // A list only one copy has (added since the copies parted) arrives whole, without a conflict.
  Copy c{basePlan(), {}, "c"}, d{basePlan(), {}, "d"};
  const OrderedJson plain = c.doc;
  c.doc["signOffs"] = OrderedJson::array({signOff});
  c.save(plain);
  for (const auto& result : {mergeWithSync(c, d), mergeWithSync(d, c)}) {
    CHECK(result.conflicts.empty());
    REQUIRE(result.merged.contains("signOffs"));
    CHECK(result.merged["signOffs"] == OrderedJson::array({signOff}));
  }
}

TEST_CASE("a list reordered and then emptied in one copy takes the other copy's new entity without a conflict") {
  // The reordering left a write of the list's order; emptying it later is recorded entity by
  // entity. The order write alone does not mean "this copy emptied the list".
  const auto signOff = [](const std::string& id, const std::string& team) {
    return OrderedJson{{"id", id}, {"target", "plan"}, {"team", team}, {"fingerprint", "32c99525fa5831cf"},
                       {"created", {{"by", "Ben"}, {"at", "2027-02-01T10:00:00Z"}}}};
  };
  OrderedJson base = basePlan();
  base["signOffs"] = OrderedJson::array({signOff("so1", "marketing"), signOff("so2", "sales")});
  Copy a{base, {}, "a"}, b{base, {}, "b"};
  OrderedJson before = a.doc;
  std::swap(a.doc["signOffs"][0], a.doc["signOffs"][1]);
  a.save(before);
  REQUIRE(a.sync.writes.count("signOffs/#order"));
  before = a.doc;
  a.doc.erase("signOffs");
  a.save(before);
  before = b.doc;
  b.doc["signOffs"].push_back(signOff("so3", "leadership"));
  b.save(before);
  for (const auto& result : {mergeWithSync(a, b), mergeWithSync(b, a)}) {
    CHECK(result.conflicts.empty());
    REQUIRE(result.merged.contains("signOffs"));
    CHECK(result.merged["signOffs"] == OrderedJson::array({signOff("so3", "leadership")}));
  }
}

TEST_CASE("terms added on both sides all arrive, in a position that does not depend on who merges") {
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  OrderedJson before = a.doc;
  a.doc["glossary"].insert(a.doc["glossary"].begin() + 2, term("xa", "Pipeline", ""));
  a.save(before);
  before = b.doc;
  b.doc["glossary"].push_back(term("xb", "Win rate", ""));
  b.save(before);
  const auto ab = mergeWithSync(a, b), ba = mergeWithSync(b, a);
  CHECK(ab.merged == ba.merged);
  REQUIRE(ab.merged["glossary"].size() == 7);
  CHECK(ab.merged["glossary"][2]["id"] == "xa");
  CHECK(ab.merged["glossary"][6]["id"] == "xb");
}

TEST_CASE("a reordering on one side is kept") {
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  const OrderedJson before = a.doc;
  std::swap(a.doc["glossary"][0], a.doc["glossary"][4]);
  a.save(before);
  b.setField("t2", "name", "Opportunity");
  const auto result = mergeWithSync(b, a);
  CHECK(result.merged["glossary"][0]["id"] == "t4");
  CHECK(result.merged["glossary"][4]["id"] == "t0");
  CHECK(result.merged["glossary"][2]["name"] == "Opportunity");
}

TEST_CASE("the three-way merge uses the common ancestor") {
  const OrderedJson base = basePlan();
  OrderedJson ours = base, theirs = base;
  ours["plan"]["title"] = "FY27 joint plan";
  theirs["glossary"][1]["definition"] = "changed";
  ours["glossary"][4]["name"] = "A";
  theirs["glossary"][4]["name"] = "B";
  const auto result = gp::mergeJson(ours, theirs, gp::ThreeWayOracle(base, ours, theirs));
  CHECK(result.merged["plan"]["title"] == "FY27 joint plan");
  CHECK(result.merged["glossary"][1]["definition"] == "changed");
  REQUIRE(result.conflicts.size() == 1);
  CHECK(result.conflicts[0].path == "glossary/t4/name");
}

TEST_CASE("paths escape separators inside ids") {
  CHECK(gp::childPath("glossary", "a/b#c~") == "glossary/a~1b~2c~0");
  OrderedJson doc = {{"glossary", OrderedJson::array({term("a/b", "x", "y")})}};
  CHECK(gp::valueAt(doc, "glossary/a~1b/name") == OrderedJson("x"));
  CHECK(gp::valueAt(doc, "glossary/#order") == OrderedJson::array({"a/b"}));
  CHECK_FALSE(gp::valueAt(doc, "glossary/missing").has_value());
}

TEST_CASE("dots are read back from text and rejected when malformed") {
  CHECK(gp::dotFromText("r7k2:12") == gp::Dot{"r7k2", 12});
  CHECK_FALSE(gp::dotFromText("r7k2").has_value());
  CHECK_FALSE(gp::dotFromText(":3").has_value());
  CHECK_FALSE(gp::dotFromText("a:0").has_value());
  CHECK_FALSE(gp::dotFromText("a:1x").has_value());
}

// Random edit histories on two copies of one plan: the merge must commute, be idempotent, never
// drop a change only one side made, and report conflicts exactly where both sides wrote a field
// with different results.
TEST_CASE("merge properties over random edit histories") {
  const char* pool[] = {"alpha", "beta", "gamma", "delta"};
  for (unsigned seed = 1; seed <= 400; ++seed) {
    CAPTURE(seed);
    std::mt19937 rng(seed);
    const OrderedJson base = basePlan();
    gp::SyncState common;
    gp::recordChanges(OrderedJson::object(), base, "origin", common);
    Copy a{base, common, "a"}, b{base, common, "b"};
    for (Copy* copy : {&a, &b}) {
      const int edits = 1 + static_cast<int>(rng() % 6);
      for (int e = 0; e < edits; ++e) {
        auto& list = copy->doc["glossary"];
        const int kind = static_cast<int>(rng() % 10);
        if (list.empty() || kind < 6) {
          if (list.empty()) break;
          const std::string id = list[rng() % list.size()]["id"];
          copy->setField(id, rng() % 2 ? "name" : "definition", pool[rng() % 4]);
        } else if (kind < 8) {
          const OrderedJson before = copy->doc;
          list.insert(list.begin() + static_cast<long>(rng() % (list.size() + 1)),
                      term(copy->replica + std::to_string(e), pool[rng() % 4], ""));
          copy->save(before);
        } else if (kind < 9) {
          const OrderedJson before = copy->doc;
          const size_t index = rng() % list.size();
          copy->deletedIds.insert(list[index]["id"].get<std::string>());
          list.erase(index);
          copy->save(before);
        } else if (list.size() > 1) {
          const OrderedJson before = copy->doc;
          std::swap(list[rng() % list.size()], list[rng() % list.size()]);
          copy->save(before);
        }
      }
    }
    const auto ab = mergeWithSync(a, b);
    const auto ba = mergeWithSync(b, a);
    CHECK(ab.merged == ba.merged);
    CHECK(ab.conflicts == ba.conflicts);

    // Conflicts exactly where both wrote a field of a term both still have, and differ.
    std::set<std::string> expected;
    for (const auto& path : a.written)
      if (b.written.count(path) && gp::valueAt(a.doc, path) && gp::valueAt(b.doc, path) &&
          gp::valueAt(a.doc, path) != gp::valueAt(b.doc, path))
        expected.insert(path);
    std::set<std::string> fieldConflicts;
    for (const auto& c : ab.conflicts)
      if (c.path.find('/', 9) != std::string::npos) fieldConflicts.insert(c.path);
    CHECK(fieldConflicts == expected);

    // Nothing only one side changed is dropped.
    for (const Copy* side : {&a, &b}) {
      const Copy& other = side == &a ? b : a;
      for (const auto& path : side->written) {
        const auto mine = gp::valueAt(side->doc, path);
        if (!mine || other.written.count(path)) continue;
        const std::string id = path.substr(9, path.find('/', 9) - 9);
        if (other.deletedIds.count(id)) continue;  // a deletion conflict keeps the edited term
        CHECK(gp::valueAt(ab.merged, path) == mine);
      }
    }

    // With the common ancestor (git), the merge commutes too and keeps one-sided changes.
    const auto threeAb = gp::mergeJson(a.doc, b.doc, gp::ThreeWayOracle(base, a.doc, b.doc));
    const auto threeBa = gp::mergeJson(b.doc, a.doc, gp::ThreeWayOracle(base, b.doc, a.doc));
    CHECK(threeAb.merged == threeBa.merged);
    CHECK(threeAb.conflicts == threeBa.conflicts);
    for (const auto& [path, value] : gp::flatten(a.doc).leaves)
      if (gp::valueAt(b.doc, path) == gp::valueAt(base, path) && gp::valueAt(base, path) &&
          !path.ends_with("#order") && path.find("modified") == std::string::npos)
        CHECK(gp::valueAt(threeAb.merged, path) == value);

    // Merging the same copy again changes nothing.
    Copy merged{ab.merged, gp::mergeSyncStates(a.sync, b.sync, a.doc, b.doc, ab.merged), "m"};
    for (const Copy* side : {&a, &b}) {
      const auto again = gp::mergeJson(merged.doc, side->doc, gp::SyncOracle(merged.sync, side->sync));
      CHECK(again.merged == merged.doc);
    }
  }
}

TEST_CASE("a term's change history is the union of both copies', oldest first, each change once") {
  const auto change = [](const std::string& at, const std::string& by) {
    return OrderedJson{{"at", at}, {"by", by}, {"field", "definition"}, {"summary", "edited"}};
  };
  Copy a{basePlan(), {}, "a"}, b{basePlan(), {}, "b"};
  const OrderedJson shared = OrderedJson::array({change("2027-01-02T00:00:00Z", "base")});
  for (Copy* copy : {&a, &b}) (*copy->find("t1"))["history"] = shared;
  const OrderedJson common = a.doc;
  (*a.find("t1"))["history"].push_back(change("2027-02-05T00:00:00Z", "a"));
  (*b.find("t1"))["history"].push_back(change("2027-02-03T00:00:00Z", "b"));
  a.save(common);
  b.save(common);
  const OrderedJson united = mergeWithSync(a, b).merged["glossary"][1]["history"];
  REQUIRE(united.size() == 3);
  CHECK(united[0]["by"] == "base");
  CHECK(united[1]["by"] == "b");
  CHECK(united[2]["by"] == "a");

  SUBCASE("equal histories out of time order, or with a change twice, come out in order, each once") {
    Copy c{basePlan(), {}, "c"}, d{basePlan(), {}, "d"};
    const OrderedJson unordered = OrderedJson::array(
        {change("2027-03-01T00:00:00Z", "x"), change("2027-01-01T00:00:00Z", "y"), change("2027-01-01T00:00:00Z", "y")});
    for (Copy* copy : {&c, &d}) (*copy->find("t1"))["history"] = unordered;
    (*c.find("t1"))["name"] = "Changed here";
    const OrderedJson history = mergeWithSync(c, d).merged["glossary"][1]["history"];
    REQUIRE(history.size() == 2);
    CHECK(history[0]["by"] == "y");
    CHECK(history[1]["by"] == "x");
  }
}

TEST_CASE("survivorsReordered looks only at where two lists differ, and answers as a comparison of all their survivors") {
  // The reference: the ids both lists hold, in each list's order, compared whole.
  const auto reference = [](const std::vector<std::string>& before, const std::vector<std::string>& after) {
    const std::set<std::string> inBefore(before.begin(), before.end()), inAfter(after.begin(), after.end());
    std::vector<std::string> a, b;
    for (const auto& id : before)
      if (inAfter.count(id)) a.push_back(id);
    for (const auto& id : after)
      if (inBefore.count(id)) b.push_back(id);
    return a != b;
  };
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string> before;
    const int size = static_cast<int>(random() % 12);
    for (int i = 0; i < size; ++i) before.push_back("e" + std::to_string(i));
    std::vector<std::string> after = before;
    for (int edit = static_cast<int>(random() % 4); edit > 0; --edit) {
      const int kind = static_cast<int>(random() % 3);
      if (kind == 0 && !after.empty()) after.erase(after.begin() + static_cast<long>(random() % after.size()));
      if (kind == 1) after.insert(after.begin() + static_cast<long>(random() % (after.size() + 1)), "n" + std::to_string(round * 10 + edit));
      if (kind == 2 && after.size() > 1) std::swap(after[random() % after.size()], after[random() % after.size()]);
    }
    CAPTURE(round);
    CHECK(gp::survivorsReordered(before, after) == reference(before, after));
    CHECK(gp::survivorsReordered(after, before) == reference(after, before));
  }
}
