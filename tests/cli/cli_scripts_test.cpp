// End-to-end tests of what scripts use: flat outputs (tsv, ids, --columns, --no-headers),
// repeated filters, who's view in JSON, CSV and Markdown, the checklist as a to-do list, and
// CSV's line ends and byte-order mark.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunResult;
using Json = nlohmann::ordered_json;

namespace {

const std::string small = std::string(RACI_TEST_DATA_DIR) + "/small.yaml";

// raci --data small.yaml ARGS...
RunResult run_small(std::vector<std::string> args) {
  args.insert(args.begin(), {"--data", small});
  return run_raci(args);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("Scripts: -o tsv prints a header and one line per activity, no headings") {
  const RunResult list = run_small({"list", "-o", "tsv"});
  CHECK(list.status == 0);
  CHECK(list.err.empty());
  CHECK(list.out ==
        "id\tsection\tphase\ttext\ttext_en\ttext_fr\tclient\texample-host\tfootnotes\tsection_id\n"
        "size-platform\tOnboarding\tonboarding\tSize the platform\tSize the platform\t\tRA\tCI\t\t"
        "onboarding\n"
        "install-servers\tOnboarding\tonboarding\tInstall the physical servers\tInstall the "
        "physical servers\t\t\tRA\t\tonboarding\n"
        "backup-policy\tOperations / Backup\trun\tDefine the backup policy\tDefine the backup "
        "policy\tDéfinir la politique de sauvegarde\tRA\tC\t1\tbackup\n"
        "backup-run\tOperations / Backup\trun\tRun the backups\tRun the backups\t\tI\tRA\t1\t"
        "backup\n");
  const RunResult who = run_small({"who", "-k", "backup", "-o", "tsv", "--no-headers"});
  CHECK(who.status == 0);
  CHECK(who.out ==
        "backup-policy\tOperations / Backup\trun\tDefine the backup policy\tDefine the backup "
        "policy\tDéfinir la politique de sauvegarde\tclient\tclient\texample-host\t\t1\tbackup\n"
        "backup-run\tOperations / Backup\trun\tRun the backups\tRun the backups\t\texample-host\t"
        "example-host\t\tclient\t1\tbackup\n");
  // Nothing matched: the header alone, status 1.
  const RunResult none = run_small({"list", "-k", "zzz", "-o", "tsv"});
  CHECK(none.status == 1);
  CHECK(
      none.out ==
      "id\tsection\tphase\ttext\ttext_en\ttext_fr\tclient\texample-host\tfootnotes\tsection_id\n");
}

TEST_CASE("Scripts: -o tsv escapes tab, line feed, CR and backslash in text") {
  const RunResult result =
      run_raci({"--data", std::string(RACI_TEST_DATA_DIR) + "/tsv-escapes.yaml", "list", "-o",
                "tsv", "--columns", "id,text,section"});
  CHECK(result.status == 0);
  CHECK(result.out ==
        "id\ttext\tsection\n"
        "escapes\tone\\ttwo\\nthree\\rfour\\\\five \\\\t\tSet\\tup\n");
}

TEST_CASE("Scripts: -o tsv keeps one activity a line, with as many fields, on hostile text") {
  const RunResult result =
      run_raci({"--data", std::string(RACI_TEST_DATA_DIR) + "/hostile/strings.yaml", "list", "-o",
                "tsv", "--columns", "id,text,text_fr,note,section,section_id,y,client,R"});
  REQUIRE(result.status == 0);
  const std::vector<std::string> lines = lines_of(result.out);
  CHECK(lines.size() == 1 + 7);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(std::count(line.begin(), line.end(), '\t') == 8);
    CHECK(line.find('\r') == std::string::npos);
    CHECK(line.find('\x1b') == std::string::npos);
  }
}

TEST_CASE("Scripts: -o ids prints one id per line, for xargs and while read") {
  const RunResult result =
      run_raci({"list", "--party", "client", "--only", "--phase", "onboarding", "-o", "ids"});
  CHECK(result.status == 0);
  CHECK(result.out ==
        "console-users-and-permissions\nvm-create-install-update\nvm-software-and-middleware\n"
        "vm-os-licenses\nvm-network-configuration\nvm-antivirus\nvm-monitoring\nvm-tag-policy\n");
  CHECK(run_raci({"who", "zzz", "-o", "ids"}).out.empty());
  CHECK(run_raci({"who", "zzz", "-o", "ids"}).status == 1);
  CHECK(run_raci({"show", "backup-capacity", "-o", "ids"}).out == "backup-capacity\n");
  // Nothing to leave out, nothing to choose.
  CHECK(run_raci({"show", "backup-capacity", "-o", "ids", "--no-headers"}).out ==
        "backup-capacity\n");
  CHECK(run_raci({"list", "-o", "ids", "--columns", "id"}).err ==
        "raci: error: --columns works with -o table, tsv or csv, not -o ids\n");
}

TEST_CASE("Scripts: --no-headers drops the table's header line") {
  const RunResult with = run_small({"who", "-k", "size"});
  const RunResult without = run_small({"who", "-k", "size", "--no-headers"});
  CHECK(with.out ==
        "  ACTIVITY           R       A       C             I\n"
        "Onboarding\n"
        "  Size the platform  Client  Client  Example Host  Example Host\n");
  CHECK(without.out ==
        "Onboarding\n"
        "  Size the platform  Client  Client  Example Host  Example Host\n");
  CHECK(run_small({"list", "-o", "json", "--no-headers"}).err ==
        "raci: error: --no-headers works with -o table, tsv or csv, not -o json\n");
}

TEST_CASE("Scripts: --columns chooses the columns of table, tsv and csv") {
  const RunResult tsv =
      run_small({"list", "--columns", "id,client,A,section_id", "-o", "tsv", "-k", "backup"});
  CHECK(tsv.status == 0);
  CHECK(tsv.out ==
        "id\tclient\tA\tsection_id\n"
        "backup-policy\tRA\tclient\tbackup\n"
        "backup-run\tI\texample-host\tbackup\n");
  const RunResult csv = run_small(
      {"who", "--columns", "id", "--columns", "text_fr,Example Host", "-o", "csv", "-k", "policy"});
  CHECK(csv.out ==
        "id,text_fr,example-host\n"
        "backup-policy,Définir la politique de sauvegarde,C\n");
  const RunResult table = run_small({"list", "--columns", "id,text,R", "-p", "host", "-r", "R"});
  CHECK(table.out ==
        "ID               TEXT                          R\n"
        "install-servers  Install the physical servers  example-host\n"
        "backup-run       Run the backups               example-host\n");
  const RunResult matched =
      run_small({"who", "backups", "--columns", "id,matched", "-o", "tsv", "--no-headers"});
  CHECK(matched.out == "backup-policy\tbackup\nbackup-run\tbackups;backup\n");
}

TEST_CASE("Scripts: an unknown column is a usage error naming the valid ones") {
  const RunResult result = run_small({"list", "--columns", "id,txt"});
  CHECK(result.status == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "raci: error: --columns: unknown column 'txt' (columns: id, text, text_en, text_fr, note, "
        "section, section_id, phase, footnotes, matched, client, example-host, R, A, C, I); did "
        "you mean 'text'?\n");
  CHECK(run_small({"list", "--columns", "id", "-o", "markdown"}).err ==
        "raci: error: --columns works with -o table, tsv or csv, not -o markdown\n");
  CHECK(run_small({"show", "size-platform", "--columns", "id", "-o", "json"}).err ==
        "raci: error: --columns works with -o table, tsv or csv, not -o json\n");
}

TEST_CASE("Scripts: a repeated filter means any of its values, different ones still AND") {
  CHECK(run_small({"list", "-k", "size", "-k", "run", "-o", "ids"}).out ==
        "size-platform\nbackup-run\n");
  CHECK(run_small({"list", "-s", "backup", "-s", "onboarding", "-o", "ids"}).out ==
        "size-platform\ninstall-servers\nbackup-policy\nbackup-run\n");
  CHECK(run_small({"list", "-p", "client", "-p", "host", "--only", "-o", "ids"}).out ==
        "size-platform\ninstall-servers\nbackup-policy\nbackup-run\n");
  CHECK(run_small({"list", "-p", "client", "-r", "C,I", "-o", "ids"}).out == "backup-run\n");
  CHECK(run_small({"list", "-p", "client", "-r", "C", "-r", "I", "-o", "ids"}).out ==
        "backup-run\n");
  CHECK(run_small({"list", "-p", "host", "-r", "CI", "-o", "ids"}).out == "size-platform\n");
  CHECK(run_small({"list", "-p", "host", "-r", "C,I", "-o", "ids"}).out ==
        "size-platform\nbackup-policy\n");
  CHECK(run_small({"list", "--phase", "run", "--phase", "onboarding", "-k", "backup", "-o", "ids"})
            .out == "backup-policy\nbackup-run\n");
  // who's TEXT must match too, whichever --activity does.
  CHECK(run_small({"who", "backup", "-k", "policy", "-k", "run", "-o", "ids"}).out ==
        "backup-policy\nbackup-run\n");
  CHECK(run_small({"who", "policy", "-k", "size", "-k", "run", "-o", "ids"}).status == 1);
  // One value per use: the next word is who's TEXT, not a second party.
  CHECK(run_small({"who", "-p", "client", "size", "-o", "ids"}).out == "size-platform\n");
  // Every value is checked.
  CHECK(run_small({"list", "-p", "client", "-p", "nobody"}).err ==
        "raci: error: unknown party 'nobody' (known parties: client (customer), example-host "
        "(host, provider))\n");
  CHECK(run_small({"list", "-r", "R,X"}).err ==
        "raci: error: the legend has no role 'X' (use R, A, C and I, e.g. --role RA)\n");
}

TEST_CASE("Scripts: export takes repeated filters too") {
  const RunResult result =
      run_small({"export", "-o", "csv", "-k", "size", "-k", "servers", "--columns", "id"});
  CHECK(result.status == 2);  // --columns is not an export option
  const RunResult csv = run_small({"export", "-o", "csv", "-k", "size", "-k", "servers"});
  CHECK(csv.status == 0);
  CHECK(csv.out ==
        "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id\n"
        "size-platform,Onboarding,onboarding,Size the platform,Size the platform,,RA,CI,,"
        "onboarding\n"
        "install-servers,Onboarding,onboarding,Install the physical servers,Install the physical "
        "servers,,,RA,,onboarding\n");
}

TEST_CASE("Scripts: who -o json has, per letter, the ids of the parties holding it") {
  const RunResult result = run_raci({"who", "-k", "backup-capacity", "-o", "json"});
  REQUIRE(result.status == 0);
  const Json json = Json::parse(result.out);
  REQUIRE(json.size() == 3);
  CHECK(json[0].at("who").dump() ==
        R"({"R":["cloud-temple"],"A":["client"],"C":["cloud-temple"],"I":["client"]})");
  CHECK(json[0].at("roles").dump() == R"({"client":"AI","cloud-temple":"RC"})");
  std::vector<std::string> keys;
  for (const auto& item : json[0].items())
    keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"id", "text", "text_fr", "texts", "section", "section_id",
                                         "phase", "roles", "footnotes", "who", "matched"});
  const RunResult jsonl = run_small({"who", "-k", "size", "-o", "jsonl"});
  CHECK(Json::parse(jsonl.out).at("who").dump() ==
        R"({"R":["client"],"A":["client"],"C":["example-host"],"I":["example-host"]})");
  // list keeps the list view.
  CHECK_FALSE(Json::parse(run_small({"list", "-o", "jsonl", "-k", "size"}).out).contains("who"));
}

