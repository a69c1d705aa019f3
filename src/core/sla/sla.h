// The service level agreement's scorecards: each commitment's target per period (its own, or the
// waterfall's count of the funnel stage it is linked to), what each period actually delivered and
// whether the commitment was met, is at risk or was missed. Checks of commitments are here too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/growth/growth_validation.h"
#include "core/growth/plan_period.h"

namespace gp {

enum class SlaStatus { noData, met, atRisk, missed };

// How far on the wrong side of the target still counts as "at risk": 10% of the target.
inline constexpr double kAtRiskMargin = 0.10;

// Met: on the target or on its right side. At risk: on the wrong side by at most kAtRiskMargin of
// the target (at least 1,000 MQLs: 900 to 999 are at risk; at most 24 hours: up to 26.4 hours are
// at risk). Missed: further off. Values within a billionth of a boundary count as on it.
SlaStatus slaStatus(Direction direction, double target, double actual);

const char* slaStatusName(SlaStatus);   // "no-data", "met", "at-risk", "missed"
const char* slaStatusLabel(SlaStatus);  // "No actual yet", "Met", "At risk", "Missed"

// One period of one commitment.
struct PeriodScore {
  PeriodSlot slot;
  double target = 0;
  std::optional<double> actual;
  bool measured = false;  // the actual comes from the commitment's measure (loops), not typed in
  SlaStatus status = SlaStatus::noData;
};

struct CommitmentScore {
  size_t index = 0;  // in Document::commitments
  std::vector<PeriodScore> periods;  // one per period of the plan, in time order
  SlaStatus status = SlaStatus::noData;  // of the latest period with an actual
  std::string latestPeriod;              // that period's label; empty without actuals
  // Linked to a funnel stage whose waterfall counts are the targets ("" when not, or when the
  // waterfall cannot be computed and `Commitment::target` applies instead).
  std::string targetStage;
  int met = 0, atRisk = 0, missed = 0;  // periods with an actual, by status
};

struct TeamScorecard {
  Team team = Team::marketing;
  std::vector<CommitmentScore> commitments;  // in document order
  int met = 0, atRisk = 0, missed = 0, noData = 0;  // commitments by their latest status
};

struct SlaScorecards {
  std::vector<PeriodSlot> periods;
  TeamScorecard marketing;
  TeamScorecard sales;
};

// Scores every commitment for a plan of `period`. A period without a typed actual takes the one
// the commitment's measure gives (measures.h), when it has one. A commitment linked to a stage takes, per period,
// the waterfall's required count of that stage: for marketing's commitments from the
// marketing-sourced leads only, for sales's from all sources (stage_targets.h). `nowIso` (ISO 8601
// UTC) is when measures are taken: a collateral request still unanswered counts with its wait.
SlaScorecards scoreSla(const Document&, const PlanPeriod&, const std::string& nowIso);

// Problems with the commitments, each on its field ("commitments[2].actuals[0].value").
std::vector<ValidationIssue> validateCommitments(const Document&, const PlanPeriod&);

// A value of `unit` for people: "1,200", "90%", "24 h", "5 days", "EUR 40,000".
std::string formatMetricValue(double value, MetricUnit unit, const std::string& currency);

}  // namespace gp
