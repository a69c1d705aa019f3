// CSV (RFC 4180) reading and writing, glossary export and the previewed import, Markdown export.
#include <doctest/doctest.h>

#include "core/text/csv.h"
#include "core/format/format.h"
#include "core/glossary/glossary_csv.h"
#include "core/glossary/glossary_markdown.h"
#include "core/session/history.h"
#include "test_support.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z"};
const EditContext kBen{"Ben", "2027-01-06T10:00:00Z"};

Document loadOrFail(const std::string& text) {
  LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) FAIL("unexpected load error: " << error->message);
  return std::get<Document>(result);
}

Document samplePlan() { return loadOrFail(test::readFile(test::assetPath("sample-plan.json"))); }

std::vector<std::string> messagesOf(const CsvImportPreview& preview) {
  std::vector<std::string> messages;
  for (const auto& error : preview.errors) messages.push_back(error.message);
  return messages;
}

// A glossary whose text exercises every CSV rule: quotes, commas, line breaks, non-ASCII, formulas.
Document trickyDocument() {
  Document doc;
  GlossaryTerm a;
  a.meta.id = "a";
  a.name = "Lead, \"qualified\"";
  a.aliases = {"QL", "Lead — «qualifié»", "=HYPERLINK(\"x\")"};
  a.status = TermStatus::agreed;
  a.category = TermCategory::funnelStage;
  a.owner = Team::marketing;
  a.marketingDefinition = "Line one\nLine two, with a comma\r\nand CRLF";
  a.salesDefinition = "+49 30 1234 — call them";
  a.definition = "-5% is bad; '=literal' stays; 日本語 🚀";
  a.examples = {"@mention", "", "two"};
  a.counterExamples = {"'=already quoted", "''+two quotes"};
  a.notes = "\tstarts with a tab";
  GlossaryTerm b;
  b.meta.id = "b";
  b.name = "Old lead";
  b.status = TermStatus::deprecated;
  b.replacedBy = "a";
  b.relatedTermIds = {"a"};
  b.notes = "'plain apostrophe";
  doc.glossary = {a, b};
  return doc;
}

}  // namespace

TEST_CASE("CSV cells are quoted only when needed and parse back exactly") {
  CHECK(csvCell("plain") == "plain");
  CHECK(csvCell("a,b") == "\"a,b\"");
  CHECK(csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csvCell("two\nlines") == "\"two\nlines\"");
  CHECK(csvRow({"a", "", "c d"}) == "a,,c d\r\n");
  const std::vector<std::string> cells = {"", "a,b", "\"", "x\r\ny", "Zoë 🚀", " spaced "};
  const CsvTable table = parseCsv(csvRow(cells) + csvRow({"last"}));
  REQUIRE_FALSE(table.error);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0] == cells);
  CHECK(table.rows[1] == std::vector<std::string>{"last"});
}

TEST_CASE("the CSV reader accepts LF, CR, a BOM and no final line end, and counts blank rows") {
  const CsvTable table = parseCsv("\xEF\xBB\xBFh1,h2\nA,B\r\rC,\"D\"");
  REQUIRE_FALSE(table.error);
  CHECK(table.rows == std::vector<std::vector<std::string>>{{"h1", "h2"}, {"A", "B"}, {""}, {"C", "D"}});
  CHECK(parseCsv("").rows.empty());
  CHECK(parseCsv("a\r\n").rows.size() == 1);
  const CsvTable broken = parseCsv("a,b\n\"x\ny\",\"z");
  REQUIRE(broken.error);
  CHECK(broken.error->row == 2);
  CHECK(broken.error->column == 2);
}

TEST_CASE("formula protection is one apostrophe, undone exactly on import") {
  for (const std::string text : {"=1+1", "+49", "-5", "@x", "\tx", "\rx", "'=x", "''+x", "'x", "x=1", "", "'", "''"}) {
    CAPTURE(text);
    CHECK(unprotectFromFormula(protectFromFormula(text)) == text);
  }
  CHECK(protectFromFormula("=SUM(A1)") == "'=SUM(A1)");
  CHECK(protectFromFormula("'=x") == "''=x");
  CHECK(protectFromFormula("'quoted") == "'quoted");
  CHECK(protectFromFormula("a=b") == "a=b");
  CHECK(unprotectFromFormula("'quoted") == "'quoted");
}

