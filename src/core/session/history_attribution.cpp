// History's edit of the plan's attribution agreement: one value, like the reason lists.
#include "core/session/history.h"

#include "core/session/history_internal.h"

namespace gp {

using namespace history_detail;

bool History::setAttribution(const AttributionAgreement& updated, const EditContext& context, const std::string& label,
                             std::string mergeKey) {
  if (updated == doc_.attribution || !settingsProblem(updated.settings).empty()) return false;
  EntityChange change{Collection::attribution, 0, doc_.attribution, updated};
  doc_.attribution = updated;
  // The plan's "modified" stamp records who last changed it (the agreement carries no stamp of its own).
  PlanInfo plan = doc_.plan;
  plan.meta.modified = stampFor(context);
  EntityChange planChange{Collection::plan, 0, doc_.plan, plan};
  doc_.plan = std::move(plan);
  record(Step{StepKind::edit, std::move(mergeKey), {std::move(change), std::move(planChange)}, label});
  return true;
}

}  // namespace gp
