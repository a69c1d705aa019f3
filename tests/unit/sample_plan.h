// The sample plan (assets/sample-plan.json) as a Document, for the tests that start from it.
#pragma once

#include <doctest/doctest.h>

#include <variant>

#include "core/format/format.h"
#include "test_support.h"

namespace gp::test {

inline Document samplePlan() {
  LoadResult loaded = loadDocument(readFile(assetPath("sample-plan.json")));
  REQUIRE(std::holds_alternative<Document>(loaded));
  return std::get<Document>(std::move(loaded));
}

}  // namespace gp::test
