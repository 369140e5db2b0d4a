// End-to-end tests of raci owners and --owners through the real binary.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "process.hpp"

using raci::test::read;
using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;
using raci::test::scratch;
namespace fs = std::filesystem;

namespace {

const std::string data_dir = RACI_TEST_DATA_DIR;
const std::string small = data_dir + "/small.yaml";
const std::string owners = data_dir + "/owners/small-owners.yaml";

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("CLI owners: init, fill in, check passes, the built-in client's 68 duties") {
  const fs::path dir = scratch("owners-init");
  const std::string file = (dir / "owners.yaml").string();
  RunResult r = run_raci({"owners", "init", "--party", "client", "--output", file});
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  std::string text = read(file);
  CHECK(count(text, "  - activity: ") == 68);
  CHECK(count(text, "    owner: ''\n") == 68);

  r = run_raci({"--owners", file, "owners", "check"});
  CHECK(r.status == 1);
  // 67 activities where the client holds R, 67 where it holds A.
  CHECK(count(r.out, "[unowned]\n") == 134);
  CHECK(r.out.ends_with("\n134 findings\n"));
  CHECK(r.out.starts_with(file + ": Client holds R in 'overall-architecture' (Define the overall "
                                 "architecture of your Cloud Temple platform) and no owner has "
                                 "it [unowned]\n"));

  // Fill it in: one team for everything.
  text = std::regex_replace(text, std::regex("owner: ''"), "owner: ops");
  text = std::regex_replace(text, std::regex("owners:\n"),
                            "owners:\n  - {id: ops, name: Operations}\n");
  std::ofstream(file) << text;
  r = run_raci({"owners", "check"}, {{"RACI_OWNERS=" + file}});
  CHECK(r.err == "");
  CHECK(r.out == file + ": ok (every duty of Client has an owner)\n");
  CHECK(r.status == 0);
  fs::remove_all(dir);
}

TEST_CASE("CLI owners: a revised matrix makes check report the stale assignments exactly") {
  const RunResult r = run_raci(
      {"--data", data_dir + "/owners/small-revised.yaml", "--owners", owners, "owners", "check"});
  CHECK(r.status == 1);
  CHECK(r.out ==
        owners + ":11:15: Client does not hold A in 'size-platform' (it holds R) [stale]\n" +
            owners +
            ":15:15: unknown activity 'backup-policy'; did you mean 'backup-policies'? "
            "[stale]\n" +
            owners +
            ": Client holds R in 'backup-policies' (Define the backup policy) and no owner "
            "has it [unowned]\n" +
            owners +
            ": Client holds A in 'backup-policies' (Define the backup policy) and no owner "
            "has it [unowned]\n"
            "4 findings\n");
  // Outside of check, a stale assignment is an error.
  const RunResult strict = run_raci(
      {"--data", data_dir + "/owners/small-revised.yaml", "--owners", owners, "owners", "stats"});
  CHECK(strict.status == 2);
  CHECK(strict.err == "raci: error: " + owners +
                          ":11:15: Client does not hold A in 'size-platform' (it holds R)\n");
}

TEST_CASE("CLI owners: stats per owner and per due month, as a table and JSON") {
  RunResult r = run_raci({"--data", small, "--owners", owners, "owners", "stats"});
  CHECK(r.status == 0);
  CHECK(
      r.out ==
      "OWNER     DUTIES  R  A  TODO  IN PROGRESS  DONE  DONE SHARE\n"
      "ciso      1       0  1  0     0            1     \u2588\u2588\u2588\u2588\u2588\u2588\u2588"
      "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\n"
      "platform  3       2  1  0     2            1     \u2588\u2588\u2588\u2588\u2588\u2588\u2591"
      "\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\n");
  r = run_raci(
      {"--data", small, "--owners", owners, "owners", "stats", "--by", "due", "-o", "json"});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out) == nlohmann::json::parse(R"([
    {"month": "2027-03", "duties": 2, "R": 1, "A": 1, "todo": 0, "in-progress": 2, "done": 0},
    {"month": "no date", "duties": 2, "R": 1, "A": 1, "todo": 0, "in-progress": 0, "done": 2}
  ])"));
}

