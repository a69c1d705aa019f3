#include <doctest/doctest.h>

#include <set>

#include "core/model/ids.h"

using namespace gp;

TEST_CASE("ids are 12 characters of lowercase letters and digits") {
  IdGenerator ids(42);
  for (int i = 0; i < 1000; ++i) {
    const std::string id = ids.next();
    REQUIRE(id.size() == 12);
    for (char c : id) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')));
  }
}

TEST_CASE("ids do not repeat") {
  IdGenerator ids(1);
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i) seen.insert(ids.next());
  CHECK(seen.size() == 10000);
}

TEST_CASE("the same seed gives the same ids and different seeds differ") {
  IdGenerator first(99), second(99), other(100);
  const std::string id = first.next();
  CHECK(second.next() == id);
  CHECK(other.next() != id);
}

TEST_CASE("every character of the alphabet appears in generated ids") {
  IdGenerator ids(5);
  std::set<char> characters;
  for (int i = 0; i < 200; ++i)
    for (char c : ids.next()) characters.insert(c);
  CHECK(characters.size() == 36);
}
