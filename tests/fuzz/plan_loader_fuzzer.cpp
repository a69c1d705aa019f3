// Plan files: any bytes load into a document or a LoadError, never a crash; a loaded document
// saves, loads again and saves byte for byte the same.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gp;
  LoadResult loaded = loadDocument(std::string_view(reinterpret_cast<const char*>(data), size));
  if (auto* error = std::get_if<LoadError>(&loaded)) {
    fuzz::require(!error->message.empty(), "a refused file has no reason");
    return 0;
  }
  const Document& doc = std::get<Document>(loaded);
  const std::string saved = saveDocument(doc);
  LoadResult again = loadDocument(saved);
  if (auto* error = std::get_if<LoadError>(&again)) fuzz::fail("saved plan does not load", error->message + "\n" + saved);
  fuzz::require(saveDocument(std::get<Document>(again)) == saved, "saved plan saves differently after loading", saved);
  fuzz::require(std::get<Document>(again) == doc, "saved plan loads as a different document", saved);
  return 0;
}
