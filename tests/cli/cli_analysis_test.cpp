// End-to-end tests of validate, stats, diff and export through the real binary.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "process.hpp"

using raci::test::read;
using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;
using raci::test::scratch;
using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

const std::string data_dir = RACI_TEST_DATA_DIR;

}  // namespace

TEST_CASE("CLI validate: clean exits 0, findings exit 1, load errors exit 2") {
  const RunResult clean = run_raci({"validate"});
  CHECK(clean.status == 0);
  CHECK(clean.out == "built-in: ok (109 activities, 14 sections, 8 footnotes)\n");

  const std::string file = data_dir + "/findings.yaml";
  const RunResult findings = run_raci({"validate", file});
  CHECK(findings.status == 1);
  CHECK(findings.out ==
        file + ":15:5: footnote 2 is never cited [uncited-footnote]\n" + file +
            ":25:9: activity 'no-accountable' has no accountable party (A) [one-accountable]\n" +
            file +
            ":28:9: activity 'two-accountable' has 2 accountable parties (client, host); a RACI "
            "matrix has exactly one [one-accountable]\n" +
            file + ":31:9: activity 'no-responsible' has no responsible party (R) [responsible]\n" +
            file +
            ":34:9: activity 'same-text' has the same text as 'fine' (line 21) in section 'work' "
            "[same-text]\n" +
            file + ":37:5: section 'empty' has no activities [empty-section]\n" + file +
            ":40:9: section 'empty-too' has no activities [empty-section]\n7 findings\n");

  const RunResult json = run_raci({"--data", file, "validate", "-o", "json"});
  CHECK(json.status == 1);
  const Json report = Json::parse(json.out);
  CHECK(report.at("valid") == false);
  CHECK(report.at("findings").size() == 7);
  CHECK(
      report.at("findings")[0].dump() ==
      R"({"rule":"uncited-footnote","line":15,"column":5,"message":"footnote 2 is never cited"})");

  const RunResult broken = run_raci({"validate", data_dir + "/bad-party.yaml"});
  CHECK(broken.status == 2);
  CHECK(
      broken.err.starts_with("raci: error: " + data_dir + "/bad-party.yaml:17:17: unknown party"));
}

TEST_CASE("CLI stats: table with bars, JSON and CSV") {
  const RunResult table = run_raci({"stats"});
  CHECK(table.status == 0);
  CHECK(
      table.out.starts_with("109 activities\n\n"
                            "PARTY         R            A            C       I        ALONE\n"
                            "Client         67 ██████▏   67 ██████▏    3 ▎    30 ██▊   40 ███▋\n"
                            "Cloud Temple   42 ███▉      42 ███▉      21 █▉   22 ██    13 █▎\n"));
  const Json json = Json::parse(run_raci({"stats", "-o", "json"}).out);
  CHECK(json.at("parties")[0].dump() ==
        R"({"party":"client","R":67,"A":67,"C":3,"I":30,"alone":40,"any":96})");
  CHECK(json.at("sections").size() == 14);
  const RunResult csv = run_raci({"stats", "--phase", "exit", "-o", "csv"});
  CHECK(csv.out ==
        "section,party,activities,R,A,C,I,alone,any\n"
        ",client,5,3,3,0,2,1,5\n"
        ",cloud-temple,5,2,2,0,2,0,4\n"
        "reversibility,client,5,3,3,0,2,1,5\n"
        "reversibility,cloud-temple,5,2,2,0,2,0,4\n");
  CHECK(run_raci({"stats", "-k", "nothing-matches"}).status == 1);
}