TEST_CASE("CLI owners: check as JSON, and the errors a user can make") {
  RunResult r = run_raci({"--data", small, "--owners", owners, "owners", "check", "-o", "json"});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out) ==
        nlohmann::json::parse(R"({"file": ")" + owners +
                              R"(", "party": "client", "ok": true, "findings": []})"));
  r = run_raci({"owners", "check"});
  CHECK(r.status == 2);
  CHECK(r.err ==
        "raci: error: no owners file (give --owners FILE or set RACI_OWNERS; 'raci "
        "owners init' writes one)\n");
  r = run_raci({"owners", "init", "-o", "json"});
  CHECK(r.status == 2);
  CHECK(r.err ==
        "raci: error: 'raci owners init' writes the owners file in YAML and takes no -o\n");
  r = run_raci({"owners", "init", "--party", "nobody"});
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: unknown party 'nobody'\n");
  r = run_raci({"--owners", owners, "owners", "stats", "--by", "team"});
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: --by takes owner or due, not 'team'\n");
  r = run_raci({"owners"});
  CHECK(r.status == 2);
}

namespace {

const std::vector<std::string> with_owners{"--data", small, "--owners", owners};

std::vector<std::string> args(std::vector<std::string> more) {
  std::vector<std::string> all = with_owners;
  all.insert(all.end(), more.begin(), more.end());
  return all;
}

// The ids `raci list FILTERS -o json` prints, and its exit status.
std::pair<std::vector<std::string>, int> ids(const std::vector<std::string>& filters) {
  std::vector<std::string> command = args({"list", "-o", "json"});
  command.insert(command.end(), filters.begin(), filters.end());
  const RunResult r = run_raci(command);
  std::vector<std::string> out;
  for (const auto& activity : nlohmann::json::parse(r.out))
    out.push_back(activity.at("id").get<std::string>());
  return {out, r.status};
}

}  // namespace

TEST_CASE("CLI owners: who names the owner after the party, and keeps 'both' without one") {
  const RunResult r = run_raci(args({"who"}));
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "  ACTIVITY                      R                       A                       C         "
        "    I\n"
        "Onboarding\n"
        "  Size the platform             Client (Platform team)  Client (CISO)           Example "
        "Host  Example Host\n"
        "  Install the physical servers  Example Host            Example Host\n"
        "Operations / Backup\n"
        "  Define the backup policy [1]  Client (Platform team)  Client (Platform team)  Example "
        "Host\n"
        "  Run the backups [1]           Example Host            Example Host                      "
        "    Client\n"
        "\n"
        "Footnotes\n"
        "  [1] Backups are kept for 30 days.\n");
  // Without the owners file, the same table names the parties alone.
  const RunResult plain = run_raci({"--data", small, "who", "--section", "onboarding"});
  CHECK(plain.out ==
        "  ACTIVITY                      R             A             C             I\n"
        "Onboarding\n"
        "  Size the platform             Client        Client        Example Host  Example Host\n"
        "  Install the physical servers  Example Host  Example Host\n");
}

TEST_CASE("CLI owners: the list table and Markdown follow the party's letters with their owners") {
  RunResult r = run_raci(args({"list"}));
  CHECK(r.status == 0);
  CHECK(r.out ==
        "  ID               ACTIVITY                      Client                                   "
        "         Example Host\n"
        "Onboarding\n"
        "  size-platform    Size the platform             RA (R: Platform team (done), A: CISO "
        "(done))      CI\n"
        "  install-servers  Install the physical servers                                           "
        "         RA\n"
        "Operations / Backup\n"
        "  backup-policy    Define the backup policy [1]  RA (Platform team (in progress, due "
        "2027-03-31))  C\n"
        "  backup-run       Run the backups [1]           I                                        "
        "         RA\n"
        "\n"
        "Footnotes\n"
        "  [1] Backups are kept for 30 days.\n");
  r = run_raci(args({"list", "--section", "onboarding", "-o", "markdown"}));
  CHECK(r.out ==
        "---\n"
        "title: \"Hosting Responsibility Matrix\"\n"
        "---\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "What happens before the service starts.\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Size the platform | **RA** (R: Platform team (done), A: CISO (done)) | **CI** |\n"
        "| Install the physical servers |  | **RA** |\n");
  // Without the owners file, the letters alone.
  r = run_raci({"--data", small, "list", "--section", "onboarding", "-o", "markdown"});
  CHECK(r.out.find("| Size the platform | **RA** | **CI** |\n") != std::string::npos);
}

