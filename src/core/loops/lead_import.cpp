#include "core/loops/lead_import.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "core/text/csv.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

constexpr const char* kNotUtf8 = "the text is not valid UTF-8; save the file as CSV UTF-8";

size_t fieldIndex(LeadField field) { return static_cast<size_t>(field); }

// Where the record after `maxRecords` records from `from` starts (or the end of the text). A line
// end inside a quoted cell does not end a record; "" inside quotes flips the state twice.
size_t recordsEnd(std::string_view text, size_t from, size_t maxRecords) {
  bool quoted = false;
  size_t records = 0;
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (++records == maxRecords) return i + 1;
    }
  }
  return text.size();
}

bool isBlankRow(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return isBlank(cell); });
}

std::string quote(std::string_view text) { return "\"" + truncateUtf8(text, 60) + "\""; }

// Sources the plan knows by name are written its way; any other label stays as the CRM wrote it.
std::string sourceLabel(std::string_view text) {
  const std::string folded = foldLabel(text);
  if (folded == "marketing") return "marketing";
  if (folded == "sales") return "sales";
  if (folded == "partner" || folded == "partners") return "partner";
  return std::string(text);
}

std::string withThousands(int64_t value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
  return digits;
}

}  // namespace

std::string LeadImportProblem::text() const {
  std::string out = "row " + std::to_string(row);
  if (column > 0) {
    out += ", column " + std::to_string(column);
    if (!columnName.empty()) out += " (" + columnName + ")";
  }
  return out + ": " + message;
}

std::string LeadImportResult::label() const {
  return "Import lead outcomes (" + withThousands(leads) + (leads == 1 ? " lead)" : " leads)");
}

LeadImportJob::LeadImportJob(std::string csv, std::vector<std::string> rejectionReasons)
    : csv_(std::move(csv)), rejectionReasons_(std::move(rejectionReasons)) {
  size_t start = csv_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const std::string_view text(csv_);
  // The header and a few rows, for the mapping step.
  constexpr size_t kSampleRows = 5;
  sampleEnd_ = recordsEnd(text, start, 1 + kSampleRows);
  CsvTable head = parseCsv(text.substr(start, sampleEnd_ - start));
  bodyStart_ = recordsEnd(text, start, 1);
  if (head.error && head.error->row == 1) {
    fileProblem_ = LeadImportProblem{1, head.error->column, "", head.error->problem};
    return;
  }
  if (head.rows.empty() || isBlankRow(head.rows[0])) {
    fileProblem_ = LeadImportProblem{
        1, 0, "", "the file is empty; expected a header row such as lead id,created,source,campaign,first touch,status,reason"};
    return;
  }
  headers_ = head.rows[0];
  for (auto& header : headers_) header = std::string(trimmed(header));
  for (size_t i = 1; i < head.rows.size(); ++i)
    if (!isBlankRow(head.rows[i])) sampleRows_.push_back(std::move(head.rows[i]));
}

LeadMapping LeadImportJob::suggestedMapping() const {
  LeadMapping mapping;
  std::array<bool, 8> taken{};
  for (const auto& header : headers_) {
    LeadField field = recogniseLeadHeader(header).value_or(LeadField::ignore);
    if (field != LeadField::ignore && taken[fieldIndex(field)]) field = LeadField::ignore;
    taken[fieldIndex(field)] = true;
    mapping.columns.push_back(field);
  }
  return mapping;
}

std::string LeadImportJob::columnName(size_t column) const {
  return column >= 1 && column <= headers_.size() ? headers_[column - 1] : std::string();
}

void LeadImportJob::addProblem(std::vector<LeadImportProblem>& list, size_t row, size_t column, std::string message) {
  size_t& total = &list == &readProblems_ ? readProblemCount_ : countProblemCount_;
  ++total;
  if (list.size() < kMaxLeadImportProblems) list.push_back(LeadImportProblem{row, column, columnName(column), std::move(message)});
}

int32_t LeadImportJob::intern(std::vector<std::string>& texts, std::unordered_map<std::string, int32_t>& index,
                              std::string text) {
  const auto [at, added] = index.try_emplace(std::move(text), static_cast<int32_t>(texts.size()));
  if (added) texts.push_back(at->first);
  return at->second;
}

