// End-to-end tests of roles beyond R, A, C and I (RASCI's S, RACI-VS's V and S) through the
// real binary: a data file whose legend defines S, and Markdown documents whose legend does.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "process.hpp"

using raci::test::read;
using raci::test::run_raci;
using raci::test::RunResult;
using raci::test::scratch;
namespace fs = std::filesystem;

namespace {

const std::string data_dir = RACI_TEST_DATA_DIR;
const std::string rasci = data_dir + "/rasci.yaml";

RunResult run_rasci(std::vector<std::string> args) {
  args.insert(args.begin(), {"--data", rasci});
  return run_raci(args);
}

}  // namespace

TEST_CASE("CLI roles: who --role S lists the activities where a party supports, in an S column") {
  const RunResult r = run_rasci({"who", "--role", "S"});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "  ACTIVITY            R           A     C       I       S\n"
        "Release\n"
        "  Plan the release    Team        Team          Vendor  Operations\n"
        "  Deploy the release  Operations  Team  Vendor          Operations, Vendor\n"
        "  Train the users                               Vendor  Operations, Vendor\n");
  // Lowercase, and with a party: only its activities with S.
  const RunResult vendor = run_rasci({"who", "--role", "s", "--party", "vendor", "-o", "ids"});
  CHECK(vendor.status == 0);
  CHECK(vendor.out == "deploy\ntrain-users\n");
  // S or C: any of them.
  const RunResult either = run_rasci({"list", "--role", "S,C", "-o", "ids"});
  CHECK(either.out == "plan-release\ndeploy\ntrain-users\n");
}

TEST_CASE("CLI roles: list and show print S among the letters, R, A, C, I first") {
  const RunResult list = run_rasci({"list"});
  CHECK(list.status == 0);
  CHECK(list.out ==
        "  ID            ACTIVITY              Team  Operations  Vendor\n"
        "Release\n"
        "  plan-release  Plan the release      RA    S           I\n"
        "  deploy        Deploy the release    A     RS          CS\n"
        "  announce      Announce the release  RA                I\n"
        "  train-users   Train the users             S           IS\n");
  const RunResult show = run_rasci({"show", "deploy"});
  CHECK(show.status == 0);
  CHECK(show.out ==
        "id          deploy\n"
        "section     Release (release)\n"
        "phase       -\n"
        "text        Deploy the release\n"
        "Team        A  Accountable\n"
        "Operations  RS  Responsible, Support\n"
        "Vendor      CS  Consulted, Support\n");
  // The legend's translation names the role in French.
  const RunResult french = run_rasci({"--lang", "fr", "show", "train-users"});
  CHECK(french.out.find("[en] Vendor      IS  [en] Informed, Soutien\n") != std::string::npos);
}

TEST_CASE("CLI roles: the JSON of who has an S list after R, A, C and I") {
  const RunResult r = run_rasci({"who", "--role", "S", "-o", "jsonl"});
  CHECK(r.status == 0);
  CHECK(
      r.out ==
      R"({"id":"plan-release","text":"Plan the release","section":["Release"],"section_id":"release","phase":null,"roles":{"team":"RA","ops":"S","vendor":"I"},"footnotes":[],"who":{"R":["team"],"A":["team"],"C":[],"I":["vendor"],"S":["ops"]}})"
      "\n"
      R"({"id":"deploy","text":"Deploy the release","section":["Release"],"section_id":"release","phase":null,"roles":{"team":"A","ops":"RS","vendor":"CS"},"footnotes":[],"who":{"R":["ops"],"A":["team"],"C":["vendor"],"I":[],"S":["ops","vendor"]}})"
      "\n"
      R"({"id":"train-users","text":"Train the users","section":["Release"],"section_id":"release","phase":null,"roles":{"team":"","ops":"S","vendor":"IS"},"footnotes":[],"who":{"R":[],"A":[],"C":[],"I":["vendor"],"S":["ops","vendor"]}})"
      "\n");
  const RunResult roles = run_rasci({"roles", "-o", "json"});
  CHECK(
      nlohmann::json::parse(roles.out).back() ==
      nlohmann::json::parse(
          R"({"letter": "S", "name": "Support", "description": "Helps the one who does the work"})"));
  CHECK(nlohmann::json::parse(roles.out).size() == 5);
}

