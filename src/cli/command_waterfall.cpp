// growthplan waterfall [FILE] [--json] [--target N] ...: the reverse demand waterfall of a plan (or
// of the default assumptions), with flags overriding the file, as a table or as JSON.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "core/growth/budget.h"
#include "core/growth/capacity.h"
#include "core/format/format.h"
#include "core/session/history.h"
#include "core/text/number_text.h"
#include "core/format/validation.h"
#include "core/growth/waterfall.h"
#include "file_io.h"

namespace gp::cli {

namespace {

struct Options {
  std::string path;
  bool json = false;
  std::optional<double> target, dealSize;
  std::optional<std::vector<double>> rates, weights;
  std::optional<std::string> start;
  std::optional<int> months, cycleDays;
  std::optional<PeriodGranularity> periods;
};

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> items;
  std::string item;
  std::istringstream in(text);
  while (std::getline(in, item, ',')) items.push_back(item);
  if (!text.empty() && text.back() == ',') items.push_back("");
  return items;
}

// Parses the options; returns an error message (without the "waterfall: " prefix) or nothing.
std::optional<std::string> parseOptions(const Arguments& arguments, Options& options) {
  for (size_t i = 0; i < arguments.size(); ++i) {
    std::string flag = arguments[i];
    std::optional<std::string> inlineValue;
    if (flag.rfind("--", 0) == 0) {
      if (const auto equals = flag.find('='); equals != std::string::npos) {
        inlineValue = flag.substr(equals + 1);
        flag.resize(equals);
      }
    }
    const auto value = [&]() -> std::optional<std::string> {
      if (inlineValue) return inlineValue;
      if (i + 1 >= arguments.size()) return std::nullopt;
      return arguments[++i];
    };
    const auto number = [&](std::optional<double>& into) -> std::optional<std::string> {
      const auto text = value();
      if (!text) return flag + " needs a number";
      const ParsedNumber parsed = parseNumber(*text);
      if (!parsed.value) return flag + ": " + parsed.error;
      into = parsed.value;
      return std::nullopt;
    };
    const auto wholeNumber = [&](std::optional<int>& into) -> std::optional<std::string> {
      std::optional<double> parsed;
      if (auto error = number(parsed)) return error;
      if (*parsed != std::floor(*parsed) || std::fabs(*parsed) > 1e6) return flag + " needs a whole number";
      into = static_cast<int>(*parsed);
      return std::nullopt;
    };
    const auto list = [&](std::optional<std::vector<double>>& into) -> std::optional<std::string> {
      const auto text = value();
      if (!text) return flag + " needs a comma-separated list";
      std::vector<double> values;
      for (const auto& item : splitList(*text)) {
        const ParsedNumber parsed = parseRate(item);
        if (!parsed.value) return flag + ": " + parsed.error;
        values.push_back(*parsed.value);
      }
      into = std::move(values);
      return std::nullopt;
    };

    std::optional<std::string> error;
    if (flag == "--json" && !inlineValue) {
      options.json = true;
    } else if (flag == "--target") {
      error = number(options.target);
    } else if (flag == "--deal-size") {
      error = number(options.dealSize);
    } else if (flag == "--rates") {
      error = list(options.rates);
    } else if (flag == "--weights") {
      error = list(options.weights);
    } else if (flag == "--months") {
      error = wholeNumber(options.months);
    } else if (flag == "--cycle-days") {
      error = wholeNumber(options.cycleDays);
    } else if (flag == "--start") {
      const auto text = value();
      if (!text || !isValidDate(*text)) return "--start needs a date like 2027-01-01";
      options.start = *text;
    } else if (flag == "--periods") {
      const auto text = value();
      options.periods = text ? periodGranularityFromName(*text) : std::nullopt;
      if (!options.periods) return "--periods needs monthly or quarterly";
    } else if (flag.size() > 1 && flag[0] == '-') {
      return "unknown option '" + arguments[i] + "'";
    } else if (!options.path.empty()) {
      return "give at most one FILE";
    } else {
      options.path = flag;
    }
    if (error) return error;
  }
  return std::nullopt;
}

int currentYear() {
  using namespace std::chrono;
  return static_cast<int>(year_month_day(floor<days>(system_clock::now())).year());
}

std::string funnelText(const GrowthAssumptions& a) {
  std::string text;
  for (const auto& stage : a.stages) text += (text.empty() ? "" : " → ") + stage.name;
  return text;
}

// Characters, not bytes, so names with accents line up.
size_t displayWidth(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padRight(const std::string& text, size_t width) {
  return text + std::string(width > displayWidth(text) ? width - displayWidth(text) : 0, ' ');
}

std::string padLeft(const std::string& text, size_t width) {
  return std::string(width > displayWidth(text) ? width - displayWidth(text) : 0, ' ') + text;
}

void printTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths;
  for (const auto& row : rows)
    for (size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) line += c == 0 ? padRight(row[c], widths[c]) : "  " + padLeft(row[c], widths[c]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

void printJson(std::ostream& out, const WaterfallResult& result) {
  using Json = nlohmann::ordered_json;
  const auto counts = [&](const StageCounts& stageCounts) {
    Json json = Json::object();
    for (size_t i = 0; i < result.stageNames.size(); ++i)
      json[result.stageNames[i]] = static_cast<int64_t>(stageCounts.required[i]);
    return json;
  };
  Json json = Json::object();
  json["stages"] = result.stageNames;
  json["total"] = counts(result.total);
  json["periods"] = Json::array();
  for (const auto& period : result.periods) {
    Json item = Json::object();
    item["period"] = period.slot.label;
    item["required"] = counts(period.counts);
    item["leadsCreatedIn"] = period.leadsCreatedIn;
    json["periods"].push_back(std::move(item));
  }
  out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void printReadable(std::ostream& out, const Document& doc, const GrowthAssumptions& a, const PlanPeriod& period,
                   const WaterfallResult& result) {
  const std::string& currency = doc.plan.currency;
  if (!doc.plan.company.empty() || !doc.plan.title.empty())
    out << doc.plan.company << (doc.plan.company.empty() || doc.plan.title.empty() ? "" : " — ") << doc.plan.title << "\n";
  out << "Target " << formatMoney(a.target, currency) << " at " << formatMoney(a.averageDealSize, currency)
      << " per deal: " << formatCount(result.total.required.back()) << " deals to win\n";
  out << "Funnel " << funnelText(a) << "; " << periodGranularityName(a.periods) << " periods from "
      << result.periods.front().slot.startDate.substr(0, 7) << " for " << period.months << " months"
      << (a.periodWeights.empty() ? "" : ", custom weights") << "; sales cycle " << a.salesCycleDays << " days\n\n";

  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header{"Stage", "Rate", "Total"};
  for (const auto& p : result.periods) header.push_back(p.slot.label);
  rows.push_back(header);
  for (size_t i = 0; i < result.stageNames.size(); ++i) {
    std::vector<std::string> row{result.stageNames[i], i + 1 < a.stages.size() ? formatPercent(a.stages[i].conversionRate, 2) : "",
                                 formatCount(result.total.required[i])};
    for (const auto& p : result.periods) row.push_back(formatCount(p.counts.required[i]));
    rows.push_back(row);
  }
  std::vector<std::string> lag{"Leads enter in", "", ""};
  for (const auto& p : result.periods) lag.push_back(p.leadsCreatedIn);
  rows.push_back(lag);
  printTable(out, rows);

  if (result.sources.size() > 1) {
    out << "\nBy source\n";
    rows.clear();
    header = {"Stage"};
    for (const auto& source : result.sources) header.push_back(source.name + " (" + formatPercent(source.share, 2) + ")");
    rows.push_back(header);
    for (size_t i = 0; i < result.stageNames.size(); ++i) {
      std::vector<std::string> row{result.stageNames[i]};
      for (const auto& source : result.sources) row.push_back(formatCount(source.counts.required[i]));
      rows.push_back(row);
    }
    printTable(out, rows);
  }

  const CapacityResult capacity = computeCapacity(a, period);
  const BudgetResult budget = computeBudget(a, period);
  out << "\nCapacity: " << a.capacity.reps << " reps";
  if (!a.capacity.newHires.empty()) out << " + " << a.capacity.newHires.size() << " new hires";
  out << " carry " << formatMoney(capacity.capacity, currency) << " ("
      << (capacity.gap > 0.5 ? formatMoney(capacity.gap, currency) + " short of the target" : "covers the target")
      << "); open pipeline " << formatMoney(capacity.openPipeline, currency) << " is "
      << formatNumber(capacity.pipelineCoverage, 2) << "× the target (the funnel needs "
      << formatNumber(capacity.requiredCoverage, 2) << "×)\n";
  out << "Budget: " << formatCount(budget.marketingLeads) << " marketing-sourced leads (" << budget.leadStageName << ")";
  if (budget.costKnown) {
    out << " cost " << formatMoney(budget.cost, currency) << " of a " << formatMoney(budget.budget, currency) << " budget (";
    if (budget.moneyGap > 0.005)
      out << formatMoney(budget.moneyGap, currency) << " or " << formatCount(budget.leadsGap) << " leads short";
    else
      out << "covered";
    out << ")\n";
  } else {
    out << "; add channels with a cost per lead to check the budget\n";
  }
  if (result.periods.size() > 1)
    out << "\nEach count is rounded up from its exact value, so periods can add up to a little more than the total.\n";
}

}  // namespace

int runWaterfall(const Arguments& arguments) {
  Options options;
  if (const auto error = parseOptions(arguments, options)) return usageError("waterfall: " + *error);

  Document doc;
  if (options.path.empty()) {
    IdGenerator ids(1);
    doc = newDocument(ids, EditContext{});
  } else {
    const ReadOutcome file = readWholeFile(options.path);
    if (!file.text) {
      std::cerr << options.path << ": " << file.problem << "\n";
      return kExitUsage;
    }
    LoadResult result = loadDocument(*file.text);
    if (const auto* error = std::get_if<LoadError>(&result)) {
      std::cerr << options.path << ": " << error->message << "\n";
      return kExitProblem;
    }
    doc = std::move(std::get<Document>(result));
  }

  GrowthAssumptions a = doc.growth.assumptions;
  PlanPeriod period = planPeriodOf(doc.plan, currentYear());
  const size_t periodsBefore = periodSlots(period, a.periods).size();
  if (options.start) period = PlanPeriod{std::stoi(options.start->substr(0, 4)), std::stoi(options.start->substr(5, 2)), period.months};
  if (options.months) period.months = *options.months;
  if (options.periods) a.periods = *options.periods;
  if (options.target) a.target = *options.target;
  if (options.dealSize) a.averageDealSize = *options.dealSize;
  if (options.cycleDays) a.salesCycleDays = *options.cycleDays;
  if (options.rates) {
    if (a.stages.empty() || options.rates->size() != a.stages.size() - 1)
      return usageError("waterfall: --rates gives " + std::to_string(options.rates->size()) + " rates; the funnel " +
                        funnelText(a) + " needs " + std::to_string(a.stages.empty() ? 0 : a.stages.size() - 1));
    for (size_t i = 0; i < options.rates->size(); ++i) a.stages[i].conversionRate = (*options.rates)[i];
  }
  if (options.weights) {
    a.periodWeights = *options.weights;
  } else if (period.months >= 1 && period.months <= kMaxPlanMonths && periodSlots(period, a.periods).size() != periodsBefore) {
    a.periodWeights.clear();  // the file's weights were for other periods
  }

  const WaterfallResult result = computeWaterfall(a, period);
  if (!result.ok()) {
    const std::string prefix = options.path.empty() ? "" : options.path + ": ";
    for (const auto& issue : result.issues) std::cerr << prefix << describe(issue) << "\n";
    return kExitProblem;
  }
  if (options.json) printJson(std::cout, result);
  else printReadable(std::cout, doc, a, period, result);
  return kExitOk;
}

}  // namespace gp::cli