void LeadImportJob::start(LeadMapping mapping) {
  mapping_ = std::move(mapping);
  mapping_.columns.resize(headers_.size(), LeadField::ignore);
  columnOf_.fill(0);
  leads_.clear();
  campaigns_.clear();
  sources_.clear();
  reasons_.clear();
  campaignIndex_.clear();
  sourceIndex_.clear();
  reasonIndex_.clear();
  statusIndex_.clear();
  leadIds_.clear();
  statusValues_.clear();
  readProblems_.clear();
  readProblemCount_ = 0;
  position_ = bodyStart_;
  nextRow_ = 2;
  phase_ = Phase::reading;

  if (fileProblem_) {
    addProblem(readProblems_, fileProblem_->row, fileProblem_->column, fileProblem_->message);
    startCounting();
    return;
  }
  for (size_t i = 0; i < mapping_.columns.size(); ++i) {
    const LeadField field = mapping_.columns[i];
    if (field == LeadField::ignore) continue;
    int& column = columnOf_[fieldIndex(field)];
    if (column != 0) {
      addProblem(readProblems_, 1, i + 1,
                 "this column and column " + std::to_string(column) + " (" + columnName(static_cast<size_t>(column)) +
                     ") are both read as " + leadFieldName(field) + "; ignore one of them");
      continue;
    }
    column = static_cast<int>(i + 1);
  }
  if (columnOf_[fieldIndex(LeadField::created)] == 0)
    addProblem(readProblems_, 1, 0, "no column is read as created (when the lead was handed to sales, e.g. Create Date)");
  if (columnOf_[fieldIndex(LeadField::status)] == 0)
    addProblem(readProblems_, 1, 0, "no column is read as status (what sales did with the lead, e.g. Lead Status)");
  if (readProblemCount_ > 0) {
    startCounting();
    return;
  }
  // Room for every row at once, estimated from the sample rows' length: growing the lists as rows
  // come would copy them (and rehash the ids) in the middle of a frame.
  if (sampleEnd_ > bodyStart_ && !sampleRows_.empty()) {
    const size_t rowBytes = std::max<size_t>(1, (sampleEnd_ - bodyStart_) / sampleRows_.size());
    const size_t estimate = std::min<size_t>((csv_.size() - bodyStart_) / rowBytes + 16, 4'000'000);
    leads_.reserve(estimate);
    if (columnOf_[fieldIndex(LeadField::leadId)] != 0) leadIds_.reserve(estimate);
  }
}

void LeadImportJob::setStatus(const std::string& folded, LeadStatus status) {
  mapping_.statuses[folded] = status;
  if (rowsRead()) startCounting();
}

bool LeadImportJob::step(size_t maxRows) {
  if (phase_ == Phase::idle || phase_ == Phase::finished) return finished();
  if (maxRows == 0) maxRows = 1;
  if (phase_ == Phase::reading) {
    const std::string_view text(csv_);
    const size_t end = recordsEnd(text, position_, maxRows);
    CsvTable table = parseCsv(text.substr(position_, end - position_));
    for (size_t i = 0; i < table.rows.size(); ++i) readRow(table.rows[i], nextRow_ + i);
    if (table.error) {
      const size_t row = nextRow_ + table.error->row - 1;
      const size_t column = table.error->column;
      addProblem(readProblems_, row, column, table.error->problem);
      position_ = text.size();  // parsing cannot go on after a syntax error
    } else {
      nextRow_ += table.rows.size();
      position_ = end;
    }
    if (position_ >= text.size()) {
      if (leads_.empty() && readProblemCount_ == 0) addProblem(readProblems_, 2, 0, "the file holds no leads, only a header row");
      startCounting();  // leadIds_ (only for finding duplicates) is let go of while counting
    }
    return false;
  }
  if (phase_ == Phase::counting) countLeads(maxRows);
  else gatherFollowUps(maxRows);
  return finished();
}