TEST_CASE("CLI owners: the checklist ends each task with its owners and ticks what is done") {
  const RunResult r = run_raci(args({"list", "-o", "checklist"}));
  CHECK(r.status == 0);
  CHECK(r.out ==
        "# Hosting Responsibility Matrix\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "What happens before the service starts.\n"
        "\n"
        "- [x] Size the platform (Client RA, Example Host CI) — R: Platform team (done), A: CISO "
        "(done)\n"
        "- [ ] Install the physical servers (Example Host RA)\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "- [ ] Define the backup policy (Client RA, Example Host C) — Platform team (in progress, "
        "due 2027-03-31)\n"
        "  - Footnote 1: Backups are kept for 30 days.\n"
        "- [ ] Run the backups (Client I, Example Host RA)\n"
        "  - Footnote 1: Backups are kept for 30 days.\n");
}

TEST_CASE("CLI owners: show lists owner, status, due date and note per letter") {
  const RunResult r = run_raci(args({"show", "size-platform"}));
  CHECK(r.status == 0);
  CHECK(r.out ==
        "id                   size-platform\n"
        "section              Onboarding (onboarding)\n"
        "phase                onboarding\n"
        "text                 Size the platform\n"
        "Client               RA  Responsible, Accountable\n"
        "Example Host         CI  Consulted, Informed\n"
        "section description  What happens before the service starts.\n"
        "owner of R           Platform team, done\n"
        "owner of A           CISO, done\n");
  const fs::path dir = scratch("owners-show");
  const std::string file = (dir / "owners.yaml").string();
  std::ofstream(file) << "format: 1\nparty: client\nowners:\n  - {id: ciso, name: CISO}\n"
                         "assignments:\n  - activity: size-platform\n    A: ciso\n"
                         "    due: 2027-01-31\n    note: with the auditors\n";
  const RunResult noted = run_raci({"--data", small, "--owners", file, "show", "size-platform"});
  CHECK(noted.out ==
        "id                   size-platform\n"
        "section              Onboarding (onboarding)\n"
        "phase                onboarding\n"
        "text                 Size the platform\n"
        "Client               RA  Responsible, Accountable\n"
        "Example Host         CI  Consulted, Informed\n"
        "section description  What happens before the service starts.\n"
        "owner of R           no owner, todo\n"
        "owner of A           CISO, todo, due 2027-01-31; note: with the auditors\n");
  fs::remove_all(dir);
}

TEST_CASE("CLI owners: JSON and JSONL add an owners object per activity, absent without one") {
  RunResult r = run_raci(args({"show", "backup-policy", "-o", "json"}));
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out).at("owners") == nlohmann::json::parse(R"({
    "party": "client",
    "R": {"owner": "platform", "name": "Platform team", "status": "in-progress",
          "due": "2027-03-31", "note": null},
    "A": {"owner": "platform", "name": "Platform team", "status": "in-progress",
          "due": "2027-03-31", "note": null}})"));
  r = run_raci(args({"list", "-o", "jsonl"}));
  CHECK(r.status == 0);
  std::istringstream lines(r.out);
  std::vector<std::string> objects;
  for (std::string line; std::getline(lines, line);)
    objects.push_back(nlohmann::ordered_json::parse(line).at("owners").dump());
  CHECK(
      objects ==
      std::vector<std::string>{
          R"({"party":"client","R":{"owner":"platform","name":"Platform team","status":"done","due":null,"note":null},"A":{"owner":"ciso","name":"CISO","status":"done","due":null,"note":null}})",
          R"({"party":"client"})",
          R"({"party":"client","R":{"owner":"platform","name":"Platform team","status":"in-progress","due":"2027-03-31","note":null},"A":{"owner":"platform","name":"Platform team","status":"in-progress","due":"2027-03-31","note":null}})",
          R"({"party":"client","I":{"owner":null,"name":null,"status":"todo","due":null,"note":null}})"});
  r = run_raci(args({"who", "backup", "-o", "json"}));
  CHECK(nlohmann::json::parse(r.out).at(0).at("owners").at("A").at("owner") == "platform");
  r = run_raci({"--data", small, "list", "-o", "json"});
  CHECK_FALSE(nlohmann::json::parse(r.out).at(0).contains("owners"));
}

