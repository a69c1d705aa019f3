// Benchmark (not a test): importing a CRM's opportunity and touchpoint exports for attribution and
// computing every model over them. A deterministic data set (by default 100,000 opportunities and
// 1,000,000 touchpoints) is generated as CSV text, imported with the app's step budget, and each
// model computed; the table shows sizes, times, the longest import step and peak memory.
//
// Usage: gp_attribution_bench [--opportunities N] [--touches M] [--write DIR]
//   --write DIR  only writes DIR/opportunities.csv and DIR/touchpoints.csv (for the browser benchmark)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/attribution/attribution_import.h"
#include "core/attribution/attribution_models.h"

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

// xorshift64*: the same data on every machine (std's distributions are not).
struct Random {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
  uint64_t below(uint64_t n) { return next() % n; }
  bool chance(int percent) { return below(100) < static_cast<uint64_t>(percent); }
};

// "2027-01-31 09:30:00" (or ISO with T and Z, as some exports write) for seconds since 1970.
void appendTime(std::string& out, int64_t seconds, bool iso) {
  const auto day = std::chrono::sys_days{std::chrono::days{seconds / 86400}};
  const std::chrono::year_month_day date{day};
  const int64_t clock = seconds % 86400;
  char text[32];
  std::snprintf(text, sizeof text, iso ? "%04d-%02u-%02uT%02d:%02d:%02dZ" : "%04d-%02u-%02u %02d:%02d:%02d",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock / 3600), static_cast<int>(clock / 60 % 60), static_cast<int>(clock % 60));
  out += text;
}

void appendDay(std::string& out, int64_t seconds) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{seconds / 86400}}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  out += text;
}

// A Salesforce-like 18-character id.
std::string opportunityId(size_t index) {
  static const char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string id = "0065g00000";
  uint64_t value = index * 2654435761ull + 12345;
  for (int i = 0; i < 8; ++i, value /= 62) id += kDigits[value % 62];
  return id;
}

struct DataSet {
  std::string opportunities, touchpoints;
};