TEST_CASE("CLI diff: two versions, exit 1 with changes and 0 without") {
  const std::string v1 = data_dir + "/diff/v1.yaml";
  const std::string v2 = data_dir + "/diff/v2.yaml";
  const RunResult diff = run_raci({"diff", v1, v2});
  CHECK(diff.status == 1);
  CHECK(diff.out ==
        "removed  antivirus  Run an antivirus on the virtual machines\n"
        "added    edr  Deploy an endpoint detection agent on the virtual machines\n"
        "changed  install-servers (was install)\n"
        "  text: Install the physical servers in the datacenter\n"
        "     → Install the physical servers in the datacentre\n"
        "changed  backup\n"
        "  client: AI → A\n"
        "  host: RC → RCI\n"
        "changed  patch\n"
        "  section: Run\n"
        "        → Maintenance\n"
        "1 added, 1 removed, 3 changed\n");
  const Json json = Json::parse(run_raci({"diff", v1, v2, "-o", "json"}).out);
  CHECK(
      json.at("changed")[1].dump() ==
      R"({"id":"backup","old_id":"backup","paired_by":"same text","similarity":1.0,"roles":[{"party":"client","old":"AI","new":"A"},{"party":"host","old":"RC","new":"RCI"}]})");
  CHECK(
      json.at("summary").dump() ==
      R"({"paired":4,"unchanged":1,"added":1,"removed":1,"changed":3,"reworded":1,"moved":1,"role_changes":1,"footnote_changes":0,"sections_renamed":0,"party_changes":0,"legend_changes":0,"footnotes_changed":0})");
  CHECK(json.at("changed")[2].at("moved").dump() == R"({"old":["Run"],"new":["Maintenance"]})");
  const RunResult same = run_raci({"diff", "-", "-"});
  CHECK(same.status == 0);
  CHECK(same.out == "0 added, 0 removed, 0 changed\n");
  CHECK(run_raci({"diff", v1}).status == 2);
  CHECK(run_raci({"diff", v1, "/nonexistent.yaml"}).err ==
        "raci: error: /nonexistent.yaml: cannot read: No such file or directory\n");
}

TEST_CASE("CLI diff --party: one party's new duties, duties gone and changed duties") {
  const std::string v1 = data_dir + "/diff/v1.yaml";
  const std::string v2 = data_dir + "/diff/v2.yaml";
  const RunResult client = run_raci({"diff", v1, v2, "--party", "client"});
  CHECK(client.status == 1);
  CHECK(client.out ==
        "Changes in the duties of Client (client)\n"
        "\n"
        "New duties\n"
        "  added    edr  Deploy an endpoint detection agent on the virtual machines  - → RA\n"
        "\n"
        "Duties gone\n"
        "  removed  antivirus  Run an antivirus on the virtual machines  RA → -\n"
        "\n"
        "Changed duties\n"
        "  changed  backup  Back up the virtual machines  AI → A\n"
        "\n"
        "1 new, 1 gone, 1 changed\n");
  const RunResult host_a = run_raci({"diff", v1, v2, "-p", "host", "--role", "A"});
  CHECK(host_a.status == 0);
  CHECK(host_a.out == "Changes in the duties of Host (host), role A\n\n0 new, 0 gone, 0 changed\n");
  const Json json = Json::parse(run_raci({"diff", v1, v2, "--party", "host", "-o", "json"}).out);
  CHECK(
      json.at("new_duties").dump() ==
      R"([{"change":"added","id":"edr","old_id":null,"text":"Deploy an endpoint detection agent on the virtual machines","section":["Setup"],"old":"","new":"I"}])");
  CHECK(json.at("changed_duties").size() == 1);
  const RunResult markdown =
      run_raci({"diff", v1, v2, "--party", "client", "-r", "i", "-o", "markdown"});
  CHECK(markdown.out ==
        "# Changes in the duties of Client (client), role I\n"
        "\n"
        "From " +
            v1 + " to " + v2 +
            ": 0 new, 0 gone, 1 changed.\n"
            "\n"
            "## Changed duties\n"
            "\n"
            "| Activity | Section | Change | Old | New |\n"
            "|---|---|---|---|---|\n"
            "| Back up the virtual machines (`backup`) | Run | changed | AI | A |\n");
  CHECK(run_raci({"diff", v1, v2, "--party", "clent"}).err ==
        "raci: error: unknown party 'clent'; did you mean 'client'?\n");
  CHECK(run_raci({"diff", v1, v2, "--role", "A"}).err == "raci: error: --role needs --party\n");
  const RunResult bad_role = run_raci({"diff", v1, v2, "-p", "client", "--role", "RA"});
  CHECK(bad_role.status == 2);
  CHECK(bad_role.err == "raci: error: --role takes one letter, such as R, A, C or I, not 'RA'\n");
}

