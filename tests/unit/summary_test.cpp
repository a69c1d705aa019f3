// The one-page outcome: each section's content in HTML and Markdown, computed by the same
// calculations as the app, with plan text escaped so it cannot add markup or break tables.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/growth/plan_period.h"
#include "core/growth/waterfall.h"
#include "core/outcome/summary.h"
#include "core/review/review.h"
#include "core/text/number_text.h"
#include "core/workshop/diagnostic.h"
#include "test_support.h"

using namespace gp;

namespace {

const SummaryOptions kOptions{"2027-05-20", "2027-05-20T08:00:00Z"};
const char* kTricky = "<script>alert(\"x\")</script> & co";

GlossaryTerm term(std::string id, std::string name, std::string definition, TermStatus status) {
  GlossaryTerm t;
  t.meta.id = std::move(id);
  t.name = std::move(name);
  t.definition = std::move(definition);
  t.status = status;
  return t;
}

DiagnosticAnswer answer(std::string respondent, Team team, int base, int statement7) {
  DiagnosticAnswer a;
  a.meta.id = "dx-r2-" + respondent;
  a.roundId = "r2";
  a.respondent = std::move(respondent);
  a.team = team;
  a.scores.assign(kDiagnosticStatementCount, base);
  a.scores[6] = statement7;
  return a;
}

// A 2027 plan with the default funnel, one agreed and one proposed term, a tricky agreed term,
// a missed sales commitment, two diagnostic rounds and sign-offs (one of them cleared).
Document plan() {
  Document doc;
  doc.plan.meta.id = "plan1";
  doc.plan.company = "Northwind";
  doc.plan.title = "FY2027 plan";
  doc.plan.periodStart = "2027-01-01";
  doc.plan.periodEnd = "2027-12-31";
  doc.plan.currency = "EUR";
  doc.growth.assumptions = defaultGrowthAssumptions();
  doc.glossary.push_back(term("t1", "MQL", "A lead that fits the profile and showed intent.", TermStatus::agreed));
  doc.glossary.push_back(term("t2", "Velocity", "Still argued about.", TermStatus::proposed));
  doc.glossary.push_back(term("t3", kTricky, "Pipes | and *stars*\nsecond line", TermStatus::agreed));
  Commitment followUp;
  followUp.meta.id = "c1";
  followUp.owner = Team::sales;
  followUp.metric = "First follow-up within 24 hours";
  followUp.target = 24;
  followUp.unit = MetricUnit::hours;
  followUp.direction = Direction::atMost;
  followUp.actuals = {{"2027-Q1", 30}};
  doc.commitments.push_back(followUp);
  doc.diagnosticRounds.push_back({{"r1"}, "Kick-off", "2027-01-10"});
  doc.diagnosticRounds.push_back({{"r2"}, "Mid-year", "2027-05-12"});
  doc.diagnosticAnswers.push_back(answer("aaaaaaaaaaaaaaa1", Team::marketing, 4, 1));
  doc.diagnosticAnswers.push_back(answer("aaaaaaaaaaaaaaa2", Team::marketing, 3, 2));
  doc.diagnosticAnswers.push_back(answer("bbbbbbbbbbbbbbb1", Team::sales, 2, 5));
  SignOff termSignOff;
  termSignOff.meta = {"s1", Stamp{"Ana", "2027-03-01T09:00:00Z", Team::marketing}, {}};
  termSignOff.target = "t1";
  termSignOff.team = Team::marketing;
  termSignOff.fingerprint = contentFingerprint(doc, "t1");
  doc.signOffs.push_back(termSignOff);
  SignOff sla = termSignOff;
  sla.meta = {"s2", Stamp{"Ben", "2027-03-02T10:00:00Z", Team::sales}, {}};
  sla.target = kSlaTarget;
  sla.team = Team::sales;
  sla.fingerprint = contentFingerprint(doc, kSlaTarget);
  doc.signOffs.push_back(sla);
  doc.commitments[0].target = 12;  // after sales signed off the SLA: cleared
  return doc;
}

size_t countOf(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("the summary shows the goal and the funnel as the waterfall computes them") {
  const Document doc = plan();
  const WaterfallResult waterfall = computeWaterfall(doc.growth.assumptions, planPeriodOf(doc.plan, 2027));
  REQUIRE(waterfall.ok());
  const std::string md = summaryMarkdown(doc, kOptions);
  const std::string html = summaryHtml(doc, kOptions);

  CHECK(md.rfind("# Northwind: FY2027 plan\n", 0) == 0);
  CHECK(md.find("**Plan period:** 2027-01-01 to 2027-12-31 · **Currency:** EUR · **Generated:** 2027-05-20") !=
        std::string::npos);
  CHECK(html.find("<h1>FY2027 plan</h1>") != std::string::npos);
  CHECK(html.find("<dd>2027-05-20</dd>") != std::string::npos);

  const std::string target = formatMoney(1200000, "EUR");
  CHECK(target == "EUR 1,200,000");
  CHECK(md.find("- **Revenue target:** " + target) != std::string::npos);
  CHECK(html.find("<dt>Revenue target</dt><dd>" + target + "</dd>") != std::string::npos);
  const std::string deals = formatCount(waterfall.total.required.back());
  CHECK(md.find("- **Deals to win:** " + deals) != std::string::npos);
  CHECK(md.find("- **Top of funnel (Lead):** " + formatCount(waterfall.total.required.front())) != std::string::npos);
  for (size_t i = 0; i < waterfall.stageNames.size(); ++i) {
    const std::string count = formatCount(waterfall.total.required[i]);
    CAPTURE(waterfall.stageNames[i]);
    CHECK(md.find("| " + waterfall.stageNames[i] + " | ") != std::string::npos);
    CHECK(md.find(" | " + count + " |\n") != std::string::npos);
    CHECK(html.find("<th scope=\"row\">" + waterfall.stageNames[i] + "</th>") != std::string::npos);
    CHECK(html.find("<td class=\"num\">" + count + "</td>") != std::string::npos);
  }
  CHECK(md.find("| MQL | 40% | " + formatCount(waterfall.total.required[1]) + " |") != std::string::npos);
  // Per period: a row per quarter with its revenue and counts.
  const WaterfallPeriod& q2 = waterfall.periods[1];
  std::string row = "| 2027-Q2 | " + formatMoney(q2.revenue, "EUR") + " |";
  for (double count : q2.counts.required) row += " " + formatCount(count) + " |";
  CHECK(md.find(row + " " + q2.leadsCreatedIn + " |") != std::string::npos);
}

TEST_CASE("the summary lists commitments with their latest status, agreed terms only, and sign-offs") {
  const Document doc = plan();
  const std::string md = summaryMarkdown(doc, kOptions);
  const std::string html = summaryHtml(doc, kOptions);

  // 30 h against at most 12 h: missed.
  CHECK(md.find("| Sales | First follow-up within 24 hours | At most 12 h | 30 h in 2027-Q1 | Missed |") !=
        std::string::npos);
  CHECK(md.find("Sales: 0 met, 0 at risk, 1 missed.") != std::string::npos);
  CHECK(html.find("<span class=\"status s-bad\">Missed</span>") != std::string::npos);
  CHECK(html.find("<span class=\"team t-sales\">Sales</span>") != std::string::npos);

  CHECK(md.find("| MQL | A lead that fits the profile and showed intent. |") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">MQL</th><td>A lead that fits the profile and showed intent.</td>") !=
        std::string::npos);
  CHECK(md.find("Velocity") == std::string::npos);
  CHECK(html.find("Velocity") == std::string::npos);
  CHECK(md.find("1 more term is still proposed or under discussion.") != std::string::npos);

  CHECK(md.find("| Term “MQL” | Approved: Ana, 2027-03-01 | Awaiting | Not needed |") != std::string::npos);
  CHECK(md.find("| Service level agreement | Awaiting | Cleared: Changed after Sales signed off | Not needed |") !=
        std::string::npos);
  CHECK(html.find("<span class=\"status s-good\">Approved</span> <span class=\"cell-note\">Ana, 2027-03-01</span>") != std::string::npos);
  CHECK(md.find("Whole plan") == std::string::npos);  // nobody signed it: no row

  // Sections in their order.
  const std::vector<std::string> headings = {"## Shared goal and funnel", "## Service level agreement", "## Agreed terms",
                                             "## Alignment diagnostic", "## Sign-offs"};
  size_t at = 0;
  for (const auto& heading : headings) {
    CAPTURE(heading);
    const size_t found = md.find(heading + "\n", at);
    REQUIRE(found != std::string::npos);
    at = found;
  }
}

TEST_CASE("the summary shows the latest diagnostic round per team, its largest gaps and next steps") {
  const Document doc = plan();
  const std::string md = summaryMarkdown(doc, kOptions);
  const std::string html = summaryHtml(doc, kOptions);
  CHECK(md.find("Latest round: Mid-year, 2027-05-12.") != std::string::npos);
  CHECK(md.find("Kick-off") == std::string::npos);
  // Marketing: totals 77 and 59, mean 68.0; sales: 19 × 2 + 5 = 43; leadership: nobody.
  CHECK(md.find("| Marketing | 2 | 68.0 | Aligned |") != std::string::npos);
  CHECK(md.find("| Sales | 1 | 43.0 | Defined |") != std::string::npos);
  CHECK(md.find("| Leadership | 0 | — | No answers |") != std::string::npos);
  CHECK(html.find("<span class=\"team t-marketing\">Marketing</span>") != std::string::npos);
  // Statement 7: marketing 1.5, sales 5, the largest gap; then statements 1 and 2 (gap 1.5, in order).
  const std::string seven = std::string("| 7. ") + diagnosticStatement(7) + " | 1.5 | 5.0 | 3.5 |";
  CHECK(md.find(seven) != std::string::npos);
  CHECK(md.find(std::string("| 1. ") + diagnosticStatement(1) + " | 3.5 | 2.0 | 1.5 |") != std::string::npos);
  CHECK(md.find(std::string("| 2. ") + diagnosticStatement(2)) != std::string::npos);
  CHECK(md.find(std::string("| 3. ") + diagnosticStatement(3) + " | 3.5 | 2.0 | 1.5 |") == std::string::npos);  // 3 gaps
  // Weak: all 20, weakest first: 7 (marketing 1.5), then the others (sales 2.0) in statement order;
  // the first three are shown with their next step, the rest counted.
  const NextStep step = nextStepFor(7);
  CHECK(md.find(std::string("| 7. ") + diagnosticStatement(7) + " | 1.5 | 5.0 | " + step.view + ": " + step.action +
                " |") != std::string::npos);
  CHECK(md.find(std::string("| 2. ") + diagnosticStatement(2) + " | 3.5 | 2.0 | " + nextStepFor(2).view) !=
        std::string::npos);
  CHECK(md.find(std::string("| 3. ")) == std::string::npos);
  CHECK(md.find("*17 more statements scored below 3; the diagnostic report lists them all.*") != std::string::npos);

  SUBCASE("without rounds") {
    Document none = doc;
    none.diagnosticRounds.clear();
    none.diagnosticAnswers.clear();
    CHECK(summaryMarkdown(none, kOptions).find("## Alignment diagnostic\n\n*No diagnostic yet.*") != std::string::npos);
    CHECK(summaryHtml(none, kOptions).find("<p class=\"muted\">No diagnostic yet.</p>") != std::string::npos);
  }
}

TEST_CASE("plan text in the summary is escaped: no markup injected, tables intact") {
  const Document doc = plan();
  const std::string html = summaryHtml(doc, kOptions);
  const std::string md = summaryMarkdown(doc, kOptions);

  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co") != std::string::npos);
  CHECK(html.find("Pipes | and *stars*\nsecond line") != std::string::npos);
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<meta name=\"viewport\"") != std::string::npos);
  CHECK(html.find("<title>Northwind: FY2027 plan – summary</title>") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);

  // One table row, its two cells escaped: pipes cannot split the row, nothing becomes HTML.
  const std::string row =
      "| \\<script\\>alert(\"x\")\\</script\\> & co | Pipes \\| and \\*stars\\* second line |\n";
  CHECK(md.find(row) != std::string::npos);
  for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    CAPTURE(md.substr(at, 20));
    CHECK((at > 0 && md[at - 1] == '\\'));  // every "<" is escaped: no HTML in the Markdown
  }
  const size_t start = md.find("| Term | Definition |");
  REQUIRE(start != std::string::npos);
  const std::string table = md.substr(start, md.find("\n\n", start) - start);
  for (size_t line = 0, end; line < table.size(); line = end + 1) {
    end = table.find('\n', line);
    if (end == std::string::npos) end = table.size();
    const std::string text = table.substr(line, end - line);
    CAPTURE(text);
    CHECK(countOf(text, "|") - countOf(text, "\\|") == 3);
  }

  SUBCASE("in the title and headings of the document too") {
    Document tricky = doc;
    tricky.plan.company = "# <b>Big</b>";
    tricky.plan.title = "'Q' & \"A\"";
    const std::string trickyHtml = summaryHtml(tricky, kOptions);
    CHECK(trickyHtml.find("<b>") == std::string::npos);
    CHECK(trickyHtml.find("<h1>&#39;Q&#39; &amp; &quot;A&quot;</h1>") != std::string::npos);
    CHECK(summaryMarkdown(tricky, kOptions).rfind("# \\# \\<b\\>Big\\</b\\>: 'Q' & \"A\"\n", 0) == 0);
  }
}

