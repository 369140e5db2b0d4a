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
  CHECK(raci::format_names() == std::vector<std::string>{"table", "json", "jsonl", "csv",
                                                         "markdown", "checklist", "yaml", "html"});
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
  CHECK(raci::csv_record({"a", "b c"}) == "a,b c\r\n");
  CHECK(raci::csv_record({"a,b", "say \"hi\"", "x"}) == "\"a,b\",\"say \"\"hi\"\"\",x\r\n");
  CHECK(raci::csv_record({"", ""}) == ",\r\n");
  CHECK(raci::csv_record({}) == "\r\n");
  CHECK(raci::csv_record({"\""}) == "\"\"\"\"\r\n");
}

TEST_CASE("Format: csv_record shows control characters escaped, so no record spans lines") {
  CHECK(raci::csv_record({"one\ntwo", "a\rb", "tab\there"}) == "one\\ntwo,a\\rb,tab\\there\r\n");
  CHECK(raci::csv_record({"x\x1b[1m,y"}) == "\"x\\x1b[1m,y\"\r\n");
}

TEST_CASE("Format: activities_csv has a column per party id and the footnotes joined by ';'") {
  CHECK(raci::activities_csv(sample_matrix(), sample_all()) ==
        "id,section,phase,text,client,example-host,footnotes\r\n"
        "size-platform,Onboarding,onboarding,Size the platform,RA,CI,\r\n"
        "install-servers,Onboarding,onboarding,\"Install the servers, racks and "
        "\"\"cables\"\"\",,RA,2\r\n"
        "backup-policy,Operations / Backup,run,Define the backup policy,RA,C,1\r\n"
        "backup-run,Operations / Backup,run,Run the backups,I,RA,1;2\r\n"
        "both-do,Misc | pipes,,Both do it | together,R,RA,\r\n");
  CHECK(raci::activities_csv(sample_matrix(), sample_selection({"backup-run"})) ==
        "id,section,phase,text,client,example-host,footnotes\r\n"
        "backup-run,Operations / Backup,run,Run the backups,I,RA,1;2\r\n");
  CHECK(raci::activities_csv(sample_matrix(), {}) ==
        "id,section,phase,text,client,example-host,footnotes\r\n");
}