TEST_CASE("CLI diff: --stat counts, -o markdown reports, --explain shows the candidates") {
  const std::string v1 = data_dir + "/diff/v1.yaml";
  const std::string v2 = data_dir + "/diff/v2.yaml";
  const RunResult stat = run_raci({"diff", v1, v2, "--stat"});
  CHECK(stat.status == 1);
  CHECK(stat.out ==
        "paired                  4\n"
        "unchanged               1\n"
        "added                   1\n"
        "removed                 1\n"
        "changed                 3\n"
        "reworded                1\n"
        "moved                   1\n"
        "role changes            1\n"
        "footnote changes        0\n"
        "sections renamed        0\n"
        "party changes           0\n"
        "legend changes          0\n"
        "footnotes changed       0\n");
  CHECK(Json::parse(run_raci({"diff", v1, v2, "--stat", "-o", "json"}).out).at("moved") == 1);
  const RunResult markdown = run_raci({"diff", v1, v2, "-o", "markdown"});
  CHECK(markdown.status == 1);
  CHECK(
      markdown.out ==
      "# Changes from " + v1 + " to " + v2 +
          "\n"
          "\n"
          "1 added, 1 removed, 3 changed.\n"
          "\n"
          "## Added\n"
          "\n"
          "| Activity | Section | Roles |\n"
          "|---|---|---|\n"
          "| Deploy an endpoint detection agent on the virtual machines (`edr`) | Setup | client: "
          "RA, host: I |\n"
          "\n"
          "## Removed\n"
          "\n"
          "| Activity | Section | Roles |\n"
          "|---|---|---|\n"
          "| Run an antivirus on the virtual machines (`antivirus`) | Setup | client: RA |\n"
          "\n"
          "## Changed\n"
          "\n"
          "| Activity | What changed |\n"
          "|---|---|\n"
          "| Install the physical servers in the datacentre (`install-servers`) | reworded: "
          "~~Install the physical servers in the datacenter~~ → Install the physical servers in "
          "the datacentre |\n"
          "| Back up the virtual machines (`backup`) | **client: AI → A**<br>**host: RC → RCI** |\n"
          "| Patch the hypervisors (`patch`) | moved: Run → Maintenance |\n");
  const RunResult explain = run_raci({"diff", v1, v2, "--explain", "install"});
  CHECK(explain.status == 0);
  CHECK(explain.out ==
        "install (old matrix): Install the physical servers in the datacenter\n"
        "  section: Setup\n"
        "  paired with install-servers by alignment\n"
        "candidates in the new matrix, most similar first:\n"
        "* 0.69  install-servers  Install the physical servers in the datacentre\n"
        "    Setup, same roles, corresponding section\n"
        "(pairs need a similarity of at least 0.35 where the documents correspond, 0.70 across "
        "sections; texts found once on each side and similar ones with the same id pair first)\n");
  CHECK(run_raci({"diff", v1, v2, "--explain", "nope"}).err ==
        "raci: error: no activity 'nope' in either matrix\n");
  // On a terminal the words a rewording changed are marked.
  RunOptions terminal;
  terminal.stdout_kind = RunOptions::Stdout::terminal;
  const RunResult coloured = run_raci({"diff", v1, v2}, terminal);
  CHECK(coloured.out.find("datacenter") != std::string::npos);
  CHECK(coloured.out.find("\x1b[9;31mdatacenter\x1b[0m") != std::string::npos);
  CHECK(coloured.out.find("\x1b[1;32mdatacentre\x1b[0m") != std::string::npos);
}

namespace {

std::string fmt_number(const char* prefix, unsigned long number) {
  std::string out(prefix);
  out += std::to_string(number);
  return out;
}

}  // namespace

TEST_CASE("CLI diff: two large matrices with long texts and no shared id finish quickly") {
  // 1000 activities of 300 words a side (2.7 MB each) took over a minute: every comparison
  // is now bounded. The limit is generous; speed is measured in bench/run.
  const fs::path dir = scratch("diff-large");
  std::mt19937 random(7);
  // JSON, whose loader is the faster one: the test is about diff's cost, not YAML's.
  const auto write = [&](const std::string& name, const std::string& prefix) {
    Json activities = Json::array();
    for (int a = 0; a < 1000; ++a) {
      std::string text = fmt_number("w", static_cast<unsigned long>(a));
      for (int w = 0; w < 300; ++w)
        text += fmt_number(" word", random() % 3000);
      activities.push_back({{"id", fmt_number(prefix.c_str(), static_cast<unsigned long>(a))},
                            {"text", text},
                            {"roles", {{"client", "RA"}}}});
    }
    Json legend = Json::object();
    for (const char* letter : {"R", "A", "C", "I"})
      legend[letter] = {{"name", letter}, {"description", letter}};
    const Json matrix = {
        {"format", 1},
        {"title", "Large"},
        {"roles", legend},
        {"parties", Json::array({{{"id", "client"}, {"name", "Client"}}})},
        {"sections", Json::array({{{"id", "all"}, {"title", "All"}, {"activities", activities}}})}};
    std::ofstream(dir / name) << matrix.dump();
  };
  write("old.json", "old-");
  write("new.json", "new-");
  RunOptions limit;
  limit.timeout_ms = 20000;
  const RunResult diff =
      run_raci({"diff", (dir / "old.json").string(), (dir / "new.json").string(), "--stat"}, limit);
  CHECK(diff.status == 1);
  CHECK(diff.out.find("added                1000\n") != std::string::npos);
}

