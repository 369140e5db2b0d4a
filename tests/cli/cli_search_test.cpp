// End-to-end tests of keyword search: the real binary, its answers, hints and highlights.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;
using Json = nlohmann::ordered_json;

namespace {

std::vector<std::string> ids_of(const std::vector<std::string>& args) {
  std::vector<std::string> full = args;
  full.insert(full.end(), {"-o", "json"});
  const RunResult result = run_raci(full);
  std::vector<std::string> out;
  for (const Json& activity : Json::parse(result.out))
    out.push_back(activity["id"].get<std::string>());
  return out;
}

const std::vector<std::string> dr_rows{"dr-bc-strategy",
                                       "vm-dr-bc-plan",
                                       "dr-bc-plan-consistency",
                                       "dr-bc-strategy-tests",
                                       "third-party-dr-bc-plan-consistency",
                                       "third-party-dr-bc-strategy-tests"};

RunOptions terminal() {
  RunOptions options;
  options.stdout_kind = RunOptions::Stdout::terminal;
  options.columns = 200;
  return options;
}

}  // namespace

TEST_CASE("CLI search: words, forms, phrases and abbreviations through the binary") {
  CHECK(ids_of({"who", "--activity", "backup"}).size() == 24);
  CHECK(ids_of({"who", "backups"}) == ids_of({"who", "--activity", "backup"}));
  CHECK(ids_of({"who", "DR"}) == dr_rows);
  CHECK(ids_of({"list", "-k", "plan de reprise d'activité"}) == dr_rows);
  CHECK(ids_of({"list", "-k", "log"}) ==
        std::vector<std::string>{"platform-logs", "client-system-logs"});
  CHECK(ids_of({"list", "-k", "delete"}) ==
        std::vector<std::string>{"vm-deletion", "secure-data-deletion"});
  CHECK(ids_of({"list", "-k", "\"virtual machine\""}).size() == 18);
}

TEST_CASE("CLI search: stats counts what the search selects") {
  const RunResult result = run_raci({"stats", "-k", "DR", "-o", "json"});
  REQUIRE(result.status == 0);
  CHECK(Json::parse(result.out)["activities"] == 6);
}

TEST_CASE("CLI search: nothing found says the nearest words on a terminal only") {
  const RunResult on_terminal = run_raci({"who", "bakup"}, terminal());
  CHECK(on_terminal.status == 1);
  CHECK(on_terminal.out == "raci: no activity matches 'bakup' (did you mean: backup?)\r\n");
  const RunResult piped = run_raci({"who", "bakup"});
  CHECK(piped.status == 1);
  CHECK(piped.out.empty());
  CHECK(piped.err.empty());
  const RunResult json = run_raci({"list", "-k", "bakup", "-o", "json"});
  CHECK(json.status == 1);
  CHECK(json.out == "[]\n");
  CHECK(run_raci({"who", "zzzzzzzz"}, terminal()).out ==
        "raci: no activity matches 'zzzzzzzz'\r\n");
}

TEST_CASE("CLI search: a keyword that names a section says so on a terminal") {
  const RunResult result = run_raci({"who", "reversibility", "--color", "never"}, terminal());
  CHECK(result.status == 0);
  CHECK(result.out.starts_with(
      "also: section 'Reversibility' (5 activities): raci who --section reversibility\r\n"));
  CHECK(run_raci({"list", "-k", "logs", "--color", "never"}, terminal())
            .out.starts_with("also: section 'Log Management' (2 activities): raci list --section "
                             "log-management\r\n"));
  CHECK(run_raci({"who", "reversibility"}).err.empty());
}

TEST_CASE("CLI search: with colour, the matched words are highlighted") {
  const RunResult who = run_raci({"--color", "always", "who", "virtual machines", "--section",
                                  "integrate-your-information-system"});
  CHECK(who.out.find("Create, install, update your \x1b[1m\x1b[4mvirtual\x1b[0m "
                     "\x1b[1m\x1b[4mmachines\x1b[0m") != std::string::npos);
  const RunResult list =
      run_raci({"--color", "always", "list", "-k", "capacity", "-s", "reversibility"});
  CHECK(list.status == 1);
  const RunResult plain = run_raci({"who", "virtual machines"});
  CHECK(plain.out.find('\x1b') == std::string::npos);
}