TEST_CASE("CLI roles: CSV and TSV have a column of holders per letter, S after I") {
  const RunResult csv = run_rasci({"who", "--role", "S", "-o", "csv"});
  CHECK(csv.status == 0);
  CHECK(csv.out ==
        "id,section,phase,text,text_en,text_fr,R,A,C,I,S,footnotes,section_id\n"
        "plan-release,Release,,Plan the release,Plan the release,,team,team,,vendor,ops,,release\n"
        "deploy,Release,,Deploy the release,Deploy the release,,ops,team,vendor,,ops;vendor,,"
        "release\n"
        "train-users,Release,,Train the users,Train the users,,,,,vendor,ops;vendor,,release\n");
  const RunResult columns = run_rasci({"list", "--columns", "id,s,ops", "-o", "csv"});
  CHECK(columns.out ==
        "id,S,ops\nplan-release,ops,S\ndeploy,ops;vendor,RS\nannounce,,\n"
        "train-users,ops;vendor,S\n");
}

TEST_CASE("CLI roles: stats count S per party, as a table, JSON and CSV") {
  const RunResult table = run_rasci({"stats"});
  CHECK(table.status == 0);
  CHECK(table.out ==
        "4 activities\n"
        "\n"
        "PARTY       R        A           C      I           S           ALONE\n"
        "Team        2 █████  3 ███████▌  0      0           0           0\n"
        "Operations  1 ██▌    0           0      0           3 ███████▌  0\n"
        "Vendor      0        0           1 ██▌  3 ███████▌  2 █████     0\n"
        "\n"
        "  SECTION / PARTY  R        A           C      I           S           ALONE\n"
        "Release (release, 4 activities)\n"
        "  Team             2 █████  3 ███████▌  0      0           0           0\n"
        "  Operations       1 ██▌    0           0      0           3 ███████▌  0\n"
        "  Vendor           0        0           1 ██▌  3 ███████▌  2 █████     0\n");
  const RunResult json = run_rasci({"stats", "-o", "json"});
  CHECK(nlohmann::json::parse(json.out)["parties"][1] ==
        nlohmann::json::parse(
            R"({"party": "ops", "R": 1, "A": 0, "C": 0, "I": 0, "S": 3, "alone": 0, "any": 3})"));
  const RunResult csv = run_rasci({"stats", "-o", "csv"});
  CHECK(csv.out ==
        "section,party,activities,R,A,C,I,S,alone,any\n"
        ",team,4,2,3,0,0,0,0,3\n"
        ",ops,4,1,0,0,0,3,0,3\n"
        ",vendor,4,0,0,1,3,2,0,4\n"
        "release,team,4,2,3,0,0,0,0,3\n"
        "release,ops,4,1,0,0,0,3,0,3\n"
        "release,vendor,4,0,0,1,3,2,0,4\n");
}

TEST_CASE("CLI roles: validate still asks one A and an R, S alone is not enough") {
  const RunResult r = run_rasci({"validate"});
  CHECK(r.status == 1);
  CHECK(r.out == rasci +
                     ":36:9: activity 'train-users' has no accountable party (A) "
                     "[one-accountable]\n" +
                     rasci +
                     ":36:9: activity 'train-users' has no responsible party (R) "
                     "[responsible]\n"
                     "2 findings\n");
}

