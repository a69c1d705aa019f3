#include "attribution_workspace.h"

#include <algorithm>
#include <chrono>
#include <iterator>

namespace gp::ui {

namespace {
// A frame's share of the work; each slice is small enough (a few milliseconds in the browser)
// that the time check after it keeps frames short.
constexpr double kFrameBudgetMs = 10.0;
constexpr size_t kUnitsPerSlice = 4000;
constexpr size_t kOpportunitiesPerSlice = 2000;

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

std::string sourceOf(const StoredAttributionRows& rows) {
  const std::string a = rows.opportunitiesFile.empty() ? std::string("the opportunities file") : rows.opportunitiesFile;
  const std::string b = rows.touchpointsFile.empty() ? std::string("the touchpoints file") : rows.touchpointsFile;
  return "From " + a + " and " + b;
}
}  // namespace

void AttributionWorkspace::reset() {
  job_.reset();
  data_.reset();
  rowsToStore_.reset();
  pendingImport_.reset();
  importReady_ = false;
  results_.clear();
  computeMs_.clear();
  resultsFor_.reset();
  computation_.reset();
  source_.clear();
}

void AttributionWorkspace::update(Platform& platform, const std::string& planId, const AttributionSettings& agreed) {
  if (planId != planId_) {
    reset();
    planId_ = planId;
    waitingForStore_ = !planId.empty();
    if (waitingForStore_) platform.requestLocalData(attributionRowsKey(planId));
  }
  if (rowsToStore_) {
    // One frame of its own: the browser copies the rows out of the app's memory.
    const PackedAttributionRows packed = attributionRowsParts(*rowsToStore_);
    platform.storeLocalData(attributionRowsKey(planId_), packed.parts);
    rowsToStore_.reset();
    return;
  }
  if (!job_) {
    computeSome(agreed);
    return;
  }
  const auto start = Clock::now();
  while (!job_->step(kUnitsPerSlice))
    if (msSince(start) > kFrameBudgetMs) return;
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

void AttributionWorkspace::adopt(const std::string& planId, AttributionData data, StoredAttributionRows rows,
                                 Stamp imported, std::string undoLabel) {
  reset();
  planId_ = planId;
  waitingForStore_ = false;
  data_ = std::make_unique<AttributionData>(std::move(data));
  source_ = sourceOf(rows);
  rowsToStore_ = std::make_unique<StoredAttributionRows>(std::move(rows));
  pendingImport_ = ImportedTotals{AttributionResult{}, std::move(imported), std::move(undoLabel)};
}

std::optional<AttributionWorkspace::ImportedTotals> AttributionWorkspace::takeImportedTotals() {
  if (!importReady_) return std::nullopt;
  importReady_ = false;
  return std::exchange(pendingImport_, std::nullopt);
}

void AttributionWorkspace::forget(Platform& platform, const std::string& planId) {
  platform.deleteLocalData(attributionRowsKey(planId));
  reset();
}

double AttributionWorkspace::loadingProgress() const { return job_ ? job_->progress() : 0; }

void AttributionWorkspace::keep(AttributionResult result, double ms) {
  results_.push_back(std::move(result));
  computeMs_.push_back(ms);
  if (pendingImport_ && !importReady_ && results_.size() == 1) {
    pendingImport_->result = results_.front();  // the agreed model comes first
    importReady_ = true;
  }
}

// The agreed model first, then the others, each over as many frames as it takes.
void AttributionWorkspace::computeSome(const AttributionSettings& agreed) {
  if (!data_) return;
  // Only the half-life and the custom shares change other models' numbers.
  AttributionSettings key = agreed;
  key.model = AttributionModel::linear;
  if (resultsFor_ != key) {
    results_.clear();
    computeMs_.clear();
    computation_.reset();
    resultsFor_ = key;
  }
  if (!computation_) {
    AttributionModel next = agreed.model;
    if (resultFor(next)) {
      const auto missing = std::find_if(std::begin(kAllAttributionModels), std::end(kAllAttributionModels),
                                        [&](AttributionModel model) { return !resultFor(model); });
      if (missing == std::end(kAllAttributionModels)) return;
      next = *missing;
    }
    AttributionSettings settings = key;
    settings.model = next;
    computation_ = std::make_unique<AttributionComputation>(*data_, settings);
    computationMs_ = 0;
  }
  const auto start = Clock::now();
  bool done = false;
  while (!(done = computation_->step(kOpportunitiesPerSlice)) && msSince(start) < kFrameBudgetMs) {
  }
  computationMs_ += msSince(start);
  if (!done) return;
  keep(computation_->takeResult(), computationMs_);
  computation_.reset();
}

bool AttributionWorkspace::computing() const {
  return rowsToStore_ || (data_ && results_.size() < std::size(kAllAttributionModels));
}

const AttributionResult* AttributionWorkspace::resultFor(AttributionModel model) const {
  for (const auto& result : results_)
    if (result.settings.model == model) return &result;
  return nullptr;
}

std::optional<AttributionResult> AttributionWorkspace::agreedResult(const AttributionSettings& agreed) {
  if (!data_) return std::nullopt;
  AttributionSettings key = agreed;
  key.model = AttributionModel::linear;
  if (resultsFor_ == key)
    if (const AttributionResult* result = resultFor(agreed.model)) return *result;
  // Asked by a click (choosing a model): computed now, not kept, since the cache may be of other settings.
  return computeAttribution(*data_, agreed);
}

}  // namespace gp::ui