TEST_CASE("CLI owners: CSV adds owner, status and due columns per letter") {
  const RunResult r = run_raci(args({"list", "-o", "csv"}));
  CHECK(r.status == 0);
  CHECK(r.out ==
        "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id,owner_R,"
        "status_R,due_R,owner_A,status_A,due_A,owner_C,status_C,due_C,owner_I,status_I,due_I\n"
        "size-platform,Onboarding,onboarding,Size the platform,Size the "
        "platform,,RA,CI,,onboarding,platform,done,,ciso,done,,,,,,,\n"
        "install-servers,Onboarding,onboarding,Install the physical servers,Install the physical "
        "servers,,,RA,,onboarding,,,,,,,,,,,,\n"
        "backup-policy,Operations / Backup,run,Define the backup policy,Define the backup "
        "policy,Définir la politique de sauvegarde,RA,C,1,backup,platform,in-progress,2027-03-31,"
        "platform,in-progress,2027-03-31,,,,,,\n"
        "backup-run,Operations / Backup,run,Run the backups,Run the "
        "backups,,I,RA,1,backup,,,,,,,,,,,todo,\n");
  // export -o csv too, also when cut down by a filter.
  const RunResult exported = run_raci(args({"export", "-o", "csv", "--owner", "ciso"}));
  CHECK(exported.status == 0);
  CHECK(exported.out ==
        "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id,owner_R,"
        "status_R,due_R,owner_A,status_A,due_A,owner_C,status_C,due_C,owner_I,status_I,due_I\n"
        "size-platform,Onboarding,onboarding,Size the platform,Size the "
        "platform,,RA,CI,,onboarding,platform,done,,ciso,done,,,,,,,\n");
}

TEST_CASE("CLI owners: --owner, --unowned, --status and --due-before select exact activities") {
  using Ids = std::vector<std::string>;
  CHECK(ids({"--owner", "ciso"}) == std::pair{Ids{"size-platform"}, 0});
  CHECK(ids({"--owner", "platform"}) == std::pair{Ids{"size-platform", "backup-policy"}, 0});
  CHECK(ids({"--owner", "platform", "--status", "in-progress"}) ==
        std::pair{Ids{"backup-policy"}, 0});
  CHECK(ids({"--owner", "ciso", "--status", "in-progress"}) == std::pair{Ids{}, 1});
  CHECK(ids({"--status", "done"}) == std::pair{Ids{"size-platform"}, 0});
  CHECK(ids({"--status", "todo"}) == std::pair{Ids{}, 1});
  CHECK(ids({"--unowned"}) == std::pair{Ids{}, 1});
  CHECK(ids({"--due-before", "2027-04-01"}) == std::pair{Ids{"backup-policy"}, 0});
  CHECK(ids({"--due-before", "2027-03-31"}) == std::pair{Ids{}, 1});
  CHECK(ids({"--owner", "platform", "--section", "backup"}) == std::pair{Ids{"backup-policy"}, 0});

  // Over the built-in matrix: one section given to a team.
  const fs::path dir = scratch("owners-filters");
  const std::string file = (dir / "owners.yaml").string();
  std::ofstream(file) << "format: 1\nparty: client\nowners:\n  - {id: net, name: Network}\n"
                         "assignments:\n  - section: integrate-your-information-system\n"
                         "    owner: net\n    status: in-progress\n";
  const auto builtin_ids = [&](const std::vector<std::string>& filters) {
    std::vector<std::string> command{"--owners", file, "list", "-o", "json"};
    command.insert(command.end(), filters.begin(), filters.end());
    const RunResult r = run_raci(command);
    Ids out;
    for (const auto& activity : nlohmann::json::parse(r.out))
      out.push_back(activity.at("id").get<std::string>());
    return out;
  };
  const Ids section{"vm-create-install-update",
                    "vm-software-and-middleware",
                    "vm-os-licenses",
                    "vm-network-configuration",
                    "vm-backup-plan",
                    "vm-dr-bc-plan",
                    "vm-antivirus",
                    "vm-monitoring",
                    "vm-tag-policy"};
  CHECK(builtin_ids({"--owner", "net"}) == section);
  CHECK(builtin_ids({"--status", "in-progress"}) == section);
  CHECK(builtin_ids({"--owner", "net", "-k", "backup"}) == Ids{"vm-backup-plan"});
  // The client holds R or A in 68 activities: 59 are left to own, all of them 'todo'.
  const Ids unowned = builtin_ids({"--unowned"});
  CHECK(unowned.size() == 59);
  CHECK(builtin_ids({"--status", "todo"}) == unowned);
  for (const std::string& id : section)
    CHECK(std::find(unowned.begin(), unowned.end(), id) == unowned.end());
  RunResult r = run_raci({"--owners", file, "stats", "--owner", "net", "-o", "json"});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out).at("activities") == 9);
  r = run_raci({"--owners", file, "who", "-k", "antivirus"});
  CHECK(r.out ==
        "  ACTIVITY                                                             R                 "
        "A                 C  I\n"
        "Integrate your information system into your Cloud Temple environments\n"
        "  Implement an antivirus protection strategy on your virtual machines  Client (Network)"
        "  Client (Network)\n");
  fs::remove_all(dir);
}