TEST_CASE("CLI roles: export keeps S, its translations and its letters, YAML and JSON alike") {
  const fs::path dir = scratch("roles-export");
  const RunResult yaml = run_rasci({"export", "--output", (dir / "out.yaml").string()});
  REQUIRE(yaml.status == 0);
  const std::string exported = read(dir / "out.yaml");
  CHECK(exported.find("  S:\n"
                      "    name: Support\n"
                      "    name_fr: Soutien\n"
                      "    description: Helps the one who does the work\n"
                      "    description_fr: Aide celui qui fait le travail\n"
                      "parties:\n") != std::string::npos);
  CHECK(exported.find("        roles: {team: A, ops: RS, vendor: CS}\n") != std::string::npos);
  // Read back, written again: the same bytes.
  const RunResult again = run_raci({"--data", (dir / "out.yaml").string(), "export"});
  CHECK(again.status == 0);
  CHECK(again.out == exported);
  const RunResult json =
      run_rasci({"export", "-o", "json", "--output", (dir / "out.json").string()});
  REQUIRE(json.status == 0);
  const RunResult from_json = run_raci({"--data", (dir / "out.json").string(), "export"});
  CHECK(from_json.out == exported);
  // Markdown's legend table reads back as the same legend.
  const RunResult markdown =
      run_rasci({"export", "-o", "markdown", "--output", (dir / "out.md").string()});
  REQUIRE(markdown.status == 0);
  CHECK(read(dir / "out.md").find("| (S) Support | Helps the one who does the work |\n") !=
        std::string::npos);
  const RunResult imported = run_raci({"import", (dir / "out.md").string()});
  CHECK(imported.status == 0);
  CHECK(imported.err.empty());
  CHECK(imported.out.find("  S:\n"
                          "    name: Support\n"
                          "    description: Helps the one who does the work\n") !=
        std::string::npos);
  CHECK(imported.out.find("roles: {operations: S, vendor: IS}") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("CLI roles: an undefined letter is one error line with its place, or a usage error") {
  const RunResult data = run_raci({"--data", data_dir + "/bad/undefined-role-letter.yaml", "list"});
  CHECK(data.status == 2);
  CHECK(data.out.empty());
  CHECK(data.err == "raci: error: " + data_dir +
                        "/bad/undefined-role-letter.yaml:20:35: invalid role letter 'V' in 'SV' "
                        "(expected R, A, C, I or S)\n");
  const RunResult builtin = run_raci({"who", "--role", "S"});
  CHECK(builtin.status == 2);
  CHECK(builtin.out.empty());
  CHECK(builtin.err ==
        "raci: error: the legend has no role 'S' (use R, A, C and I, e.g. --role RA)\n");
  const RunResult other = run_rasci({"list", "--role", "RV"});
  CHECK(other.status == 2);
  CHECK(other.err ==
        "raci: error: the legend has no role 'V' (use R, A, C, I and S, e.g. --role RA)\n");
  // Of several matrices, a letter one of them defines is fine: the others match nothing.
  const RunResult both = run_raci(
      {"--data", rasci, "--data", data_dir + "/small.yaml", "list", "-r", "S", "-o", "ids"});
  CHECK(both.status == 0);
  CHECK(both.out == "rasci:plan-release\nrasci:deploy\nrasci:train-users\n");
}

TEST_CASE("CLI roles: the built-in matrices keep four columns and four legend lines") {
  const RunResult roles = run_raci({"roles", "-o", "csv"});
  CHECK(roles.out.find("\nS,") == std::string::npos);
  CHECK(std::count(roles.out.begin(), roles.out.end(), '\n') == 5);
  const RunResult who = run_raci({"who", "backup", "-o", "csv"});
  CHECK(who.out.starts_with(
      "id,section,phase,text,text_en,text_fr,text_de,text_es,text_it,R,A,C,I,footnotes,"));
}

TEST_CASE("CLI roles: import reads a RASCI and a RACI-VS document, warning of undefined letters") {
  const RunResult rasci_md = run_raci({"import", data_dir + "/import/rasci.md"});
  CHECK(rasci_md.status == 0);
  CHECK(rasci_md.err == "raci: warning: " + data_dir +
                            "/import/rasci.md:21:36: cell 'V' under 'Partner' is not role letters "
                            "(R, A, C, I, S, each once): row not imported\n");
  CHECK(rasci_md.out.find("  S:\n"
                          "    name: Support\n"
                          "    description: Helps the one who does the work\n"
                          "parties:\n") != std::string::npos);
  const RunResult vs = run_raci({"import", data_dir + "/import/raci-vs.md"});
  CHECK(vs.status == 0);
  CHECK(vs.err == "raci: warning: " + data_dir +
                      "/import/raci-vs.md:21:34: cell 'Z' under 'Board' is not role letters (R, "
                      "A, C, I, S, V, each once): row not imported\n");
  // The legend in the document's order after R, A, C and I: V, then S.
  CHECK(vs.out.find("  V:\n"
                    "    name: Verifier\n"
                    "    description: Checks the result against the criteria\n"
                    "  S:\n"
                    "    name: Signatory\n"
                    "    description: Signs the change off\n"
                    "parties:\n") != std::string::npos);
  const RunResult strict = run_raci({"import", data_dir + "/import/raci-vs.md", "--strict"});
  CHECK(strict.status == 2);
  CHECK(strict.out.empty());
  CHECK(strict.err == "raci: error: " + data_dir +
                          "/import/raci-vs.md:21:34: cell 'Z' under 'Board' is not role letters "
                          "(R, A, C, I, S, V, each once): row not imported (--strict: the only "
                          "warning)\n");
}

TEST_CASE("CLI roles: several matrices share one CSV header, S where only one has it") {
  const RunResult r = run_raci(
      {"--data", data_dir + "/small.yaml", "--data", rasci, "who", "-o", "csv", "--role", "I"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "matrix,id,section,phase,text,text_en,text_fr,R,A,C,I,S,footnotes,section_id\n"
        "small,size-platform,Onboarding,onboarding,Size the platform,Size the platform,,client,"
        "client,example-host,example-host,,,onboarding\n"
        "small,backup-run,Operations / Backup,run,Run the backups,Run the backups,,example-host,"
        "example-host,,client,,1,backup\n"
        "rasci,plan-release,Release,,Plan the release,Plan the release,,team,team,,vendor,ops,,"
        "release\n"
        "rasci,announce,Release,,Announce the release,Announce the release,,team,team,,vendor,,,"
        "release\n"
        "rasci,train-users,Release,,Train the users,Train the users,,,,,vendor,ops;vendor,,"
        "release\n");
  const RunResult stats =
      run_raci({"--data", data_dir + "/small.yaml", "--data", rasci, "stats", "-o", "csv"});
  CHECK(
      stats.out.starts_with("matrix,section,party,activities,R,A,C,I,S,alone,any\n"
                            "small,,client,4,2,2,0,1,0,0,3\n"));
}

TEST_CASE("CLI roles: diff --role S takes a letter of either legend") {
  const fs::path dir = scratch("roles-diff");
  std::string old_yaml = read(rasci);
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"ops: RS", "ops: R"}, {"vendor: SC", "vendor: C"}}) {
    old_yaml.replace(old_yaml.find(from), from.size(), to);
  }
  std::ofstream(dir / "old.yaml") << old_yaml;
  const RunResult r =
      run_raci({"diff", (dir / "old.yaml").string(), rasci, "--party", "vendor", "--role", "S"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        "Changes in the duties of Vendor (vendor), role S\n"
        "\n"
        "Changed duties\n"
        "  changed  deploy  Deploy the release  C → CS\n"
        "\n"
        "0 new, 0 gone, 1 changed\n");
  const RunResult neither = run_raci({"diff", data_dir + "/small.yaml", data_dir + "/small.yaml",
                                      "--party", "client", "--role", "S"});
  CHECK(neither.status == 2);
  CHECK(neither.err == "raci: error: neither legend has role 'S' (use R, A, C or I)\n");
  // A letter only the new legend has: "-" on the old side, as for a party or a footnote.
  std::string without_s = read(data_dir + "/raci-vs.yaml");
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"  S: {name: Signatory, description: Signs it}\n", ""},
           {"host: SV", "host: V"},
           {"client: AS", "client: A"}}) {
    without_s.replace(without_s.find(from), from.size(), to);
  }
  std::ofstream(dir / "without-s.yaml") << without_s;
  const RunResult added =
      run_raci({"diff", (dir / "without-s.yaml").string(), data_dir + "/raci-vs.yaml"});
  CHECK(added.status == 1);
  CHECK(added.out ==
        "changed  size\n"
        "  host: V → SV\n"
        "changed  sign\n"
        "  client: A → AS\n"
        "legend   S: -\n"
        "      → Signatory: Signs it\n"
        "0 added, 0 removed, 2 changed, 1 legend line changed\n");
  fs::remove_all(dir);
}