TEST_CASE("CLI export: YAML and JSON load back as the same matrix") {
  const fs::path dir = scratch("export");
  const std::string yaml = (dir / "m.yaml").string();
  const RunResult exported = run_raci({"export", "--output", yaml});
  CHECK(exported.status == 0);
  CHECK(exported.out.empty());
  CHECK(read(yaml).starts_with(
      "format: 1\nlanguages: [en, fr, de, es, it]\ntitle: IaaS Responsibility Matrix\n"));
  const RunResult same = run_raci({"diff", "-", yaml});
  CHECK(same.status == 0);
  CHECK(run_raci({"--data", yaml, "export"}).out == read(yaml));
  CHECK(run_raci({"--data", yaml, "list", "--party", "client", "--only", "-o", "json"}).out ==
        run_raci({"list", "--party", "client", "--only", "-o", "json"}).out);
  const Json json = Json::parse(run_raci({"export", "-o", "json"}).out);
  CHECK(json.at("sections").size() == 6);
  const RunResult csv = run_raci({"export", "-o", "csv"});
  CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 110);
  CHECK(run_raci({"export", "-o", "checklist"}).err ==
        "raci: error: 'raci export' cannot print -o checklist (it prints yaml, json, markdown, "
        "csv, html)\n");
}

TEST_CASE("CLI export: filters cut the matrix down to what list selects, in every format") {
  const RunResult listed = run_raci({"list", "--party", "client", "--only", "-o", "json"});
  REQUIRE(listed.status == 0);
  std::vector<std::string> expected;
  for (const Json& a : Json::parse(listed.out))
    expected.push_back(a["id"].get<std::string>());
  REQUIRE(expected.size() == 40);
  const RunResult exported = run_raci({"export", "-o", "json", "--party", "client", "--only"});
  REQUIRE(exported.status == 0);
  const fs::path dir = scratch("export-filtered");
  std::ofstream(dir / "client.json") << exported.out;
  const RunResult reloaded =
      run_raci({"--data", (dir / "client.json").string(), "list", "-o", "json"});
  REQUIRE(reloaded.status == 0);
  std::vector<std::string> got;
  for (const Json& a : Json::parse(reloaded.out))
    got.push_back(a["id"].get<std::string>());
  CHECK(got == expected);
  const RunResult html =
      run_raci({"export", "-o", "html", "--party", "client", "--only", "--phase", "exit"});
  CHECK(html.status == 0);
  std::size_t rows = 0;
  for (std::size_t at = html.out.find("<tr class=\"activity\""); at != std::string::npos;
       at = html.out.find("<tr class=\"activity\"", at + 1))
    ++rows;
  const RunResult exit_only =
      run_raci({"list", "--party", "client", "--only", "--phase", "exit", "-o", "json"});
  CHECK(rows == Json::parse(exit_only.out).size());
  const RunResult nothing = run_raci({"export", "-k", "zzz-nothing"});
  CHECK(nothing.status == 1);
  CHECK(nothing.out.empty());
  fs::remove_all(dir);
}

TEST_CASE("CLI export: -o html writes one page, other commands refuse html") {
  const fs::path dir = scratch("export-html");
  const std::string page = (dir / "matrix.html").string();
  const RunResult written = run_raci({"export", "-o", "html", "--output", page});
  CHECK(written.status == 0);
  CHECK(written.out.empty());
  CHECK(written.err.empty());
  const std::string html = read(page);
  CHECK(html == run_raci({"export", "-o", "html"}).out);
  CHECK(html.starts_with("<!DOCTYPE html>\n"));
  CHECK(html.find("<title>IaaS Responsibility Matrix — Cloud Temple</title>") != std::string::npos);
  const RunResult refused = run_raci({"who", "--activity", "backup", "-o", "html"});
  CHECK(refused.status == 2);
  CHECK(refused.out.empty());
  CHECK(refused.err ==
        "raci: error: 'raci who' cannot print -o html (it prints table, json, jsonl, csv, tsv, "
        "ids, markdown, checklist)\n");
}