DataSet generate(size_t opportunityCount, size_t touchCount) {
  Random random;
  constexpr int64_t kDay = 86400;
  const int64_t start = 20'454 * kDay;  // 2026-01-01
  struct Opp {
    int64_t created, closed;
    bool closedDeal;
  };
  std::vector<Opp> opps(opportunityCount);
  DataSet set;
  set.opportunities.reserve(opportunityCount * 80);
  set.opportunities += "Opportunity ID,Opportunity Name,Created Date,Close Date,Amount,Stage,Lead Source\r\n";
  static const char* const kOpenStages[] = {"Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
                                            "Negotiation/Review"};
  static const char* const kSources[] = {"Marketing", "Marketing", "Marketing", "Marketing", "Marketing", "Marketing",
                                         "Sales", "Sales", "Sales", "Sales", "Sales", "Partner", "Partner", "Partner", ""};
  for (size_t i = 0; i < opportunityCount; ++i) {
    Opp& opp = opps[i];
    opp.created = start + static_cast<int64_t>(random.below(720 * kDay));
    const uint64_t outcome = random.below(100);  // ~60% closed: 35 won, 25 lost
    opp.closedDeal = outcome < 60;
    opp.closed = opp.created + static_cast<int64_t>(10 + random.below(170)) * kDay;
    set.opportunities += opportunityId(i);
    set.opportunities += ",Deal ";
    set.opportunities += std::to_string(i);
    set.opportunities += ',';
    appendTime(set.opportunities, opp.created, false);
    set.opportunities += ',';
    appendDay(set.opportunities, opp.closed);  // open deals: the expected date, which is not read
    set.opportunities += ',';
    const uint64_t amount = 1000 + random.below(199'000);
    if (random.chance(30)) set.opportunities += std::to_string(amount) + "." + std::to_string(10 + random.below(90));
    else set.opportunities += "\"" + std::to_string(amount / 1000) + "," + std::to_string(1000 + amount % 1000).substr(1) + "\"";
    set.opportunities += ',';
    set.opportunities += outcome < 35 ? "Closed Won" : outcome < 60 ? "Closed Lost" : kOpenStages[random.below(5)];
    set.opportunities += ',';
    set.opportunities += kSources[random.below(std::size(kSources))];
    set.opportunities += "\r\n";
  }

  static const char* const kChannels[] = {"Paid Search", "Paid Search", "Paid Search", "Organic Search", "Organic Search",
                                          "Email", "Email", "Paid Social", "Events", "Webinar", "Content Syndication",
                                          "Direct", "Referral", "Display"};
  std::vector<std::string> campaigns;
  for (int c = 0; c < 200; ++c) campaigns.push_back("2027 Campaign " + std::to_string(c + 1) + (c % 3 ? " - EMEA" : " - NA"));
  set.touchpoints.reserve(touchCount * 110);
  set.touchpoints += "Touchpoint ID,Opportunity ID,Touchpoint Date,Marketing Channel,Ad Campaign Name,Team,Touchpoint Position\r\n";
  for (size_t t = 0; t < touchCount; ++t) {
    const size_t index = static_cast<size_t>(random.below(opportunityCount));
    const Opp& opp = opps[index];
    // From 90 days before the opportunity to 20 days after it closed (those after are dropped).
    const int64_t span = opp.closed - opp.created + 110 * kDay;
    const int64_t at = opp.created - 90 * kDay + static_cast<int64_t>(random.below(static_cast<uint64_t>(span)));
    set.touchpoints += "TP-";
    set.touchpoints += std::to_string(t + 1);
    set.touchpoints += ',';
    set.touchpoints += opportunityId(index);
    set.touchpoints += ',';
    appendTime(set.touchpoints, at, t % 2 == 0);
    set.touchpoints += ',';
    set.touchpoints += kChannels[random.below(std::size(kChannels))];
    set.touchpoints += ',';
    // Skewed: a few campaigns get most touches.
    const uint64_t roll = random.below(1000);
    set.touchpoints += campaigns[roll < 500 ? roll % 20 : roll % 200];
    set.touchpoints += ',';
    const uint64_t team = random.below(10);
    set.touchpoints += team < 6 ? "marketing" : team < 9 ? "sales" : "partner";
    set.touchpoints += ',';
    const uint64_t milestone = random.below(100);
    set.touchpoints += milestone < 10 ? "\"FT, LC\"" : milestone < 18 ? "OC" : "";
    set.touchpoints += "\r\n";
  }
  return set;
}

double peakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

bool writeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gp;
  size_t opportunityCount = 100'000, touchCount = 1'000'000;
  std::string writeDir;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    const bool hasValue = i + 1 < argc;
    if (argument == "--opportunities" && hasValue) opportunityCount = std::strtoull(argv[++i], nullptr, 10);
    else if (argument == "--touches" && hasValue) touchCount = std::strtoull(argv[++i], nullptr, 10);
    else if (argument == "--write" && hasValue) writeDir = argv[++i];
    else {
      std::fprintf(stderr, "usage: gp_attribution_bench [--opportunities N] [--touches M] [--write DIR]\n");
      return 2;
    }
  }
  if (opportunityCount == 0) {
    std::fprintf(stderr, "gp_attribution_bench: --opportunities must be at least 1\n");
    return 2;
  }

  auto start = Clock::now();
  DataSet set = generate(opportunityCount, touchCount);
  const double generateMs = msSince(start);
  if (!writeDir.empty()) {
    for (const auto& [name, text] : {std::pair{"/opportunities.csv", &set.opportunities}, {"/touchpoints.csv", &set.touchpoints}}) {
      if (!writeFile(writeDir + name, *text)) {
        std::fprintf(stderr, "gp_attribution_bench: cannot write %s%s\n", writeDir.c_str(), name);
        return 1;
      }
      std::printf("wrote %s%s (%.1f MB)\n", writeDir.c_str(), name, static_cast<double>(text->size()) / 1e6);
    }
    return 0;
  }
  std::printf("data set:        %zu opportunities (%.1f MB), %zu touchpoints (%.1f MB), generated in %.0f ms\n",
              opportunityCount, static_cast<double>(set.opportunities.size()) / 1e6, touchCount,
              static_cast<double>(set.touchpoints.size()) / 1e6, generateMs);

  const OpportunityMapping opportunityMapping = suggestOpportunityMapping(previewCsv(set.opportunities, "opportunities").headers);
  const TouchMapping touchMapping = suggestTouchMapping(previewCsv(set.touchpoints, "touchpoints").headers);
  constexpr size_t kBudget = 20'000;
  start = Clock::now();
  AttributionImportJob job(std::move(set.opportunities), opportunityMapping, std::move(set.touchpoints), touchMapping);
  const double constructMs = msSince(start);
  // The longest step per phase: what a frame of the app would wait.
  struct PhaseSteps {
    std::string phase;
    size_t steps = 0;
    double totalMs = 0, longestMs = 0;
  };
  std::vector<PhaseSteps> phases;
  while (!job.finished()) {
    const std::string phase = job.phase();
    const auto stepStart = Clock::now();
    job.step(kBudget);
    const double ms = msSince(stepStart);
    if (phases.empty() || phases.back().phase != phase) phases.push_back(PhaseSteps{phase});
    PhaseSteps& current = phases.back();
    ++current.steps;
    current.totalMs += ms;
    current.longestMs = std::max(current.longestMs, ms);
  }
  const double importMs = msSince(start);
  if (!job.ok()) {
    std::fprintf(stderr, "import failed: %zu problems, the first: %s\n", job.problemCount(),
                 job.problems().empty() ? "" : job.problems().front().text().c_str());
    return 1;
  }
  const AttributionData data = job.takeData();
  std::printf("import:          %8.0f ms (budget %zu per step; constructing the job %.2f ms)\n", importMs, kBudget, constructMs);
  std::printf("  %-22s %6s %10s %10s %10s\n", "phase", "steps", "total ms", "mean ms", "longest ms");
  for (const PhaseSteps& phase : phases)
    std::printf("  %-22s %6zu %10.1f %10.2f %10.2f\n", phase.phase.c_str(), phase.steps, phase.totalMs,
                phase.totalMs / static_cast<double>(phase.steps), phase.longestMs);
  std::printf("                 %zu touches kept, %zu after the close dropped, %zu channels, %zu campaigns, "
              "%zu opportunities without touches\n",
              data.touches.size(), data.ignoredAfterClose, data.channels.size(), data.campaigns.size(), data.withoutTouches());

  std::printf("\n%-12s %10s %18s %18s\n", "model", "compute ms", "pipeline", "revenue");
  for (const AttributionModel model : kAllAttributionModels) {
    AttributionSettings settings;
    settings.model = model;
    start = Clock::now();
    const AttributionResult result = computeAttribution(data, settings);
    const double ms = msSince(start);
    std::printf("%-12s %10.1f %18.2f %18.2f\n", attributionModelName(model), ms,
                static_cast<double>(result.total.pipelineMicros) / 1e6, static_cast<double>(result.total.revenueMicros) / 1e6);
  }
  std::printf("\npeak memory:     %.0f MB (ru_maxrss)\n", peakMegabytes());
  return 0;
}