TEST_CASE("the summary of the sample plan covers every section and says what is missing") {
  LoadResult loaded = loadDocument(test::readFile(test::assetPath("sample-plan.json")));
  REQUIRE(std::holds_alternative<Document>(loaded));
  const Document& doc = std::get<Document>(loaded);
  const std::string md = summaryMarkdown(doc, kOptions);
  CHECK(md.find("- **Revenue target:** EUR 18,000,000") != std::string::npos);
  CHECK(md.find("**Per source**") != std::string::npos);
  CHECK(md.find("| Marketing | Marketing-sourced MQLs delivered per quarter |") != std::string::npos);
  CHECK(md.find("| ICP | Ideal customer profile") != std::string::npos);
  CHECK(md.find("Marketing-touched") == std::string::npos);  // proposed
  CHECK(md.find("*No diagnostic yet.*") != std::string::npos);
  CHECK(md.find("*No sign-offs yet.*") != std::string::npos);

  SUBCASE("a funnel that cannot be computed is explained, not shown") {
    Document broken = doc;
    broken.growth.assumptions.averageDealSize = 0;
    const std::string text = summaryMarkdown(broken, kOptions);
    CHECK(text.find("The funnel cannot be worked out until the goal's assumptions are fixed: growth.averageDealSize") !=
          std::string::npos);
    CHECK(text.find("**The funnel") == std::string::npos);
  }
}