TEST_CASE("CLI export: --output replaces a file only with a complete one") {
  const fs::path dir = scratch("atomic");
  const fs::path target = dir / "m.yaml";
  { std::ofstream(target) << "old content\n"; }
  CHECK(run_raci({"export", "--output", target.string()}).status == 0);
  CHECK(read(target) == run_raci({"export"}).out);

  // A target that cannot be replaced (a directory) is left as it was, with no stray file.
  const fs::path blocked = dir / "blocked";
  fs::create_directory(blocked);
  const RunResult failed = run_raci({"export", "--output", blocked.string()});
  CHECK(failed.status == 2);
  CHECK(failed.err == "raci: error: cannot write " + blocked.string() + ": Is a directory\n");
  CHECK(fs::is_directory(blocked));
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir))
    ++entries;
  CHECK(entries == 2);  // m.yaml and blocked: no temporary file left behind

  const RunResult missing = run_raci({"export", "--output", (dir / "no" / "m.yaml").string()});
  CHECK(missing.status == 2);
  CHECK(missing.err == "raci: error: cannot write " + (dir / "no" / "m.yaml").string() +
                           ": No such file or directory\n");
}

TEST_CASE("CLI import: Markdown in, the data format out, warnings on stderr") {
  const std::string md = data_dir + "/import/variations.md";
  const RunResult result = run_raci({"import", md});
  CHECK(result.status == 0);
  CHECK(result.out.starts_with("format: 1\ntitle: Hosting \"Gold\" Responsibility Matrix\n"));
  CHECK(result.err.starts_with("raci: warning: " + md +
                               ":40:34: column 'Auditor' adds a party not in the tables above\n"
                               "raci: warning: " +
                               md +
                               ":43:19: checkmark 'X' under 'Cliente' read as role R "
                               "(--mark-role); so is every checkmark of the document\n"));
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 6);

  const fs::path dir = scratch("import");
  const std::string json = (dir / "seed.json").string();
  const RunResult seed = run_raci({"import", RACI_SEED_FILE, "-o", "json", "--output", json});
  CHECK(seed.status == 0);
  CHECK(seed.out.empty());
  CHECK(Json::parse(read(json)).at("title") == "IaaS Responsibility Matrix");
  const RunResult listed =
      run_raci({"--data", json, "list", "--party", "client", "--only", "-o", "json"});
  CHECK(Json::parse(listed.out).size() == 40);

  const RunResult none = run_raci({"import", data_dir + "/import/no-table.md"});
  CHECK(none.status == 2);
  CHECK(none.err ==
        "raci: error: " + data_dir +
            "/import/no-table.md: no RACI table found (a table whose first column is "
            "the activity and the others the parties, most of their cells role letters)\n");
  CHECK(run_raci({"import", "/nonexistent.md"}).err ==
        "raci: error: /nonexistent.md: cannot read: No such file or directory\n");
}

TEST_CASE("CLI import: every row of the provider's documents, --mark-role for marks") {
  // The LLMaaS row whose client cell is __C, I__, in German, with the legend's own words.
  const std::string llmaas = data_dir + "/import/cloud-temple/de/llmaas.md";
  const RunResult imported = run_raci({"import", llmaas, "-o", "json"});
  CHECK(imported.status == 0);
  CHECK(imported.err.empty());
  const Json matrix = Json::parse(imported.out);
  CHECK(matrix.at("roles").at("R").at("name") == "Durchführt");
  std::size_t rows = 0;
  for (const Json& section : matrix.at("sections"))
    rows += section.at("activities").size();
  CHECK(rows == 24);

  const std::string shapes = data_dir + "/import/shapes.md";
  const RunResult consulted = run_raci({"import", shapes, "--mark-role", "c", "-o", "json"});
  CHECK(consulted.status == 0);
  CHECK(consulted.err.find(shapes +
                           ":39:12: checkmark '✓' under 'Equipo' read as role C (--mark-role); so "
                           "is every checkmark of the document\n") != std::string::npos);
  const Json marks = Json::parse(consulted.out).at("sections").at(2).at("activities");
  CHECK(marks.at(0).at("roles") == Json{{"equipo", "C"}, {"proveedor", "RA"}});

  const RunResult bad = run_raci({"import", shapes, "--mark-role", "S"});
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.starts_with("raci: error: --mark-role: S not in {R,A,C,I}"));
}

