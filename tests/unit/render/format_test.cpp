// Format names, JSON and CSV (src/render/format.cpp).
#include "raci/render/format.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "sample_matrix.hpp"

using raci::test::sample_all;
using raci::test::sample_matrix;
using raci::test::sample_selection;

TEST_CASE("Format: names and back, in the order of the enum") {
  CHECK(raci::format_names() == std::vector<std::string>{"table", "json", "jsonl", "csv", "tsv",
                                                         "ids", "markdown", "checklist", "yaml",
                                                         "html"});
  CHECK(raci::format_from_name("tsv") == raci::Format::tsv);
  CHECK(raci::format_from_name("ids") == raci::Format::ids);
  CHECK(raci::format_from_name("jsonl") == raci::Format::jsonl);
  CHECK(raci::format_from_name("html") == raci::Format::html);
  CHECK(raci::format_name(raci::Format::checklist) == "checklist");
  CHECK(raci::format_name(raci::Format::table) == "table");
  CHECK_FALSE(raci::format_from_name("JSON").has_value());
  CHECK_FALSE(raci::format_from_name("md").has_value());
  CHECK_FALSE(raci::format_from_name("").has_value());
}

TEST_CASE("Format: a section path joins the titles from the top down") {
  const raci::Matrix& m = sample_matrix();
  CHECK(raci::section_path_text(m, *m.find_section("backup")) == "Operations / Backup");
  CHECK(raci::section_path_text(m, *m.find_section("operations")) == "Operations");
}

TEST_CASE("Format: csv_record quotes fields with commas or quotes, doubling the quotes") {
  CHECK(raci::csv_record({"a", "b c"}) == "a,b c\n");
  CHECK(raci::csv_record({"a,b", "say \"hi\"", "x"}) == "\"a,b\",\"say \"\"hi\"\"\",x\n");
  CHECK(raci::csv_record({"", ""}) == ",\n");
  CHECK(raci::csv_record({}) == "\n");
  CHECK(raci::csv_record({"\""}) == "\"\"\"\"\n");
}

TEST_CASE("Format: csv_record ends with a line feed, or CRLF as RFC 4180 says") {
  raci::CsvStyle rfc;
  rfc.line_end = raci::LineEnd::crlf;
  CHECK(raci::csv_record({"a", "b,c"}, rfc) == "a,\"b,c\"\r\n");
  CHECK(raci::csv_record({"=1"}, rfc) == "'=1\r\n");
  rfc.cells = raci::CsvCells::raw;
  CHECK(raci::csv_record({"=1"}, rfc) == "=1\r\n");
  CHECK(raci::csv_start(rfc).empty());
  rfc.bom = raci::Bom::utf8;
  CHECK(raci::csv_start(rfc) == "\xef\xbb\xbf");
}

TEST_CASE("Format: csv_record shows control characters escaped, so no record spans lines") {
  CHECK(raci::csv_record({"one\ntwo", "a\rb", "tab\there"}) == "one\\ntwo,a\\rb,tab\\there\n");
  CHECK(raci::csv_record({"x\x1b[1m,y"}) == "\"x\\x1b[1m,y\"\n");
}

TEST_CASE(
    "Format: activities_csv has a column per party id and the footnotes joined by semicolons") {
  CHECK(raci::activities_csv(sample_matrix(), sample_all()) ==
        "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id\n"
        "size-platform,Onboarding,onboarding,Size the platform,Size the platform,,RA,CI,,"
        "onboarding\n"
        "install-servers,Onboarding,onboarding,\"Install the servers, racks and "
        "\"\"cables\"\"\",\"Install the servers, racks and \"\"cables\"\"\",,,RA,2,onboarding\n"
        "backup-policy,Operations / Backup,run,Define the backup policy,Define the backup "
        "policy,Définir la politique de sauvegarde,RA,C,1,backup\n"
        "backup-run,Operations / Backup,run,Run the backups,Run the backups,,I,RA,1;2,backup\n"
        "both-do,Misc | pipes,,Both do it | together,Both do it | together,,R,RA,,misc\n");
  CHECK(raci::activities_csv(sample_matrix(), sample_selection({"backup-run"})) ==
        "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id\n"
        "backup-run,Operations / Backup,run,Run the backups,Run the backups,,I,RA,1;2,backup\n");
  CHECK(raci::activities_csv(sample_matrix(), {}) ==
        "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id\n");
  raci::CsvStyle spreadsheet;
  spreadsheet.line_end = raci::LineEnd::crlf;
  spreadsheet.bom = raci::Bom::utf8;
  CHECK(raci::activities_csv(sample_matrix(), sample_selection({"backup-run"}), spreadsheet) ==
        "\xef\xbb\xbfid,section,phase,text,text_en,text_fr,client,example-host,footnotes,"
        "section_id\r\n"
        "backup-run,Operations / Backup,run,Run the backups,Run the backups,,I,RA,1;2,backup\r\n");
}
