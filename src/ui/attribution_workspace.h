// The CRM rows behind attribution, as this browser holds them for the open plan: read again from
// the browser's storage when the plan opens, replaced by an import, and every model computed over
// them in slices (no frame waits for a whole model), cached until the rows or the agreed settings
// change. The plan itself only ever receives aggregates (History::setAttribution).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/attribution/attribution_import.h"
#include "core/attribution/attribution_models.h"
#include "core/attribution/attribution_rows_store.h"
#include "core/model/stamp.h"
#include "platform.h"

namespace gp::ui {

class AttributionWorkspace {
 public:
  // Each frame: asks the platform for the plan's stored rows when the plan changed, reads them in
  // slices, stores freshly imported rows, and computes the models a slice at a time (the agreed
  // model first). `planId` is the open plan's id.
  void update(Platform&, const std::string& planId, const AttributionSettings& agreed);
  // Platform::requestLocalData's answer. Returns a message for the person when stored rows could
  // not be read (empty otherwise).
  std::string localDataLoaded(const std::string& key, bool found, std::string value);

  // A finished import: keeps `data` for this plan; the rows are stored in this browser on the next
  // frame, and once the agreed model is computed takeImportedTotals() hands its totals over.
  void adopt(const std::string& planId, AttributionData data, StoredAttributionRows rows, Stamp imported,
             std::string undoLabel);
  struct ImportedTotals {
    AttributionResult result;
    Stamp imported;
    std::string undoLabel;  // "Import touchpoints (1,204 opportunities)"
  };
  std::optional<ImportedTotals> takeImportedTotals();
  // Drops the rows from this browser.
  void forget(Platform&, const std::string& planId);

  bool loading() const { return job_ != nullptr || waitingForStore_; }
  bool readingRows() const { return job_ != nullptr; }
  double loadingProgress() const;
  bool hasRows() const { return data_ != nullptr; }
  const AttributionData* data() const { return data_.get(); }
  const std::string& sourceText() const { return source_; }  // "From opportunities.csv and touchpoints.csv"

  // The models computed so far over the rows, with the agreed half-life and custom shares (the
  // agreed model first); empty without rows.
  const std::vector<AttributionResult>& results() const { return results_; }
  bool computing() const;  // rows but not every model yet, or rows to store: the app keeps drawing
  const AttributionResult* resultFor(AttributionModel) const;  // null until computed
  // The agreed model's result over the rows, computed at once if need be (a click choosing a
  // model), nullopt without rows.
  std::optional<AttributionResult> agreedResult(const AttributionSettings& agreed);
  // How long each result in results() took to compute, in milliseconds (benchmarks).
  const std::vector<double>& computeMs() const { return computeMs_; }

 private:
  void reset();
  void computeSome(const AttributionSettings& agreed);
  void keep(AttributionResult result, double ms);

  std::string planId_;
  bool waitingForStore_ = false;
  std::unique_ptr<AttributionImportJob> job_;
  std::string pendingSource_;
  std::unique_ptr<AttributionData> data_;
  std::string source_;
  std::unique_ptr<StoredAttributionRows> rowsToStore_;
  std::optional<ImportedTotals> pendingImport_;  // waits for the agreed model's result
  bool importReady_ = false;
  std::vector<AttributionResult> results_;
  std::vector<double> computeMs_;
  std::optional<AttributionSettings> resultsFor_;
  std::unique_ptr<AttributionComputation> computation_;
  double computationMs_ = 0;
};

}  // namespace gp::ui
