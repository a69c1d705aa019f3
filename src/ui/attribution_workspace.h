// The CRM rows behind attribution, as this browser holds them for the open plan: read again from
// the browser's storage when the plan opens, replaced by an import, and every model computed over
// them (cached until the rows or the agreed settings change). The plan itself only ever receives
// aggregates (History::setAttribution).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/attribution/attribution_import.h"
#include "core/attribution/attribution_models.h"
#include "core/attribution/attribution_rows_store.h"
#include "platform.h"

namespace gp::ui {

class AttributionWorkspace {
 public:
  // Each frame: asks the platform for the plan's stored rows when the plan changed, and reads
  // them in slices (a few milliseconds per frame). `planId` is the open plan's id.
  // Then computes one more model over the rows (computeNext) until every model is there.
  void update(Platform&, const std::string& planId, const AttributionSettings& agreed);
  // Platform::requestLocalData's answer. Returns a message for the person when stored rows could
  // not be read (empty otherwise).
  std::string localDataLoaded(const std::string& key, bool found, std::string value);

  // A finished import: keeps `data` for this plan and stores the rows in this browser.
  void adopt(Platform&, const std::string& planId, AttributionData data, const StoredAttributionRows& rows);
  // Drops the rows from this browser.
  void forget(Platform&, const std::string& planId);

  bool loading() const { return job_ != nullptr || waitingForStore_; }
  double loadingProgress() const;
  bool hasRows() const { return data_ != nullptr; }
  const AttributionData* data() const { return data_.get(); }
  const std::string& sourceText() const { return source_; }  // "From opportunities.csv and touchpoints.csv"

  // The models computed so far over the rows, with the agreed half-life and custom shares (the
  // agreed model first); empty without rows.
  const std::vector<AttributionResult>& results() const { return results_; }
  bool readingRows() const { return job_ != nullptr; }
  bool computing() const;  // rows but not every model yet: the app keeps drawing frames
  const AttributionResult* resultFor(AttributionModel) const;  // null until computed
  // How long each result in results() took to compute, in milliseconds (benchmarks).
  const std::vector<double>& computeMs() const { return computeMs_; }
  // The agreed model's result over the rows, computed now if need be (nullopt without rows).
  std::optional<AttributionResult> agreedResult(const AttributionSettings& agreed);

 private:
  void computeNext(const AttributionSettings& agreed);

  std::string planId_;
  bool waitingForStore_ = false;
  std::unique_ptr<AttributionImportJob> job_;
  std::string pendingSource_;
  std::unique_ptr<AttributionData> data_;
  std::string source_;
  std::vector<AttributionResult> results_;
  std::vector<double> computeMs_;
  std::optional<AttributionSettings> resultsFor_;
};

}  // namespace gp::ui
