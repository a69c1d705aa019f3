// Attribution: shared credit for pipeline. The agreed model (signed off by both teams like the SLA),
// the models side by side per channel, campaign and team with the differences marked, marketing-
// touched against marketing-sourced pipeline over the plan's periods, and attributed pipeline
// against each plan campaign's expected leads and MQLs.
#pragma once

#include <string>
#include <vector>

#include "core/attribution/attribution_agreement.h"
#include "ui/app_state.h"

namespace gp::ui::attribution {

// What the tables show: the rows in this browser (every model), or the plan's stored aggregates
// (one model) when the rows are elsewhere.
struct Shown {
  std::vector<const AttributionResult*> models;  // columns, in kAllAttributionModels order
  const AttributionResult* agreed = nullptr;     // the agreed model's, or the stored one
  bool fromRows = false;
};

enum class Measure { pipeline, revenue };
int64_t amountOf(const Credit&, Measure);
std::string money(int64_t micros, const std::string& currency);

void drawComparison(const Shown&, Measure, int& dimension, const std::string& currency, float width);
void drawSourcedTouched(const Shown&, Measure, const std::string& currency, float width);
void drawPeriods(const Document&, const AttributionResult&, Measure, const std::string& currency, float width);
void drawCampaigns(const Document&, const AttributionResult&, Measure, const std::string& currency, float width);

}  // namespace gp::ui::attribution