TEST_CASE("Scripts: who -o csv and -o markdown print the who view") {
  CHECK(run_small({"who", "-k", "backup", "-o", "csv"}).out ==
        "id,section,phase,text,text_en,text_fr,R,A,C,I,footnotes,section_id\n"
        "backup-policy,Operations / Backup,run,Define the backup policy,Define the backup "
        "policy,Définir la politique de sauvegarde,client,client,example-host,,1,backup\n"
        "backup-run,Operations / Backup,run,Run the backups,Run the backups,,example-host,"
        "example-host,,client,1,backup\n");
  CHECK(run_small({"who", "-k", "backup", "-o", "markdown"}).out ==
        "---\n"
        "title: \"Hosting Responsibility Matrix\"\n"
        "---\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "| Activity | R | A | C | I |\n"
        "|---|---|---|---|---|\n"
        "| Define the backup policy (1) | Client | Client | Example Host |  |\n"
        "| Run the backups (1) | Example Host | Example Host |  | Client |\n"
        "\n"
        "*(1) Backups are kept for 30 days.*\n");
}

TEST_CASE("Scripts: the checklist lists R and A duties with their letters and footnotes") {
  const RunResult client = run_small({"list", "-p", "customer", "-o", "checklist"});
  CHECK(client.status == 0);
  CHECK(client.out ==
        "# Hosting Responsibility Matrix\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "What happens before the service starts.\n"
        "\n"
        "- [ ] Size the platform (RA)\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "- [ ] Define the backup policy (RA)\n"
        "  - Footnote 1: Backups are kept for 30 days.\n");
  // --role overrides: what the client is told of.
  CHECK(run_small({"list", "-p", "client", "-r", "I", "-o", "checklist"}).out ==
        "# Hosting Responsibility Matrix\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "- [ ] Run the backups (I)\n"
        "  - Footnote 1: Backups are kept for 30 days.\n");
  // Without a party, every party's letters.
  CHECK(lines_of(run_small({"who", "-k", "servers", "-o", "checklist"}).out).back() ==
        "- [ ] Install the physical servers (Example Host RA)");
  // In the built-in matrix the client holds R or A in 68 activities (66 RA, 1 AI, 1 RI): the
  // 25 where it is only informed and the 3 where it is consulted are not its tasks.
  const auto tasks = [](const std::string& text) {
    std::size_t count = 0;
    for (const std::string& line : lines_of(text))
      count += line.starts_with("- [ ] ") ? 1U : 0U;
    return count;
  };
  CHECK(tasks(run_raci({"list", "-p", "client", "-o", "checklist"}).out) == 68);
  CHECK(tasks(run_raci({"list", "-p", "client", "-r", "I", "-o", "checklist"}).out) ==
        25 + 3 + 1 + 1);
  const RunResult firewall =
      run_raci({"list", "-p", "client", "--footnote", "3", "-o", "checklist"});
  CHECK(lines_of(firewall.out).at(8) ==
        "- [ ] Ensure the operational maintenance of virtual machines deployed in client tenants "
        "(RA)");
  CHECK(lines_of(firewall.out)
            .at(9)
            .starts_with(
                "  - Footnote 3: Cloud Temple offers license packages for firewalls (Fortinet, "
                "Stormshield)"));
}