TEST_CASE("CLI owners: the owner filters' usage errors") {
  RunResult r = run_raci(args({"list", "--owner", "cisco"}));
  CHECK(r.status == 2);
  CHECK(r.out == "");
  CHECK(r.err == "raci: error: unknown owner 'cisco' (owners in " + owners +
                     ": platform, ciso); did you mean 'ciso'?\n");
  r = run_raci(args({"who", "--due-before", "2027-3-1"}));
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: invalid date '2027-3-1' for --due-before (expected YYYY-MM-DD)\n");
  r = run_raci(args({"list", "--due-before", "2027-02-29"}));
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: invalid date '2027-02-29' for --due-before (expected YYYY-MM-DD)\n");
  r = run_raci(args({"list", "--status", "started"}));
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: --status: started not in {todo,in-progress,done}\n");
  r = run_raci(args({"list", "--unowned", "--owner", "ciso"}));
  CHECK(r.status == 2);
  CHECK(r.err ==
        "raci: error: --unowned and --owner exclude each other (an owned duty is not "
        "unowned)\n");
  for (const auto& [option, value] : std::vector<std::pair<std::string, std::string>>{
           {"--owner", "ciso"}, {"--status", "done"}, {"--due-before", "2027-01-01"}}) {
    r = run_raci({"list", option, value});
    CHECK(r.status == 2);
    CHECK(r.err == "raci: error: " + option +
                       " needs an owners file (give --owners FILE or set RACI_OWNERS)\n");
  }
  r = run_raci({"who", "--unowned"});
  CHECK(r.status == 2);
  CHECK(r.err ==
        "raci: error: --unowned needs an owners file (give --owners FILE or set RACI_OWNERS)\n");
  r = run_raci({"export", "-o", "html", "--unowned"});
  CHECK(r.status == 2);
}

TEST_CASE("CLI owners: check --since names the activity that replaces a gone id") {
  const std::string renamed = data_dir + "/owners/small-renamed.yaml";
  RunResult r =
      run_raci({"--data", renamed, "--owners", owners, "owners", "check", "--since", small});
  CHECK(r.status == 1);
  CHECK(r.out ==
        owners + ":11:15: Client does not hold A in 'size-platform' (it holds R) [stale]\n" +
            owners +
            ":15:15: unknown activity 'backup-policy': probably now 'policy-definition' (Define "
            "the backup policy and its retention) [stale]\n" +
            owners +
            ": Client holds R in 'policy-definition' (Define the backup policy and its "
            "retention) and no owner has it [unowned]\n" +
            owners +
            ": Client holds A in 'policy-definition' (Define the backup policy and its "
            "retention) and no owner has it [unowned]\n"
            "4 findings\n");
  r = run_raci(
      {"--data", renamed, "--owners", owners, "owners", "check", "--since", small, "-o", "json"});
  CHECK(r.status == 1);
  CHECK(nlohmann::json::parse(r.out).at("findings") == nlohmann::json::parse(R"json([
    {"rule": "stale", "message": "Client does not hold A in 'size-platform' (it holds R)",
     "line": 11, "column": 15},
    {"rule": "stale", "message": "unknown activity 'backup-policy': probably now 'policy-definition' (Define the backup policy and its retention)",
     "line": 15, "column": 15, "activity": "backup-policy", "replaced_by": "policy-definition"},
    {"rule": "unowned", "message": "Client holds R in 'policy-definition' (Define the backup policy and its retention) and no owner has it"},
    {"rule": "unowned", "message": "Client holds A in 'policy-definition' (Define the backup policy and its retention) and no owner has it"}
  ])json"));
  // Without --since, the id is only compared by spelling, which finds nothing close here.
  r = run_raci({"--data", renamed, "--owners", owners, "owners", "check"});
  CHECK(count(r.out, ":15:15: unknown activity 'backup-policy' [stale]\n") == 1);
  r = run_raci({"--data", renamed, "--owners", owners, "owners", "check", "--since",
                data_dir + "/no-such.yaml"});
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("raci: error: " + data_dir + "/no-such.yaml"));
}

