// Shared by the libFuzzer harnesses: seed plans from tests/data and checks that report a finding.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>

#include "core/format/format.h"

#ifndef GP_TEST_DATA_DIR
#define GP_TEST_DATA_DIR "tests/data"
#endif

namespace gp::fuzz {

// A broken property is a finding: abort, so libFuzzer saves the input as a crash artifact.
[[noreturn]] inline void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "FUZZ FINDING: %s\n%s\n", what, detail.c_str());
  std::abort();
}

inline void require(bool condition, const char* what, const std::string& detail = {}) {
  if (!condition) fail(what, detail);
}

// A plan from tests/data (e.g. "valid/new-plan.json"); the harness cannot run without it.
inline Document seedPlan(const std::string& relative) {
  const std::string path = std::string(GP_TEST_DATA_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("seed plan missing", path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LoadResult loaded = loadDocument(text);
  if (auto* error = std::get_if<LoadError>(&loaded)) fail("seed plan does not load", path + ": " + error->message);
  return std::get<Document>(std::move(loaded));
}

// What the app promises of every document it holds: saved, it loads again and saves the same.
inline void requireSavesAndReloads(const Document& doc, const char* what) {
  const std::string saved = saveDocument(doc);
  LoadResult again = loadDocument(saved);
  if (auto* error = std::get_if<LoadError>(&again)) fail(what, "saved plan does not load: " + error->message + "\n" + saved);
  const std::string resaved = saveDocument(std::get<Document>(again));
  if (resaved != saved) fail(what, "saved plan saves differently after loading:\n" + saved + "\n---\n" + resaved);
}

}  // namespace gp::fuzz
