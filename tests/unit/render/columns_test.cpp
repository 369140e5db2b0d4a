// The flat outputs: columns by name, TSV, CSV, a table of chosen columns, ids
// (src/render/columns.cpp).
#include "raci/render/columns.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/util/error.hpp"
#include "sample_matrix.hpp"

using raci::test::sample_all;
using raci::test::sample_matrix;
using raci::test::sample_selection;

namespace {

std::vector<std::string> names_of(const std::vector<raci::Column>& columns) {
  std::vector<std::string> out;
  for (const raci::Column& column : columns)
    out.push_back(column.name);
  return out;
}

std::string usage_error(const std::vector<std::string>& names) {
  try {
    raci::parse_columns(sample_matrix(), names);
  } catch (const raci::UsageError& e) {
    return e.what();
  }
  return "(no error)";
}

std::string tsv(const raci::Selection& selection, const std::vector<raci::Column>& columns,
                raci::Headers headers = raci::Headers::shown) {
  std::string out;
  raci::write_activities_tsv(raci::append_to(out), sample_matrix(), selection, columns, headers);
  return out;
}

}  // namespace

TEST_CASE("Columns: list's and who's, and every name --columns takes") {
  CHECK(names_of(raci::list_columns(sample_matrix())) ==
        std::vector<std::string>{"id", "section", "phase", "text", "text_en", "text_fr", "client",
                                 "example-host", "footnotes", "section_id"});
  CHECK(names_of(raci::who_columns(sample_matrix())) ==
        std::vector<std::string>{"id", "section", "phase", "text", "text_en", "text_fr", "R", "A",
                                 "C", "I", "footnotes", "section_id"});
  CHECK(raci::column_names(sample_matrix()) ==
        std::vector<std::string>{"id", "text", "text_en", "text_fr", "note", "section",
                                 "section_id", "phase", "footnotes", "matched", "client",
                                 "example-host", "R", "A", "C", "I"});
}

TEST_CASE("Columns: by field name, party id, name or alias, or letter, in any case") {
  CHECK(names_of(raci::parse_columns(sample_matrix(), {"ID", "Text_FR", "Example Host", "client",
                                                       "roles.example-host", "a", "who.I"})) ==
        std::vector<std::string>{"id", "text_fr", "example-host", "client", "example-host", "A",
                                 "I"});
  CHECK(usage_error({"id", "txet"}) ==
        "--columns: unknown column 'txet' (columns: id, text, text_en, text_fr, note, section, "
        "section_id, phase, footnotes, matched, client, example-host, R, A, C, I); did you mean "
        "'text'?");
  CHECK(usage_error({""}) ==
        "--columns: empty column name (columns: id, text, text_en, text_fr, note, section, "
        "section_id, phase, footnotes, matched, client, example-host, R, A, C, I)");
  CHECK(usage_error({"who.client"}).starts_with("--columns: unknown column 'who.client'"));
  CHECK(usage_error({"roles.R"}).starts_with("--columns: unknown column 'roles.R'"));
}

TEST_CASE("Columns: each cell holds the activity's field") {
  const raci::Matrix& m = sample_matrix();
  const raci::Activity& run = *m.find_activity("backup-run");
  const std::vector<raci::Column> columns = raci::parse_columns(
      m, {"id", "text", "text_fr", "note", "section", "section_id", "phase", "footnotes", "matched",
          "client", "example-host", "R", "A", "C", "I"});
  std::vector<std::string> cells;
  for (const raci::Column& column : columns)
    cells.push_back(raci::column_cell(m, run, column));
  CHECK(cells == std::vector<std::string>{"backup-run", "Run the backups", "", "",
                                          "Operations / Backup", "backup", "run", "1;2", "", "I",
                                          "RA", "example-host", "example-host", "", "client"});
  const raci::Activity& both = *m.find_activity("both-do");
  CHECK(raci::column_cell(m, both, columns[11]) == "client;example-host");
  CHECK(raci::column_cell(m, both, columns[6]).empty());  // no phase
  const raci::MatchedWords matched = [](const raci::Activity&) {
    return std::vector<std::string>{"backups", "Run"};
  };
  CHECK(raci::column_cell(m, run, columns[8], matched) == "backups;Run");
}

TEST_CASE("TSV: one header line, one line per activity, no headings") {
  CHECK(tsv(sample_selection({"size-platform", "backup-policy"}),
            raci::list_columns(sample_matrix())) ==
        "id\tsection\tphase\ttext\ttext_en\ttext_fr\tclient\texample-host\tfootnotes\tsection_id\n"
        "size-platform\tOnboarding\tonboarding\tSize the platform\tSize the platform\t\tRA\tCI\t\t"
        "onboarding\n"
        "backup-policy\tOperations / Backup\trun\tDefine the backup policy\tDefine the backup "
        "policy\tDéfinir la politique de sauvegarde\tRA\tC\t1\tbackup\n");
  CHECK(
      tsv(sample_all(), raci::parse_columns(sample_matrix(), {"id", "I"}), raci::Headers::hidden) ==
      "size-platform\texample-host\n"
      "install-servers\t\n"
      "backup-policy\t\n"
      "backup-run\tclient\n"
      "both-do\t\n");
  CHECK(tsv({}, raci::parse_columns(sample_matrix(), {"id"})) == "id\n");
}

TEST_CASE("TSV: tab, line feed, CR and backslash in text are escaped") {
  CHECK(raci::tsv_field("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e");
  CHECK(raci::tsv_field("\\t") == "\\\\t");
  CHECK(raci::tsv_field("x\x1b[1m") == "x\\x1b[1m");
  CHECK(raci::tsv_field("Définir") == "Définir");
}

TEST_CASE("CSV: chosen columns, with or without the header") {
  std::string out;
  raci::write_columns_csv(
      raci::append_to(out), sample_matrix(), sample_selection({"install-servers", "both-do"}),
      raci::parse_columns(sample_matrix(), {"id", "text", "R"}), {}, raci::Headers::hidden);
  CHECK(out ==
        "install-servers,\"Install the servers, racks and \"\"cables\"\"\",example-host\n"
        "both-do,Both do it | together,client;example-host\n");
}

TEST_CASE("Table: chosen columns, no headings, the header upper-cased or left out") {
  const std::vector<raci::Column> columns =
      raci::parse_columns(sample_matrix(), {"id", "client", "A", "text"});
  std::string out;
  raci::write_columns_table(raci::append_to(out), sample_matrix(),
                            sample_selection({"size-platform", "backup-run"}), columns, {});
  CHECK(out ==
        "ID             Client  A             TEXT\n"
        "size-platform  RA      client        Size the platform\n"
        "backup-run     I       example-host  Run the backups\n");
  out.clear();
  raci::Layout layout;
  layout.headers = false;
  raci::write_columns_table(raci::append_to(out), sample_matrix(),
                            sample_selection({"size-platform", "backup-run"}), columns, layout);
  CHECK(out ==
        "size-platform  RA      client        Size the platform\n"
        "backup-run     I       example-host  Run the backups\n");
}

TEST_CASE("Ids: one per line") {
  std::string out;
  raci::write_activity_ids(raci::append_to(out), sample_selection({"backup-run", "both-do"}));
  CHECK(out == "backup-run\nboth-do\n");
}