void LeadImportJob::readRow(const std::vector<std::string>& cells, size_t row) {
  if (isBlankRow(cells)) return;
  const size_t before = readProblemCount_;
  const size_t columns = headers_.size();
  if (cells.size() > columns &&
      !std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(columns), cells.end(), [](const std::string& c) { return isBlank(c); }))
    addProblem(readProblems_, row, columns + 1,
               "this row has " + std::to_string(cells.size()) + " cells but the header has " + std::to_string(columns) + " columns");
  if (cells.size() < columns)
    addProblem(readProblems_, row, cells.size() + 1,
               "missing cell; this row has " + std::to_string(cells.size()) + " cells but the header has " +
                   std::to_string(columns) + " columns");

  const auto cellOf = [&](LeadField field) -> std::string_view {
    const int column = columnOf_[fieldIndex(field)];
    if (column == 0 || static_cast<size_t>(column) > cells.size()) return {};
    return trimmed(cells[static_cast<size_t>(column) - 1]);
  };
  const auto columnOf = [&](LeadField field) { return static_cast<size_t>(columnOf_[fieldIndex(field)]); };
  const auto text = [&](LeadField field) -> std::optional<std::string> {
    const std::string_view cell = cellOf(field);
    if (!isValidUtf8(cell)) {
      addProblem(readProblems_, row, columnOf(field), kNotUtf8);
      return std::nullopt;
    }
    return std::string(cell);
  };

  Lead lead{static_cast<int32_t>(row), 0, 0, 0, 0, 0, -1, false};
  if (const std::string_view id = cellOf(LeadField::leadId); !id.empty()) {
    const auto [first, added] = leadIds_.try_emplace(std::string(id), row);
    if (!added)
      addProblem(readProblems_, row, columnOf(LeadField::leadId),
                 "this lead is also in row " + std::to_string(first->second) + "; export each lead once");
  }
  std::optional<DateTime> created;
  const std::string_view createdText = cellOf(LeadField::created);
  if (createdText.empty()) {
    if (columnOf(LeadField::created) <= cells.size())
      addProblem(readProblems_, row, columnOf(LeadField::created), "empty; expected when the lead was handed to sales, e.g. 2027-01-31");
  } else {
    auto parsed = parseDateTime(createdText, mapping_.slashDates);
    if (auto* message = std::get_if<std::string>(&parsed)) addProblem(readProblems_, row, columnOf(LeadField::created), *message);
    else created = std::get<DateTime>(parsed);
  }
  if (const std::string_view touchText = cellOf(LeadField::firstTouch); !touchText.empty()) {
    auto parsed = parseDateTime(touchText, mapping_.slashDates);
    if (auto* message = std::get_if<std::string>(&parsed)) {
      addProblem(readProblems_, row, columnOf(LeadField::firstTouch), *message);
    } else if (created) {
      const int64_t seconds = std::get<DateTime>(parsed).seconds - created->seconds;
      if (seconds < 0)
        addProblem(readProblems_, row, columnOf(LeadField::firstTouch),
                   "the first touch " + quote(touchText) + " is before the lead was created (" + quote(createdText) + ")");
      else if (seconds / 60 > INT32_MAX)
        addProblem(readProblems_, row, columnOf(LeadField::firstTouch), "the first touch is thousands of years after the lead was created");
      else lead.followUpMinutes = static_cast<int32_t>(seconds / 60);
    }
  }
  const auto campaign = text(LeadField::campaign);
  const auto source = text(LeadField::source);
  const auto status = text(LeadField::status);
  const auto reason = text(LeadField::reason);

  // A row with problems is not counted, but its status is still checked, so every problem of
  // the file shows at once.
  lead.bad = readProblemCount_ != before || !created || !campaign || !source || !status || !reason;
  if (status) {
    std::string foldedStatus = foldLabel(*status);
    const auto [known, added] = statusIndex_.try_emplace(foldedStatus, static_cast<int32_t>(statusValues_.size()));
    if (added) statusValues_.push_back(LeadStatusValue{*status, std::move(foldedStatus), 0, recogniseLeadStatus(*status)});
    lead.status = known->second;
    statusValues_[static_cast<size_t>(lead.status)].rows += 1;
  } else {
    lead.status = -1;
  }
  if (lead.bad) {
    if (lead.status >= 0) leads_.push_back(lead);
    return;
  }
  lead.day = static_cast<int32_t>(created->day());
  lead.campaign = intern(campaigns_, campaignIndex_, *campaign);
  lead.source = intern(sources_, sourceIndex_, sourceLabel(*source));
  // A reason the plan lists takes the plan's spelling; any other stays as the CRM wrote it.
  std::string reasonText = *reason;
  const std::string foldedReason = foldLabel(reasonText);
  for (const auto& listed : rejectionReasons_)
    if (foldLabel(listed) == foldedReason && !foldedReason.empty()) reasonText = listed;
  lead.reason = intern(reasons_, reasonIndex_, std::move(reasonText));
  leads_.push_back(lead);
}

void LeadImportJob::startCounting() {
  phase_ = Phase::counting;
  counted_ = 0;
  counts_.clear();
  followUps_.clear();
  countProblems_.clear();
  countProblemCount_ = 0;
  statusOutcome_.clear();
  for (const auto& value : statusValues_) {
    const auto chosen = mapping_.statuses.find(value.folded);
    statusOutcome_.push_back(chosen != mapping_.statuses.end() ? std::optional(chosen->second) : value.recognised);
  }
}

void LeadImportJob::countLeads(size_t maxRows) {
  // The ids read for finding duplicates go a slice at a time: freeing 200,000 at once stalls a frame.
  for (size_t i = 0; i < maxRows && !leadIds_.empty(); ++i) leadIds_.erase(leadIds_.begin());
  const size_t end = std::min(leads_.size(), counted_ + maxRows);
  const size_t statusColumn = static_cast<size_t>(columnOf_[fieldIndex(LeadField::status)]);
  for (; counted_ < end; ++counted_) {
    const Lead& lead = leads_[counted_];
    const auto status = statusOutcome_[static_cast<size_t>(lead.status)];
    if (!status) {
      addProblem(countProblems_, static_cast<size_t>(lead.row), statusColumn,
                 quote(statusValues_[static_cast<size_t>(lead.status)].text) +
                     " is not mapped to accepted, rejected, recycled or open; choose what it means");
      continue;
    }
    if (lead.bad) continue;
    // The plan keeps a reason only for leads sales turned down or sent back.
    const bool keepsReason = *status == LeadStatus::rejected || *status == LeadStatus::recycled;
    counts_[{lead.day, lead.campaign, lead.source, static_cast<int32_t>(*status), keepsReason ? lead.reason : -1}] += 1;
    if (lead.followUpMinutes >= 0) followUps_[{lead.day, lead.followUpMinutes}] += 1;
  }
  if (counted_ >= leads_.size() && leadIds_.empty()) startGathering();
}