TEST_CASE("CLI roles: an owners file assigns S like any letter of the legend") {
  const std::vector<std::string> with_owners{"--data", rasci, "--owners",
                                             data_dir + "/owners/rasci-owners.yaml"};
  const auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), with_owners.begin(), with_owners.end());
    return run_raci(args);
  };
  const RunResult show = run({"show", "deploy"});
  CHECK(show.status == 0);
  CHECK(
      show.out.ends_with("owner of R  SRE team, in-progress\n"
                         "owner of S  Help desk, in-progress\n"));
  const RunResult who = run({"who", "--party", "ops", "--role", "S"});
  CHECK(who.out ==
        "  ACTIVITY            R                      A     C       I       S\n"
        "Release\n"
        "  Plan the release    Team                   Team          Vendor  Operations\n"
        "  Deploy the release  Operations (SRE team)  Team  Vendor          Operations (Help "
        "desk), Vendor\n"
        "  Train the users                                          Vendor  Operations (Help "
        "desk), Vendor\n");
  const RunResult json = run({"show", "train-users", "-o", "json"});
  CHECK(nlohmann::json::parse(json.out)["owners"] ==
        nlohmann::json::parse(R"({"party": "ops", "S": {"owner": "helpdesk", "name": "Help desk",
                                  "status": "todo", "due": null, "note": null}})"));
  const RunResult csv = run({"list", "-o", "csv", "--columns", "id,ops"});
  CHECK(csv.out == "id,ops\nplan-release,S\ndeploy,RS\nannounce,\ntrain-users,S\n");
  const RunResult owned = run({"list", "-o", "csv"});
  CHECK(owned.out.starts_with(
      "id,section,phase,text,text_en,text_fr,team,ops,vendor,footnotes,section_id,owner_R,"
      "status_R,due_R,owner_A,status_A,due_A,owner_C,status_C,due_C,owner_I,status_I,due_I,"
      "owner_S,status_S,due_S\n"));
  CHECK(owned.out.find("\ndeploy,Release,,Deploy the release,Deploy the release,,A,RS,CS,,"
                       "release,sre,in-progress,,,,,,,,,,,helpdesk,in-progress,\n") !=
        std::string::npos);
  // A matrix without S: the letter is no key of an assignment.
  const fs::path dir = scratch("roles-owners");
  std::string owners = read(data_dir + "/owners/rasci-owners.yaml");
  owners.replace(owners.find("party: ops"), 10, "party: client");
  std::ofstream(dir / "owners.yaml") << owners;
  const RunResult small = run_raci(
      {"--data", data_dir + "/small.yaml", "--owners", (dir / "owners.yaml").string(), "list"});
  CHECK(small.status == 2);
  CHECK(small.err == "raci: error: " + (dir / "owners.yaml").string() +
                         ":12:5: unknown key 'S' in an assignment; did you mean 'R', 'A' or "
                         "'C'?\n");
  fs::remove_all(dir);
}