TEST_CASE("CLI import: annotated cells become cell notes, shown by show and in JSON") {
  const fs::path dir = scratch("annotated");
  const std::string yaml = (dir / "a.yaml").string();
  const RunResult imported =
      run_raci({"import", data_dir + "/import/annotated.md", "--output", yaml});
  CHECK(imported.status == 0);
  CHECK(read(yaml).find("        roles: {team: R, vendor: I}\n"
                        "        cell_notes:\n"
                        "          team: review, decide\n"
                        "          vendor: notified\n") != std::string::npos);
  const RunResult shown = run_raci({"--data", yaml, "show", "plan-release"});
  CHECK(shown.status == 0);
  CHECK(shown.out ==
        "id       plan-release\n"
        "section  Annotated cells (annotated-cells)\n"
        "phase    -\n"
        "text     Plan the release\n"
        "Team     R  Responsible (review, decide)\n"
        "Vendor   I  Informed (notified)\n");
  const Json json =
      Json::parse(run_raci({"--data", yaml, "show", "ship-release", "-o", "json"}).out);
  CHECK(json.at("cell_notes") == Json{{"team", "signs off"}});
  // A filtered export keeps the notes of the rows it keeps.
  const Json exported =
      Json::parse(run_raci({"--data", yaml, "export", "-k", "ship", "-o", "json"}).out);
  CHECK(exported.at("sections").at(0).at("activities").at(0).at("cell_notes") ==
        Json{{"team", "signs off"}});
  const Json plain = Json::parse(run_raci({"show", "backup-capacity", "-o", "json"}).out);
  CHECK_FALSE(plain.contains("cell_notes"));
}

TEST_CASE("CLI import: no readable table names the closest, and --strict makes warnings errors") {
  const std::string prices = data_dir + "/import/no-raci-table.md";
  const RunResult none = run_raci({"import", prices});
  CHECK(none.status == 2);
  CHECK(none.out.empty());
  CHECK(none.err == "raci: error: " + prices +
                        ":3:1: no RACI table found (a table whose first column is the activity and "
                        "the others the parties, most of their cells role letters); the closest, "
                        "this table, was refused: 2 of 4 filled cells outside its first column "
                        "are roles\n");

  const fs::path dir = scratch("strict");
  const std::string out = (dir / "v.yaml").string();
  const std::string variations = data_dir + "/import/variations.md";
  const RunResult strict = run_raci({"import", variations, "--strict", "--output", out});
  CHECK(strict.status == 2);
  CHECK(strict.out.empty());
  CHECK(strict.err == "raci: error: " + variations +
                          ":40:34: column 'Auditor' adds a party not in the tables above "
                          "(--strict: the first of 6 warnings)\n");
  CHECK_FALSE(fs::exists(out));
  const RunResult clean =
      run_raci({"import", data_dir + "/import/cloud-temple/de/llmaas.md", "--strict"});
  CHECK(clean.status == 0);
  CHECK(clean.err.empty());
}

TEST_CASE("CLI import: --explain says how each table was read") {
  const RunResult explained = run_raci({"import", data_dir + "/import/shapes.md", "--explain"});
  CHECK(explained.status == 0);
  CHECK(explained.out ==
        "line 5: legend, 5 rows read, 0 not\n"
        "  read      'R' -> Does; 'A' -> Signs; 'C' -> Advises; 'I' -> Hears; 'S' -> Supports\n"
        "line 15: RACI table, 6 rows imported, 0 not\n"
        "  activity  'Tarea'\n"
        "  parties   'Equipo', 'Proveedor'\n"
        "  read      'RA' -> RA; 'CI' -> CI; 'R/A' -> RA; 'C/I' -> CI; 'A / R' -> AR; 'I' -> I; "
        "'R, A' -> RA; 'C,I' -> CI; 'R + A' -> RA; '**RA**' -> RA; '__C, I__' -> CI\n"
        "line 28: RACI table, 4 rows imported, 0 not\n"
        "  activity  'Tarea'\n"
        "  parties   'Equipo', 'Proveedor'\n"
        "  read      'Responsible, Accountable' -> RA; 'Consulted' -> C; 'DRI' -> RA; "
        "'Informed' -> I; 'Does / Signs' -> RA; 'Advises' -> C; 'Réalise' -> R; 'Genehmigt' -> "
        "A\n"
        "line 37: RACI table, 3 rows imported, 1 not\n"
        "  activity  'Tarea'\n"
        "  parties   'Equipo', 'Proveedor'\n"
        "  read      '✓' -> R (a checkmark); 'RA' -> RA; 'C' -> C; 'x' -> R (a checkmark); "
        "'**Equipo**' -> R (the party's name)\n"
        "line 46: skipped (not a RACI table: 0 of 4 filled cells outside the first column are "
        "roles)\n"
        "line 53: skipped (not a RACI table: 0 of 1 filled cells outside the first column are "
        "roles)\n");
  // The warnings are the same as without --explain.
  CHECK(explained.err == run_raci({"import", data_dir + "/import/shapes.md"}).err);
}