TEST_CASE("export → import → export is lossless, with quotes, commas, line breaks, non-ASCII and formulas") {
  const Document doc = trickyDocument();
  const std::string csv = glossaryToCsv(doc);
  CHECK(csv.rfind("name,aliases,status,category,owner,replaced by,marketing definition,sales definition,agreed "
                  "definition,examples,counter-examples,related terms,notes\r\n",
                  0) == 0);
  CHECK(csv.find("\"'=HYPERLINK") == std::string::npos);  // only the first character of a cell matters
  CHECK(csv.find(",'+49 30") != std::string::npos);
  CHECK(csv.find(",'-5% is bad") != std::string::npos);
  CHECK(csv.find(",\"'@mention\n") != std::string::npos);
  CHECK(csv.find(",\"''=already quoted\n''+two quotes\"") != std::string::npos);
  CHECK(csv.find(",'plain apostrophe") != std::string::npos);
  const CsvTable table = parseCsv(csv);
  for (const auto& row : table.rows)
    for (const auto& cell : row) CHECK((cell.empty() || std::string("=+-@\t\r").find(cell[0]) == std::string::npos));

  // Into an empty plan: every row is added, links resolve to the new terms.
  Document empty;
  empty.plan.meta.id = "plan";
  History history(empty, 9);
  const CsvImportPreview preview = previewCsvImport(history.doc(), csv, MergeMode::updateByName);
  REQUIRE(preview.ok());
  CHECK(preview.count(ImportAction::add) == 2);
  REQUIRE(history.applyGlossaryImport(preview, kBen));
  CHECK(glossaryToCsv(history.doc()) == csv);
  const GlossaryTerm& imported = history.doc().glossary[0];
  CHECK(imported.name == doc.glossary[0].name);
  CHECK(imported.aliases == doc.glossary[0].aliases);
  CHECK(imported.marketingDefinition == doc.glossary[0].marketingDefinition);
  CHECK(imported.examples == doc.glossary[0].examples);
  CHECK(imported.counterExamples == doc.glossary[0].counterExamples);
  CHECK(imported.notes == doc.glossary[0].notes);
  CHECK(history.doc().glossary[1].replacedBy == imported.meta.id);
  CHECK(history.doc().glossary[1].relatedTermIds == std::vector<std::string>{imported.meta.id});
  CHECK(imported.history == std::vector<TermChange>{{kBen.now, "Ben", "", "Imported from CSV"}});
  CHECK(std::holds_alternative<Document>(loadDocument(saveDocument(history.doc()))));

  // Onto itself: nothing changes.
  const CsvImportPreview again = previewCsvImport(history.doc(), csv, MergeMode::updateByName);
  CHECK(again.count(ImportAction::unchanged) == 2);
  const auto revision = history.revision();
  CHECK(history.applyGlossaryImport(again, kBen));
  CHECK(history.revision() == revision);
}

TEST_CASE("the sample plan's glossary survives a CSV round trip unchanged") {
  History history(samplePlan(), 4);
  const Document before = history.doc();
  const std::string csv = glossaryToCsv(before);
  const CsvImportPreview preview = previewCsvImport(before, csv, MergeMode::updateByName);
  REQUIRE(preview.ok());
  CHECK(preview.count(ImportAction::unchanged) == static_cast<int>(before.glossary.size()));
  history.applyGlossaryImport(preview, kAna);
  CHECK(history.doc() == before);
}

TEST_CASE("merge modes: add every row, update by name, or skip existing names") {
  History history(Document{}, 2);
  GlossaryTerm mql;
  mql.name = "MQL";
  mql.definition = "Old";
  const std::string mqlId = history.addTerm(mql, kAna);
  const std::string csv = "Name,Agreed definition,Status\r\nmql,New,Agreed\r\nPipeline,Open deals,proposed\r\n";

  const CsvImportPreview skip = previewCsvImport(history.doc(), csv, MergeMode::skipExisting);
  REQUIRE(skip.ok());
  CHECK(skip.rows[0].action == ImportAction::skip);
  CHECK(skip.rows[1].action == ImportAction::add);
  CHECK(skip.rows[1].row == 3);

  const CsvImportPreview add = previewCsvImport(history.doc(), csv, MergeMode::addNew);
  CHECK(add.count(ImportAction::add) == 2);

  const CsvImportPreview update = previewCsvImport(history.doc(), csv, MergeMode::updateByName);
  REQUIRE(update.ok());
  CHECK(update.rows[0].action == ImportAction::update);
  CHECK(update.rows[0].term.meta.id == mqlId);
  CHECK(history.doc().glossary.size() == 1);  // previews change nothing
  REQUIRE(history.applyGlossaryImport(update, kBen));
  CHECK(history.undoLabel() == "Import 2 terms");
  REQUIRE(history.doc().glossary.size() == 2);
  const GlossaryTerm& updated = *history.findTerm(mqlId);
  CHECK(updated.name == "mql");
  CHECK(updated.definition == "New");
  CHECK(updated.status == TermStatus::agreed);
  CHECK(updated.history.back().summary == "Status: Proposed → Agreed");
  CHECK(updated.meta.modified == Stamp{"Ben", kBen.now});
  CHECK(history.undo());
  CHECK(history.doc().glossary.size() == 1);
  CHECK(history.findTerm(mqlId)->definition == "Old");
}