TEST_CASE("the summary lists the decisions and the action items, overdue ones first and flagged") {
  Document doc = plan();
  doc.people.push_back({{"p1"}, "Ana Lima", Team::marketing});
  Workshop kickOff;
  kickOff.meta.id = "w1";
  kickOff.title = "SLA kick-off";
  doc.workshops.push_back(kickOff);
  doc.workshopNotes.push_back({{"n1"}, "w1", WorkshopNoteKind::decision, "An MQL is followed up within one working day"});
  doc.workshopNotes.push_back({{"n2"}, "w1", WorkshopNoteKind::parked, "Partner leads: later"});
  doc.actions.push_back({{"a1"}, "w1", "Publish the lead definition", "p1", "2027-06-30", ActionStatus::open});
  doc.actions.push_back({{"a2"}, "w1", "Set up the <b>SLA</b> report", "", "2027-05-01", ActionStatus::inProgress});
  doc.actions.push_back({{"a3"}, "", "Book the review", "p1", "2027-04-01", ActionStatus::done});
  const std::string md = summaryMarkdown(doc, kOptions);
  const std::string html = summaryHtml(doc, kOptions);

  CHECK(md.find("## Decisions and action items") != std::string::npos);
  CHECK(md.find("**What the teams decided at SLA kick-off**") != std::string::npos);
  CHECK(md.find("| An MQL is followed up within one working day |\n") != std::string::npos);
  CHECK(md.find("Partner leads") == std::string::npos);  // parked, not decided
  CHECK(md.find("1 action item is overdue.") != std::string::npos);
  // Overdue first (due before the 20th of May, not done), then open, then done.
  const size_t overdue = md.find(" report | Nobody yet | 2027-05-01 | Overdue |");
  const size_t open = md.find("| Publish the lead definition | Ana Lima | 2027-06-30 | Open |");
  const size_t done = md.find("| Book the review | Ana Lima | 2027-04-01 | Done |");
  REQUIRE(overdue != std::string::npos);
  REQUIRE(open != std::string::npos);
  REQUIRE(done != std::string::npos);
  CHECK(overdue < open);
  CHECK(open < done);
  CHECK(html.find("<b>SLA</b>") == std::string::npos);
  CHECK(html.find("Set up the &lt;b&gt;SLA&lt;/b&gt; report") != std::string::npos);
  CHECK(html.find("<span class=\"status s-bad\">Overdue</span>") != std::string::npos);

  SUBCASE("without any, it says so") {
    const std::string empty = summaryMarkdown(plan(), kOptions);
    CHECK(empty.find("*No decisions recorded yet.*") != std::string::npos);
    CHECK(empty.find("*No action items yet.*") != std::string::npos);
  }
}
