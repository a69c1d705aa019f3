// Share links, the C++ part: the page gunzips (and decrypts) the link and hands the plan JSON to
// App::importFile("share-link"), which loads it and offers to open it as a copy or to merge it
// into the open plan (mergeCopies). Any bytes: no crash; a merge result saves and loads again.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/merge/plan_merge.h"
#include "fuzz_support.h"

namespace {

// Plans that could be open when the link arrives: every valid seed plan.
const std::vector<gp::Document>& openPlans() {
  static const std::vector<gp::Document> plans = {
      gp::fuzz::seedPlan("valid/new-plan.json"), gp::fuzz::seedPlan("valid/empty-plan.json"),
      gp::fuzz::seedPlan("valid/unicode-and-escapes.json"), gp::fuzz::seedPlan("v2/sample-plan.json")};
  return plans;
}

void mergeInto(const gp::Document& open, const gp::Document& shared) {
  using namespace gp;
  PlanMergeResult result = mergeCopies(open, shared);
  if (auto* refusal = std::get_if<MergeRefusal>(&result)) {
    fuzz::require(!refusal->message.empty(), "a refused merge has no reason");
    return;
  }
  fuzz::requireSavesAndReloads(std::get<PlanMerge>(result).doc, "plan merged from a share link");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gp;
  LoadResult loaded = loadDocument(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!std::holds_alternative<Document>(loaded)) return 0;
  const Document& shared = std::get<Document>(loaded);
  // "Open as a copy" replaces the open plan with the shared one as it is.
  fuzz::requireSavesAndReloads(shared, "plan opened from a share link");
  for (const Document& open : openPlans()) {
    if (open.plan.meta.id == shared.plan.meta.id) mergeInto(open, shared);
  }
  // A link to another copy of the open plan: the same plan id, whatever else the link holds.
  Document sameId = openPlans()[2];
  sameId.plan.meta.id = shared.plan.meta.id;
  mergeInto(sameId, shared);
  return 0;
}