TEST_CASE("a CSV without some columns keeps those fields of updated terms") {
  History history(samplePlan(), 4);
  const GlossaryTerm before = history.doc().glossary[1];
  const CsvImportPreview preview =
      previewCsvImport(history.doc(), "name,notes\n" + before.name + ",Reviewed in January\n", MergeMode::updateByName);
  REQUIRE(preview.ok());
  REQUIRE(history.applyGlossaryImport(preview, kAna));
  const GlossaryTerm& after = *history.findTerm(before.meta.id);
  CHECK(after.notes == "Reviewed in January");
  CHECK(after.aliases == before.aliases);
  CHECK(after.definition == before.definition);
  CHECK(after.relatedTermIds == before.relatedTermIds);
}

TEST_CASE("a preview with errors imports nothing") {
  History history(samplePlan(), 4);
  const Document before = history.doc();
  const CsvImportPreview preview =
      previewCsvImport(before, "name,status\nGood,agreed\nBad,final\n", MergeMode::updateByName);
  CHECK(messagesOf(preview) ==
        std::vector<std::string>{"row 3, column 2 (status): expected one of proposed, discussing, agreed, deprecated"});
  CHECK(preview.rows.empty());
  CHECK(preview.errors[0].row == 3);
  CHECK(preview.errors[0].column == 2);
  CHECK_FALSE(history.applyGlossaryImport(preview, kAna));
  CHECK(history.doc() == before);
  CHECK_FALSE(history.canUndo());
}

TEST_CASE("every bad CSV in the corpus is rejected with exactly its expected messages") {
  const Document doc = samplePlan();
  const auto files = test::filesIn(test::dataPath("csv-invalid"), ".csv");
  REQUIRE(files.size() >= 20);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    auto expectedPath = path;
    expectedPath.replace_extension(".expected");
    REQUIRE(std::filesystem::exists(expectedPath));
    std::vector<std::string> expected;
    std::string text = test::readFile(expectedPath);
    for (size_t start = 0; start < text.size();) {
      const size_t end = text.find('\n', start);
      expected.push_back(text.substr(start, end - start));
      start = end == std::string::npos ? text.size() : end + 1;
    }
    for (const auto mode : {MergeMode::addNew, MergeMode::updateByName, MergeMode::skipExisting}) {
      const CsvImportPreview preview = previewCsvImport(doc, test::readFile(path), mode);
      CHECK(messagesOf(preview) == expected);
      CHECK(preview.rows.empty());
    }
  }
}

TEST_CASE("the Markdown export lists every term with its fields, escaped") {
  const std::string markdown = glossaryToMarkdown(trickyDocument());
  CHECK(markdown.rfind("# Glossary\n\n## Lead, \"qualified\"\n\n*Agreed* · Funnel stage · owned by Marketing\n\n", 0) == 0);
  CHECK(markdown.find("**Also called:** QL, Lead — «qualifié», \\=HYPERLINK(\"x\")\n") != std::string::npos);
  CHECK(markdown.find("**Marketing's definition:** Line one  \nLine two, with a comma  \nand CRLF\n") != std::string::npos);
  CHECK(markdown.find("**Agreed definition:** \\-5% is bad") != std::string::npos);
  CHECK(markdown.find("## Old lead\n\n*Deprecated* · Other · owned by Other\n\n**Use instead:** Lead, \"qualified\"\n") !=
        std::string::npos);
  CHECK(markdown.find("**Related:** Lead, \"qualified\"\n") != std::string::npos);
  CHECK(markdown.back() == '\n');
  CHECK(markdown.find("\n\n\n") == std::string::npos);
  CHECK(glossaryToMarkdown(Document{}) == "# Glossary\n\nNo terms yet.\n");
}