TEST_CASE("CLI owners: the HTML page has an owners column and a choice of owner") {
  const RunResult r = run_raci(args({"export", "-o", "html"}));
  CHECK(r.status == 0);
  CHECK(count(r.out, "<th class=\"owners\">Client: owners</th>") == 2);
  CHECK(count(r.out,
              "<tr class=\"activity\" id=\"a-size-platform\" "
              "data-owners=\"platform ciso\">") == 1);
  CHECK(count(r.out, "<td class=\"owners\">R: Platform team (done), A: CISO (done)</td>") == 1);
  CHECK(count(r.out, "<tr class=\"activity\" id=\"a-install-servers\" data-owners=\"\">") == 1);
  CHECK(count(r.out,
              "<select id=\"owner\" aria-label=\"Owner\">\n<option value=\"\">Every "
              "owner</option>\n<option value=\"platform\">Platform team</option>\n"
              "<option value=\"ciso\">CISO</option>\n<option value=\"-\">No owner "
              "yet</option>\n</select>\n") == 1);
  // Cut down by a filter, the page still finds each activity's owners.
  const RunResult cut = run_raci(args({"export", "-o", "html", "--owner", "ciso"}));
  CHECK(cut.status == 0);
  CHECK(count(cut.out, "<tr class=\"activity\"") == 1);
  CHECK(count(cut.out, "<td class=\"owners\">R: Platform team (done), A: CISO (done)</td>") == 1);
  const RunResult none = run_raci({"--data", small, "export", "-o", "html"});
  CHECK(count(none.out, "class=\"owners\"") == 0);
  CHECK(count(none.out, "data-owners=") == 0);
  CHECK(count(none.out, "<select") == 0);
}

