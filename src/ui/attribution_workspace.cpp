#include "attribution_workspace.h"

#include <algorithm>
#include <chrono>
#include <iterator>

namespace gp::ui {

namespace {
constexpr double kFrameBudgetMs = 12.0;
constexpr size_t kUnitsPerSlice = 20000;

std::string sourceOf(const StoredAttributionRows& rows) {
  const std::string a = rows.opportunitiesFile.empty() ? std::string("the opportunities file") : rows.opportunitiesFile;
  const std::string b = rows.touchpointsFile.empty() ? std::string("the touchpoints file") : rows.touchpointsFile;
  return "From " + a + " and " + b;
}
}  // namespace

void AttributionWorkspace::update(Platform& platform, const std::string& planId, const AttributionSettings& agreed) {
  if (planId != planId_) {
    planId_ = planId;
    job_.reset();
    data_.reset();
    results_.clear();
    computeMs_.clear();
    resultsFor_.reset();
    source_.clear();
    waitingForStore_ = !planId.empty();
    if (waitingForStore_) platform.requestLocalData(attributionRowsKey(planId));
  }
  if (!job_) {
    computeNext(agreed);
    return;
  }
  const auto start = std::chrono::steady_clock::now();
  while (!job_->step(kUnitsPerSlice))
    if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() > kFrameBudgetMs) return;
  if (job_->ok()) {
    data_ = std::make_unique<AttributionData>(job_->takeData());
    source_ = pendingSource_;
  }
  job_.reset();
}

std::string AttributionWorkspace::localDataLoaded(const std::string& key, bool found, std::string value) {
  if (key != attributionRowsKey(planId_)) return {};  // an answer for a plan no longer open
  waitingForStore_ = false;
  if (!found) return value;  // empty: nothing kept; otherwise why the browser could not read it
  auto rows = unpackAttributionRows(value);
  value.clear();
  if (!rows) return "The CRM rows this browser kept for this plan cannot be read; import them again to compare models.";
  pendingSource_ = sourceOf(*rows);
  job_ = std::make_unique<AttributionImportJob>(std::move(rows->opportunitiesCsv), rows->opportunityMapping,
                                                std::move(rows->touchpointsCsv), rows->touchMapping);
  return {};
}

void AttributionWorkspace::adopt(Platform& platform, const std::string& planId, AttributionData data,
                                 const StoredAttributionRows& rows) {
  planId_ = planId;
  waitingForStore_ = false;
  job_.reset();
  data_ = std::make_unique<AttributionData>(std::move(data));
  source_ = sourceOf(rows);
  results_.clear();
  computeMs_.clear();
  resultsFor_.reset();
  platform.storeLocalData(attributionRowsKey(planId), packAttributionRows(rows));
}

void AttributionWorkspace::forget(Platform& platform, const std::string& planId) {
  platform.deleteLocalData(attributionRowsKey(planId));
  job_.reset();
  data_.reset();
  results_.clear();
  computeMs_.clear();
  resultsFor_.reset();
  source_.clear();
}

double AttributionWorkspace::loadingProgress() const { return job_ ? job_->progress() : 0; }

void AttributionWorkspace::computeNext(const AttributionSettings& agreed) {
  if (!data_) return;
  // Only the half-life and the custom shares change other models' numbers.
  AttributionSettings key = agreed;
  key.model = AttributionModel::linear;
  if (resultsFor_ != key) {
    results_.clear();
    computeMs_.clear();
    resultsFor_ = key;
  }
  // The agreed model first, then one more model per frame: a million touches take a while per
  // model, and no frame may wait for all seven.
  AttributionModel next = agreed.model;
  if (resultFor(next)) {
    const auto missing = std::find_if(std::begin(kAllAttributionModels), std::end(kAllAttributionModels),
                                      [&](AttributionModel model) { return !resultFor(model); });
    if (missing == std::end(kAllAttributionModels)) return;
    next = *missing;
  }
  AttributionSettings settings = key;
  settings.model = next;
  const auto start = std::chrono::steady_clock::now();
  results_.push_back(computeAttribution(*data_, settings));
  computeMs_.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
}

bool AttributionWorkspace::computing() const {
  return data_ && results_.size() < std::size(kAllAttributionModels);
}

const AttributionResult* AttributionWorkspace::resultFor(AttributionModel model) const {
  for (const auto& result : results_)
    if (result.settings.model == model) return &result;
  return nullptr;
}

std::optional<AttributionResult> AttributionWorkspace::agreedResult(const AttributionSettings& agreed) {
  computeNext(agreed);
  if (const AttributionResult* result = resultFor(agreed.model)) return *result;
  return std::nullopt;
}

}  // namespace gp::ui
