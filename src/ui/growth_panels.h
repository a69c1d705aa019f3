// Pieces the Growth plan and Dashboard pages share: which page part a field belongs to, the
// "fix the highlighted inputs" panel shown instead of numbers while the assumptions are invalid,
// the headline tiles, and number formatting in the plan's currency.
#pragma once

#include <string>

#include "growth_results.h"

namespace gp::ui {

// The parts of the Growth plan page, in tab order.
enum class GrowthPart { funnel, periods, sources, capacity, budget, scenarios };
inline constexpr GrowthPart kGrowthParts[] = {GrowthPart::funnel,   GrowthPart::periods, GrowthPart::sources,
                                              GrowthPart::capacity, GrowthPart::budget,  GrowthPart::scenarios};
const char* growthPartLabel(GrowthPart);  // "Goal and funnel", "Periods"...
GrowthPart growthPartOfField(const std::string& field);
int issueCount(const GrowthResults&, GrowthPart);

std::string money(double amount, const std::string& currency);  // "EUR 1,200,000"
// "+EUR 300,000", "−2,000", "no change"
std::string signedDelta(double delta, bool isMoney, const std::string& currency);

// Red panel: "Fix the highlighted inputs" (labelled "##growth-invalid") with where the problems are.
void fixInputsPanel(const GrowthResults&, float width);

// The five headline figures: target, deals, first-stage count, capacity, budget.
void headlineTiles(const GrowthResults&, const Document&, float width);

}  // namespace gp::ui