TEST_CASE("Scripts: CSV ends lines with LF, CRLF with --crlf, a BOM with --bom") {
  const std::string header =
      "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id";
  const std::string row =
      "size-platform,Onboarding,onboarding,Size the platform,Size the platform,,RA,CI,,onboarding";
  CHECK(run_small({"list", "-k", "size", "-o", "csv"}).out == header + "\n" + row + "\n");
  CHECK(run_small({"list", "-k", "size", "-o", "csv", "--crlf"}).out ==
        header + "\r\n" + row + "\r\n");
  CHECK(run_small({"--bom", "list", "-k", "size", "-o", "csv"}).out ==
        "\xef\xbb\xbf" + header + "\n" + row + "\n");
  CHECK(run_small({"list", "-k", "size", "-o", "csv", "--no-headers", "--bom"}).out ==
        "\xef\xbb\xbf" + row + "\n");
  CHECK(run_small({"parties", "-o", "csv", "--crlf"}).out ==
        "id,name,aliases\r\nclient,Client,customer\r\nexample-host,Example Host,\"host, "
        "provider\"\r\n");
  // Not for the other formats.
  CHECK(
      run_small({"list", "-k", "size", "-o", "tsv", "--crlf", "--bom"}).out ==
      "id\tsection\tphase\ttext\ttext_en\ttext_fr\tclient\texample-host\tfootnotes\tsection_id\n" +
          std::string("size-platform\tOnboarding\tonboarding\tSize the platform\tSize the "
                      "platform\t\tRA\tCI\t\tonboarding\n"));
}