TEST_CASE("CLI roles: import reads a legend written as a list") {
  const RunResult r = run_raci({"import", data_dir + "/import/rasci-list.md", "--explain"});
  CHECK(r.status == 0);
  CHECK(
      r.out.starts_with("line 5: legend, 5 rows read, 0 not\n"
                        "  read      'R' -> Réalise; 'A' -> Approuve; 'S' -> Soutien; 'C' -> "
                        "Consulté; 'I' -> Informé\n"));
  CHECK(r.err == "raci: warning: " + data_dir +
                     "/import/rasci-list.md:19:31: cell 'V' under 'Fournisseur' is not role "
                     "letters (R, A, C, I, S, each once): row not imported\n");
}

TEST_CASE("CLI roles: several matrices take a letter only one legend has, in any order") {
  const std::string vs = data_dir + "/raci-vs.yaml";
  const std::string small = data_dir + "/small.yaml";
  const std::string vs_rows = "raci-vs,size,host\nraci-vs,sign,client\n";
  const std::string small_rows =
      "small,size-platform,\nsmall,install-servers,\nsmall,backup-policy,\nsmall,backup-run,\n";
  const RunResult small_first =
      run_raci({"--data", small, "--data", vs, "who", "-o", "csv", "--columns", "id,S"});
  CHECK(small_first.status == 0);
  CHECK(small_first.err.empty());
  CHECK(small_first.out == "matrix,id,S\n" + small_rows + vs_rows);
  const RunResult vs_first =
      run_raci({"--data", vs, "--data", small, "who", "-o", "csv", "--columns", "id,S"});
  CHECK(vs_first.status == 0);
  CHECK(vs_first.out == "matrix,id,S\n" + vs_rows + small_rows);
  // Stats and who give the letters in one order: R, A, C, I, then the legends' others.
  for (const std::vector<std::string>& files :
       {std::vector<std::string>{vs, small}, std::vector<std::string>{small, vs}}) {
    const RunResult stats =
        run_raci({"--data", files[0], "--data", files[1], "stats", "-o", "csv"});
    CHECK(stats.out.substr(0, stats.out.find('\n')) ==
          "matrix,section,party,activities,R,A,C,I,V,S,alone,any");
  }
  CHECK(run_raci({"--data", vs, "stats", "-o", "csv"})
            .out.starts_with("section,party,activities,R,A,C,I,V,S,alone,any\n"));
  const RunResult unknown =
      run_raci({"--data", small, "--data", vs, "who", "-o", "csv", "--columns", "id,X"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err ==
        "raci: error: --columns: unknown column 'X' (columns: id, text, text_en, text_fr, note, "
        "section, section_id, phase, footnotes, matched, client, example-host, R, A, C, I, V, "
        "S); did you mean 'R', 'A' or 'C'?\n");
}