TEST_CASE("CLI export: Markdown imports back") {
  const fs::path dir = scratch("markdown");
  const std::string md = (dir / "m.md").string();
  const std::string yaml = (dir / "m.yaml").string();
  CHECK(run_raci({"export", "-o", "markdown", "--output", md}).status == 0);
  const RunResult imported = run_raci({"import", md, "--output", yaml});
  CHECK(imported.status == 0);
  CHECK(imported.err.empty());
  // Ids are made anew from the text, so the matrices pair up by text: only renames remain.
  const Json diff = Json::parse(run_raci({"diff", "-", yaml, "-o", "json"}).out);
  CHECK(diff.at("added").empty());
  CHECK(diff.at("removed").empty());
  CHECK(diff.at("changed").size() == 109);
  for (const Json& change : diff.at("changed")) {
    CHECK(change.contains("old_id"));
    CHECK_FALSE(change.contains("reworded"));
    CHECK_FALSE(change.contains("moved"));
    CHECK(change.at("roles").empty());
  }
}

TEST_CASE("CLI import: prose becomes section descriptions and notes, printed by show and exports") {
  const std::string md = data_dir + "/import/prose.md";
  const fs::path dir = scratch("prose");
  const std::string yaml = (dir / "p.yaml").string();
  const RunResult imported = run_raci({"import", md, "--output", yaml});
  CHECK(imported.status == 0);
  CHECK(imported.err ==
        "raci: warning: " + md +
            ":60:1: heading 'Nothing here' has no activities: not imported as a section\n"
            "raci: warning: " +
            md +
            ":62:1: paragraph not imported: 'A paragraph under a heading without a table.' (its "
            "section, 'Nothing here', has no activities)\n");
  CHECK(read(yaml).find("    description: \"The client masters the guest system. Tools are "
                        "required: The tools are pre-installed by the provider. Removing them "
                        "voids the SLA.\"\n"
                        "    notes:\n"
                        "      - text: \"*These duties may be delegated to the provider under a "
                        "separate contract.\"\n"
                        "      - text: \"(A) An instance exposed to the Internet is the client's "
                        "responsibility.\"\n") != std::string::npos);
  const RunResult shown = run_raci({"--data", yaml, "show", "keep-tools-installed"});
  CHECK(shown.status == 0);
  CHECK(shown.out ==
        "id                   keep-tools-installed\n"
        "section              Operating system (operating-system)\n"
        "phase                -\n"
        "text                 Keep the tools installed\n"
        "Client               RA  Responsible, Accountable\n"
        "Provider             I  Informed\n"
        "section description  The client masters the guest system. Tools are required: The "
        "tools are pre-installed by the provider. Removing them voids the SLA.\n"
        "section note         *These duties may be delegated to the provider under a separate "
        "contract.\n"
        "section note         (A) An instance exposed to the Internet is the client's "
        "responsibility.\n"
        "section note         (B) Weak passwords are the client's responsibility.\n"
        "section note         Professional services are available.\n"
        "section note         Ask your account manager.\n");
  const Json sections = Json::parse(run_raci({"--data", yaml, "sections", "-o", "json"}).out);
  CHECK(sections.at(1).at("notes") ==
        Json{"A paragraph after grouped rows belongs to the table's section."});
  // The Markdown export writes the notes after the section's table, and imports back.
  const std::string exported_md = (dir / "p.md").string();
  CHECK(run_raci({"--data", yaml, "export", "-o", "markdown", "--output", exported_md}).status ==
        0);
  CHECK(read(exported_md)
            .find("| Keep the tools installed | **RA** | **I** |\n"
                  "\n"
                  "\\*These duties may be delegated to the provider under a "
                  "separate contract.\n"
                  "\n"
                  "(A) An instance exposed") != std::string::npos);
  const std::string again = (dir / "again.yaml").string();
  const RunResult reimported = run_raci({"import", exported_md, "--output", again});
  CHECK(reimported.status == 0);
  CHECK(reimported.err.empty());
  const Json before = Json::parse(run_raci({"--data", yaml, "sections", "-o", "json"}).out);
  const Json after = Json::parse(run_raci({"--data", again, "sections", "-o", "json"}).out);
  CHECK(after.at(0) == before.at(0));
  // The note after the grouped rows follows the last group's table; read back, it is that
  // group's note, since the export writes groups as headings.
  CHECK(read(exported_md)
            .ends_with("| Write the rules | **RA** | **C** |\n"
                       "\n"
                       "A paragraph after grouped rows belongs to the table's "
                       "section.\n"));
  CHECK(after.at(3).at("notes") == before.at(1).at("notes"));
  const RunResult html = run_raci({"--data", yaml, "export", "-o", "html"});
  CHECK(html.out.find("<p class=\"section-note\">(B) Weak passwords are the client&#39;s "
                      "responsibility.</p>\n") != std::string::npos);
}