TEST_CASE("CLI search: JSON says which words matched") {
  const Json pra = Json::parse(run_raci({"who", "PRA", "-o", "json"}).out);
  REQUIRE(pra.size() == 6);
  CHECK(pra[0]["matched"] == Json::array({"disaster", "recovery"}));
  const Json fr = Json::parse(run_raci({"list", "-k", "politiques", "-o", "json"}).out);
  REQUIRE(fr.size() == 9);  // every policy row, through its French text
  CHECK(fr[0]["matched"] == Json::array({"politique"}));
  const Json all = Json::parse(run_raci({"list", "-o", "json"}).out);
  CHECK_FALSE(all[0].contains("matched"));
}

TEST_CASE("CLI glossary: the built-in glossary as a table, JSON and CSV") {
  const RunResult table = run_raci({"glossary"});
  CHECK(table.status == 0);
  CHECK(
      table.out.starts_with("TERM           LANG  SAME AS\n"
                            "DR                   disaster recovery\n"));
  CHECK(table.out.find("\nproblem        en    issue\n") != std::string::npos);
  const Json json = Json::parse(run_raci({"glossary", "-o", "json"}).out);
  CHECK(json.size() == 28);
  CHECK(json[9].dump() == R"({"term":"problem","same":["issue"],"lang":"en"})");
  CHECK(run_raci({"glossary", "-o", "csv"})
            .out.starts_with("term,lang,same\nDR,,disaster recovery\n"));
}

TEST_CASE("CLI validate: a glossary term that finds nothing is a warning") {
  const auto dir = std::filesystem::temp_directory_path() / "raci-search-test";
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "g.yaml").string();
  std::ofstream(file) << R"(format: 1
title: T
roles:
  R: {name: Responsible, description: r}
  A: {name: Accountable, description: a}
  C: {name: Consulted, description: c}
  I: {name: Informed, description: i}
parties:
  - {id: client, name: Client}
sections:
  - id: s
    title: S
    activities:
      - {id: run-backups, text: Run the backups, roles: {client: RA}}
glossary:
  - {term: BK, same: [backup]}
  - {term: zebra, same: [striped horse]}
)";
  const RunResult result = run_raci({"validate", file});
  CHECK(result.status == 0);
  CHECK(result.out == file +
                          ":17:5: warning: glossary term 'zebra' finds no activity "
                          "[unused-glossary-term]\n1 finding\n");
  const Json json = Json::parse(run_raci({"validate", file, "-o", "json"}).out);
  CHECK(json["valid"] == true);
  CHECK(json["findings"][0]["severity"] == "warning");
  CHECK(ids_of({"--data", file, "list", "-k", "bk"}) == std::vector<std::string>{"run-backups"});
  CHECK(run_raci({"validate"}).out == "built-in: ok (109 activities, 14 sections, 8 footnotes)\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("CLI search: hints wrap at spaces to the terminal's width, ids and commands whole") {
  RunOptions narrow = terminal();
  narrow.columns = 40;
  const RunResult section = run_raci({"list", "-k", "logs", "--color", "never"}, narrow);
  CHECK(
      section.out.starts_with("also: section 'Log Management' (2\r\n"
                              "  activities): raci list --section\r\n"
                              "  log-management\r\n"));
  const RunResult nearest = run_raci({"who", "bakup", "restor"}, narrow);
  CHECK(nearest.status == 1);
  // 40 columns exactly, then the rest.
  CHECK(nearest.out ==
        "raci: no activity matches 'bakup restor'\r\n"
        "  (did you mean: backup?)\r\n");
  // COLUMNS says the width too.
  RunOptions columns = terminal();
  columns.env = {"COLUMNS=30"};
  CHECK(run_raci({"who", "zzzzzzzz", "yyyyyyyy"}, columns).out ==
        "raci: no activity matches\r\n  'zzzzzzzz yyyyyyyy'\r\n");
}
