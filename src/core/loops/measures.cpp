#include "core/loops/measures.h"

#include "core/loops/lead_report.h"
#include "core/loops/request_turnaround.h"

namespace gp {

std::optional<double> measuredActual(const Document& doc, CommitmentMeasure measure, const std::string& firstDay,
                                     const std::string& lastDay, const std::string& nowIso) {
  switch (measure) {
    case CommitmentMeasure::typed: return std::nullopt;
    case CommitmentMeasure::leadAcceptanceRate: return leadStatsBetween(doc, firstDay, lastDay).acceptanceRate;
    case CommitmentMeasure::followUpMedianHours: return leadStatsBetween(doc, firstDay, lastDay).medianHours;
    case CommitmentMeasure::followUpP90Hours: return leadStatsBetween(doc, firstDay, lastDay).p90Hours;
    case CommitmentMeasure::requestAnswerDays: return requestTurnaroundBetween(doc, firstDay, lastDay, nowIso).slowestSoFarDays();
    case CommitmentMeasure::requestDeliveryDays: return requestTurnaroundBetween(doc, firstDay, lastDay, nowIso).medianDeliveryDays;
  }
  return std::nullopt;
}

const char* measureSource(CommitmentMeasure measure) {
  switch (measure) {
    case CommitmentMeasure::typed: return "";
    case CommitmentMeasure::leadAcceptanceRate:
    case CommitmentMeasure::followUpMedianHours:
    case CommitmentMeasure::followUpP90Hours: return "lead feedback";
    case CommitmentMeasure::requestAnswerDays:
    case CommitmentMeasure::requestDeliveryDays: return "collateral requests";
  }
  return "";
}

MetricUnit measureUnit(CommitmentMeasure measure) {
  switch (measure) {
    case CommitmentMeasure::leadAcceptanceRate: return MetricUnit::percent;
    case CommitmentMeasure::followUpMedianHours:
    case CommitmentMeasure::followUpP90Hours: return MetricUnit::hours;
    case CommitmentMeasure::requestAnswerDays:
    case CommitmentMeasure::requestDeliveryDays: return MetricUnit::days;
    case CommitmentMeasure::typed: break;
  }
  return MetricUnit::count;
}

Direction measureDirection(CommitmentMeasure measure) {
  return measure == CommitmentMeasure::leadAcceptanceRate || measure == CommitmentMeasure::typed ? Direction::atLeast
                                                                                                   : Direction::atMost;
}

}  // namespace gp