TEST_CASE("CLI owners: over the built-in matrix, the guide's owners file end to end") {
  const std::string file = data_dir + "/owners/builtin-owners.yaml";
  const std::vector<std::string> env{"RACI_OWNERS=" + file};
  RunOptions options;
  options.env = env;
  RunResult r = run_raci({"owners", "check"}, options);
  CHECK(r.status == 1);
  const std::string reversibility =
      file +
      ": Client holds R in 'reversibility-planning' (Plan the reversibility project and "
      "choose the target infrastructures) and no owner has it [unowned]\n" +
      file +
      ": Client holds A in 'reversibility-planning' (Plan the reversibility project and "
      "choose the target infrastructures) and no owner has it [unowned]\n" +
      file +
      ": Client holds R in 'transition-operations' (Implement transition operations, whether "
      "they involve manual extraction, the use of APIs or any other third-party method "
      "compatible with the Cloud Temple platform.) and no owner has it [unowned]\n" +
      file +
      ": Client holds A in 'transition-operations' (Implement transition operations, whether "
      "they involve manual extraction, the use of APIs or any other third-party method "
      "compatible with the Cloud Temple platform.) and no owner has it [unowned]\n" +
      file +
      ": Client holds R in 'data-transfer' (Transfer data while controlling the impact of "
      "migration on the quality of service provided by the client's information system.) and "
      "no owner has it [unowned]\n" +
      file +
      ": Client holds A in 'data-transfer' (Transfer data while controlling the impact of "
      "migration on the quality of service provided by the client's information system.) and "
      "no owner has it [unowned]\n";
  CHECK(r.out == reversibility + "6 findings\n");

  r = run_raci({"list", "--section", "define-your-needs", "-o", "checklist"}, options);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "# IaaS Responsibility Matrix\n"
        "\n"
        "## Define Your Needs\n"
        "\n"
        "- [x] Define the overall architecture of your Cloud Temple platform (Client RA, Cloud "
        "Temple CI) — Platform team (done)\n"
        "- [x] Define the number of tenants and the number of availability zones for each tenant "
        "(Client RA, Cloud Temple CI) — Platform team (done)\n"
        "- [ ] Define your overall disaster recovery or business continuity strategy (Client RA, "
        "Cloud Temple CI) — R: Network operations (in progress, due 2027-01-31), A: CISO (in "
        "progress, due 2027-01-31)\n"
        "- [x] Properly size your Cloud Temple platform (compute, storage, network, backup, etc.) "
        "(Client RA, Cloud Temple CI) — Platform team (done)\n"
        "- [x] Subscribe to services with the necessary information (Client RA, Cloud Temple I) — "
        "Platform team (done)\n");

  r = run_raci(
      {"who", "--activity", "disaster recovery strategy", "--section", "define-your-needs"},
      options);
  CHECK(r.out ==
        "  ACTIVITY                                                               R              "
        "              A              C             I\n"
        "Define Your Needs\n"
        "  Define your overall disaster recovery or business continuity strategy  Client "
        "(Network operations)  Client (CISO)  Cloud Temple  Cloud Temple\n");

  r = run_raci({"show", "dr-bc-strategy", "-o", "json"}, options);
  CHECK(nlohmann::json::parse(r.out).at("owners") == nlohmann::json::parse(R"({
    "party": "client",
    "R": {"owner": "network", "name": "Network operations", "status": "in-progress",
          "due": "2027-01-31", "note": "with the business continuity plan"},
    "A": {"owner": "ciso", "name": "CISO", "status": "in-progress", "due": "2027-01-31",
          "note": "with the business continuity plan"}})"));

  // The provider's revision of the guide: dr-bc-strategy renamed and reworded, the client's
  // A in vm-backup-plan moved to Cloud Temple.
  const fs::path dir = scratch("owners-guide");
  const std::string before = (dir / "provider-2025.yaml").string();
  const std::string after = (dir / "provider-2026.yaml").string();
  REQUIRE(run_raci({"export", "-o", "yaml", "--output", before}).status == 0);
  std::string text = read(before);
  const auto replace = [&](const std::string& from, const std::string& to) {
    REQUIRE(count(text, from) == 1);
    text.replace(text.find(from), from.size(), to);
  };
  replace("- id: dr-bc-strategy\n        text: Define your overall disaster recovery or business",
          "- id: continuity-strategy\n        text: Define your overall disaster recovery and "
          "business");
  // vm-backup-plan's roles, below its texts in every language.
  const std::size_t plan = text.find("- id: vm-backup-plan\n");
  REQUIRE(plan != std::string::npos);
  const std::size_t roles = text.find("roles: {client: RA, cloud-temple: C}", plan);
  REQUIRE(roles != std::string::npos);
  text.replace(roles, std::string("roles: {client: RA, cloud-temple: C}").size(),
               "roles: {client: R, cloud-temple: AC}");
  std::ofstream(after) << text;
  r = run_raci({"--data", after, "who"}, options);
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: " + file +
                     ":32:15: unknown activity 'dr-bc-strategy'; did you mean "
                     "'dr-bc-strategy-tests'?\n");
  r = run_raci({"--data", after, "owners", "check", "--since", before}, options);
  CHECK(r.status == 1);
  CHECK(r.out == file +
                     ":32:15: unknown activity 'dr-bc-strategy': probably now "
                     "'continuity-strategy' (Define your overall disaster recovery and business "
                     "continuity strategy) [stale]\n" +
                     file +
                     ":38:15: Client does not hold A in 'vm-backup-plan' (it holds R) [stale]\n" +
                     reversibility + "8 findings\n");
  fs::remove_all(dir);
}
