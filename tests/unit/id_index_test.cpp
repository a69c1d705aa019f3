// IdIndex answers as a search from the front answers: for fresh and out-of-date indexes, ids
// that repeat, and ids that are absent.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/session/id_index.h"

using namespace gp;

namespace {

struct Item {
  struct {
    std::string id;
  } meta;
};

std::optional<size_t> searched(const std::vector<Item>& list, const std::string& id) {
  for (size_t i = 0; i < list.size(); ++i)
    if (list[i].meta.id == id) return i;
  return std::nullopt;
}

}  // namespace

TEST_CASE("finding by id: the first entity with the id, fresh or out of date") {
  std::mt19937 random(7);
  const auto pick = [&](int high) { return std::uniform_int_distribution<int>(0, high)(random); };
  std::vector<Item> list;
  IdIndex index;
  uint64_t revision = 1;
  int hits = 0, outOfDateHits = 0;
  for (int round = 0; round < 3000; ++round) {
    const int change = pick(5);
    const std::string fresh = "id" + std::to_string(pick(60));  // a small pool: ids repeat now and then
    if (change == 0 || list.empty()) list.insert(list.begin() + pick(int(list.size())), Item{{fresh}});
    else if (change == 1) list.erase(list.begin() + pick(int(list.size()) - 1));
    else if (change == 2) std::swap(list[size_t(pick(int(list.size()) - 1))], list[size_t(pick(int(list.size()) - 1))]);
    else if (change == 3) list[size_t(pick(int(list.size()) - 1))].meta.id = fresh;
    // Mostly the revision moves on with the change; sometimes a lookup comes first (mid-edit).
    const bool upToDate = pick(3) != 0;
    if (upToDate) ++revision;
    for (int ask = 0; ask < 4; ++ask) {
      const std::string id = "id" + std::to_string(pick(70));
      const auto found = index.find(list, id, revision);
      const auto expected = searched(list, id);
      if (upToDate) {
        CHECK(found == expected);
      } else {
        // Out of date: the entity found has the id, and none is found where there is none.
        REQUIRE(found.has_value() == expected.has_value());
        if (found) CHECK(list[*found].meta.id == id);
      }
      if (found) ++(upToDate ? hits : outOfDateHits);
    }
  }
  CHECK(hits > 1000);
  CHECK(outOfDateHits > 300);
}
