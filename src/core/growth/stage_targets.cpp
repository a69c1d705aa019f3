#include "core/growth/stage_targets.h"

#include <algorithm>

#include "core/text/rounding.h"
#include "core/text/text_fold.h"

namespace gp {

std::vector<double> requiredPerPeriod(const WaterfallResult& waterfall, const GrowthAssumptions& a, size_t stageIndex,
                                      bool marketingSourcedOnly) {
  std::vector<double> required;
  if (!waterfall.ok() || stageIndex >= waterfall.stageNames.size()) return required;
  // Which of the waterfall's sources count (its sources follow a.sources, or are one implicit source).
  std::vector<bool> counts(waterfall.sources.size(), true);
  if (marketingSourcedOnly) {
    std::vector<bool> marketing(waterfall.sources.size(), false);
    bool any = false;
    for (size_t i = 0; i < waterfall.sources.size(); ++i) {
      const auto source = std::find_if(a.sources.begin(), a.sources.end(),
                                       [&](const LeadSource& s) { return s.id == waterfall.sources[i].id; });
      marketing[i] = source != a.sources.end() && source->marketingSourced;
      any = any || marketing[i];
    }
    if (any) counts = marketing;
  }
  for (const auto& period : waterfall.periods) {
    double exact = 0;
    for (size_t i = 0; i < period.bySource.size() && i < counts.size(); ++i)
      if (counts[i] && stageIndex < period.bySource[i].exact.size()) exact += period.bySource[i].exact[stageIndex];
    required.push_back(requiredCount(exact));
  }
  return required;
}

std::optional<size_t> stageIndexOf(const GrowthAssumptions& a, const std::string& stageId) {
  if (stageId.empty()) return std::nullopt;
  for (size_t i = 0; i < a.stages.size(); ++i)
    if (a.stages[i].id == stageId) return i;
  return std::nullopt;
}

std::optional<size_t> mqlStageIndex(const GrowthAssumptions& a, const std::vector<GlossaryTerm>& glossary) {
  const std::string mql = foldCase("MQL");
  for (size_t i = 0; i < a.stages.size(); ++i) {
    const FunnelStage& stage = a.stages[i];
    if (foldCase(stage.name) == mql) return i;
    for (const auto& term : glossary) {
      if (term.meta.id != stage.glossaryTermId || stage.glossaryTermId.empty()) continue;
      if (foldCase(term.name) == mql) return i;
      for (const auto& alias : term.aliases)
        if (foldCase(alias) == mql) return i;
    }
  }
  if (a.stages.size() >= 3) return 1;
  return std::nullopt;
}

}  // namespace gp