// The counts per day go into the result at once (a few per campaign and day); the follow-up
// counts, up to one per day and minute, in slices (gatherFollowUps).
void LeadImportJob::startGathering() {
  phase_ = Phase::gathering;
  result_ = LeadImportResult{};
  result_.problemCount = readProblemCount_ + countProblemCount_;
  result_.problems = readProblems_;
  result_.problems.insert(result_.problems.end(), countProblems_.begin(), countProblems_.end());
  std::stable_sort(result_.problems.begin(), result_.problems.end(), [](const auto& a, const auto& b) {
    return std::tie(a.row, a.column) < std::tie(b.row, b.column);
  });
  if (result_.problems.size() > kMaxLeadImportProblems) result_.problems.resize(kMaxLeadImportProblems);
  if (!result_.ok()) {
    phase_ = Phase::finished;
    return;
  }

  const auto reasonText = [&](int32_t index) { return index < 0 ? std::string() : reasons_[static_cast<size_t>(index)]; };
  int32_t lastDay = -1;
  for (const auto& [key, count] : counts_) {
    if (result_.days.empty() || key[0] != lastDay) {
      lastDay = key[0];
      result_.days.emplace_back();
      result_.days.back().day = dayText(key[0]);
    }
    const auto status = static_cast<LeadStatus>(key[3]);
    result_.days.back().counts.push_back(LeadCount{campaigns_[static_cast<size_t>(key[1])],
                                                   sources_[static_cast<size_t>(key[2])], status, reasonText(key[4]), count});
    result_.leads += count;
    result_.byStatus[static_cast<size_t>(status)] += count;
  }
  for (auto& day : result_.days) std::sort(day.counts.begin(), day.counts.end(), leadCountBefore);
  if (!result_.days.empty()) {
    result_.firstDay = result_.days.front().day;
    result_.lastDay = result_.days.back().day;
  }
  nextFollowUp_ = followUps_.begin();
  followUpDay_ = 0;
  gatherFollowUps(0);
}

void LeadImportJob::gatherFollowUps(size_t maxEntries) {
  int32_t textDay = -1;
  std::string text;
  for (size_t done = 0; done < maxEntries && nextFollowUp_ != followUps_.end(); ++done, ++nextFollowUp_) {
    const auto& [key, count] = *nextFollowUp_;
    if (key.first != textDay) {  // the day's text once per day, not once per count
      textDay = key.first;
      text = dayText(key.first);
    }
    while (followUpDay_ < result_.days.size() && result_.days[followUpDay_].day < text) ++followUpDay_;
    if (followUpDay_ == result_.days.size() || result_.days[followUpDay_].day != text) continue;  // cannot happen: every touched lead was counted
    result_.days[followUpDay_].followUps.push_back(FollowUpCount{key.second, count});
    result_.touched += count;
  }
  if (nextFollowUp_ == followUps_.end()) phase_ = Phase::finished;
}

double LeadImportJob::progress() const {
  constexpr double kReadingShare = 0.85;  // reading and checking rows is most of the work
  switch (phase_) {
    case Phase::idle: return 0;
    case Phase::reading: {
      const double span = static_cast<double>(csv_.size() - bodyStart_);
      return span <= 0 ? kReadingShare : kReadingShare * static_cast<double>(position_ - bodyStart_) / span;
    }
    case Phase::counting:
      return kReadingShare + (1 - kReadingShare) * (leads_.empty() ? 1.0 : static_cast<double>(counted_) / static_cast<double>(leads_.size()));
    case Phase::gathering: return 1;
    case Phase::finished: return 1;
  }
  return 0;
}

LeadImportResult importLeadCsv(std::string_view csv, const std::vector<std::string>& rejectionReasons,
                               const std::optional<LeadMapping>& mapping) {
  LeadImportJob job{std::string(csv), rejectionReasons};
  job.start(mapping ? *mapping : job.suggestedMapping());
  while (!job.step(50000)) {
  }
  return job.result();
}

bool applyLeadImport(History& history, const LeadImportResult& result, const EditContext& context) {
  if (!result.ok() || result.days.empty()) return false;
  return history.replaceLeadDays(result.firstDay, result.lastDay, result.days, context, result.label());
}

}  // namespace gp