TEST_CASE("CLI import: tables in the wild, a second text column, tables that are not RACI") {
  const std::string wild = data_dir + "/import/wild-tables.md";
  const RunResult imported = run_raci({"import", wild, "-o", "json"});
  CHECK(imported.status == 0);
  CHECK(imported.err ==
        "raci: warning: " + wild +
            ":1:1: the legend does not define R, A, C, I: the usual meaning is used, "
            "in 'en' (Responsible, Accountable, Consulted, Informed)\n"
            "raci: warning: " +
            wild +
            ":29:1: row has 2 cells, expected 3: the missing ones read as empty\n"
            "raci: warning: " +
            wild +
            ":30:24: row has 5 cells, expected 3: the cells past the header's cut "
            "('extra', 'more')\n");
  const Json cells = Json::parse(imported.out).at("sections").at(2).at("activities");
  REQUIRE(cells.size() == 8);
  CHECK(cells.at(2).at("text") == "Pick A | B options");
  CHECK(cells.at(4).at("footnotes") == Json{1});
  CHECK(cells.at(6).at("roles") == Json{{"client", "RA"}, {"provider", "I"}});

  const RunResult two =
      run_raci({"import", data_dir + "/import/two-text-columns.md", "-o", "json"});
  CHECK(two.status == 0);
  const Json rows = Json::parse(two.out).at("sections").at(0).at("activities");
  CHECK(rows.at(0) == Json{{"id", "backups"},
                           {"text", "Backups"},
                           {"note", "Run the nightly backup"},
                           {"roles", {{"client", "I"}, {"provider", "RA"}}}});

  const std::string other = data_dir + "/import/non-raci.md";
  const RunResult explained = run_raci({"import", other, "--explain"});
  CHECK(explained.status == 0);
  CHECK(std::count(explained.err.begin(), explained.err.end(), '\n') == 7);
  CHECK(explained.out.ends_with(
      "line 9: skipped (not a RACI table: 1 of 3 filled cells outside the first column are "
      "roles)\n"
      "line 17: skipped (not a RACI table: 0 of 32 filled cells outside the first column are "
      "roles)\n"
      "line 45: skipped (not a RACI table: 0 of 1 filled cells outside the first column are "
      "roles)\n"));
}

TEST_CASE("CLI import: raw HTML tables, read with an HTML parser, warnings at document lines") {
  const std::string html = data_dir + "/import/html-tables.md";
  const RunResult imported = run_raci({"import", html, "-o", "json"});
  CHECK(imported.status == 0);
  CHECK(imported.err.find("raci: warning: " + html +
                          ":18:38: cell 'Maybe' under 'Client' is not role letters (R, A, C, I, "
                          "each once): row not imported\n") != std::string::npos);
  CHECK(std::count(imported.err.begin(), imported.err.end(), '\n') == 5);
  const Json activities = Json::parse(imported.out).at("sections").at(0).at("activities");
  REQUIRE(activities.size() == 3);
  CHECK(activities.at(1) == Json{{"id", "configure-routers-firewalls"},
                                 {"text", "Configure the routers and the firewalls"},
                                 {"roles", {{"client", "RA"}, {"provider", "C"}}},
                                 {"cell_notes", {{"provider", "on request"}}}});
}
