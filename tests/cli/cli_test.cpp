// End-to-end tests: the real raci binary, its output, exit status and error messages.
#include <csv.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;
using Json = nlohmann::ordered_json;

namespace {

const std::string data_dir = RACI_TEST_DATA_DIR;

const std::vector<std::string> backup_ids{
    "platform-sizing",
    "backup-initial-configuration",
    "vm-backup-plan",
    "backup-operational-condition",
    "backup-security-maintenance",
    "backup-incidents",
    "backup-problems",
    "backup-capacity",
    "tenant-backup-operational-maintenance",
    "tenant-backup-security-maintenance",
    "tenant-backup-incidents",
    "tenant-backup-problems",
    "tenant-backup-capacity",
    "backup-policy-lifecycle",
    "backup-policy-consistency",
    "backup-strategy-tests",
    "third-party-backup-operational-maintenance",
    "third-party-backup-security-maintenance",
    "third-party-backup-incidents",
    "third-party-backup-problems",
    "third-party-backup-capacity",
    "third-party-backup-policy-lifecycle",
    "third-party-backup-policy-consistency",
    "third-party-backup-strategy-tests",
};

const std::vector<std::string> client_only_ids{
    "console-users-and-permissions",
    "vm-create-install-update",
    "vm-software-and-middleware",
    "vm-os-licenses",
    "vm-network-configuration",
    "vm-antivirus",
    "vm-monitoring",
    "vm-tag-policy",
    "client-system-accessibility",
    "console-access-administration",
    "client-system-access-administration",
    "vm-operational-maintenance",
    "vm-security-maintenance",
    "middleware-operational-maintenance",
    "middleware-security-maintenance",
    "vm-or-environment-creation",
    "vm-configuration-change",
    "vm-deletion",
    "vm-tagging",
    "tenant-backup-operational-maintenance",
    "tenant-backup-security-maintenance",
    "tenant-backup-incidents",
    "tenant-backup-problems",
    "backup-policy-lifecycle",
    "backup-policy-consistency",
    "dr-bc-plan-consistency",
    "backup-strategy-tests",
    "third-party-backup-operational-maintenance",
    "third-party-backup-security-maintenance",
    "third-party-backup-incidents",
    "third-party-backup-problems",
    "third-party-backup-policy-lifecycle",
    "third-party-backup-policy-consistency",
    "third-party-dr-bc-plan-consistency",
    "third-party-backup-strategy-tests",
    "vm-cmdb-tracking",
    "console-access-policy-upkeep",
    "client-system-logs",
    "operator-link-incidents",
    "data-transfer",
};

std::vector<std::string> ids_of(const Json& array) {
  std::vector<std::string> ids;
  for (const Json& activity : array)
    ids.push_back(activity.at("id").get<std::string>());
  return ids;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

// Parses CSV with libcsv in strict mode; fails the test on malformed input.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  struct State {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
  } state;
  csv_parser parser{};
  REQUIRE(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) == 0);
  auto field = [](void* data, std::size_t size, void* user) {
    static_cast<State*>(user)->record.emplace_back(static_cast<const char*>(data), size);
  };
  auto end = [](int, void* user) {
    auto* s = static_cast<State*>(user);
    s->records.push_back(std::move(s->record));
    s->record.clear();
  };
  REQUIRE(csv_parse(&parser, text.data(), text.size(), field, end, &state) == text.size());
  REQUIRE(csv_fini(&parser, field, end, &state) == 0);
  csv_free(&parser);
  return state.records;
}

}  // namespace

TEST_CASE("CLI: who --activity backup names the 24 backup activities") {
  const RunResult json = run_raci({"who", "--activity", "backup", "-o", "json"});
  CHECK(json.status == 0);
  CHECK(json.err.empty());
  CHECK(ids_of(Json::parse(json.out)) == backup_ids);

  const RunResult table = run_raci({"who", "--activity", "backup"});
  CHECK(table.status == 0);
  const std::vector<std::string> lines = lines_of(table.out);
  // Header, rows, one heading per section, then the two footnotes the rows cite.
  REQUIRE(lines.size() == 1 + 24 + 5 + 4);
  CHECK(lines[0] ==
        "  ACTIVITY" + std::string(102, ' ') + "R             A             C             I");
  CHECK(lines[1] == "Define Your Needs");
  CHECK(
      lines[2].starts_with("  Properly size your Cloud Temple platform (compute, storage, network, "
                           "backup, etc.)"));
  CHECK(lines[2].ends_with("Client        Client        Cloud Temple  Cloud Temple"));
  // The positional TEXT is the same search.
  CHECK(run_raci({"who", "backup"}).out == table.out);
}

TEST_CASE("CLI: who cells name the parties, 'both' when both hold the role") {
  const std::string yaml = data_dir + "/small.yaml";
  const RunResult result = run_raci({"--data", yaml, "who", "-k", "size"});
  CHECK(result.status == 0);
  CHECK(result.out ==
        "  ACTIVITY           R       A       C             I\n"
        "Onboarding\n"
        "  Size the platform  Client  Client  Example Host  Example Host\n");
}

TEST_CASE("CLI: list --party client --only gives the 40 client-only duties") {
  const RunResult json = run_raci({"list", "--party", "client", "--only", "-o", "json"});
  CHECK(json.status == 0);
  CHECK(ids_of(Json::parse(json.out)) == client_only_ids);
  const RunResult checklist =
      run_raci({"list", "--party", "customer", "--only", "-o", "checklist"});
  CHECK(checklist.status == 0);
  std::size_t tasks = 0;
  for (const std::string& line : lines_of(checklist.out))
    tasks += line.starts_with("- [ ] ") ? 1U : 0U;
  CHECK(tasks == 40);
  CHECK(lines_of(checklist.out)[0] == "# IaaS Responsibility Matrix");
  CHECK(checklist.out.find("## Integrate your information system into your Cloud Temple "
                           "environments\n\n- [ ] Create, install, update your virtual machines "
                           "(RA)\n") != std::string::npos);
}

TEST_CASE("CLI: every output format parses back") {
  const std::vector<std::string> query{"list", "-k", "backup"};
  auto with_format = [&](const std::string& format) {
    std::vector<std::string> args = query;
    args.insert(args.end(), {"-o", format});
    const RunResult result = run_raci(args);
    REQUIRE(result.status == 0);
    REQUIRE(result.err.empty());
    return result.out;
  };

  const Json json = Json::parse(with_format("json"));
  REQUIRE(json.size() == 24);
  const Json& capacity = json[7];
  CHECK(
      capacity.dump() ==
      R"({"id":"backup-capacity","text":"Manage capacities on backup infrastructures integrated i)"
      R"(nto the Cloud Temple platform","text_fr":"Gérer les capacités sur les infrastructures sa)"
      R"(uvegarde intégrées à la plateforme Cloud Temple","texts":{"en":"Manage capacities on bac)"
      R"(kup infrastructures integrated into the Cloud Temple platform","fr":"Gérer les capacités)"
      R"( sur les infrastructures sauvegarde intégrées à la plateforme Cloud Temple","de":"Kapazi)"
      R"(tätsmanagement für die in die Cloud-Temple-Plattform integrierten Sicherungs-Infrastrukt)"
      R"(uren durchführen","es":"Gestionar la capacidad en las infraestructuras de copia de segur)"
      R"(idad integradas en la plataforma Cloud Temple","it":"Gestire le capacità sulle infrastru)"
      R"(tture di backup integrate nella piattaforma Cloud Temple"},"section":["Recurring Operati)"
      R"(ons","Backup Management and Disaster Recovery on Integrated Backup"],"section_id":"backu)"
      R"(p-integrated","phase":"run","roles":{"client":"AI","cloud-temple":"RC"},"footnotes":[],")"
      R"(matched":["backup","sauvegarde"]})");

  std::vector<std::string> jsonl_ids;
  for (const std::string& line : lines_of(with_format("jsonl"))) {
    jsonl_ids.push_back(Json::parse(line).at("id").get<std::string>());
  }
  CHECK(jsonl_ids == backup_ids);

  const auto records = parse_csv(with_format("csv"));
  REQUIRE(records.size() == 25);
  CHECK(records[0] == std::vector<std::string>{"id", "section", "phase", "text", "text_en",
                                               "text_fr", "text_de", "text_es", "text_it", "client",
                                               "cloud-temple", "footnotes", "section_id"});
  const std::string english =
      "Properly size your Cloud Temple platform (compute, storage, network, backup, etc.)";
  CHECK(records[1] ==
        std::vector<std::string>{
            "platform-sizing", "Define Your Needs", "onboarding", english, english,
            "Dimensionner correctement votre plateforme Cloud Temple (calcul, stockage, réseau, "
            "backup,...)",
            "Korrekte Dimensionierung Ihrer Cloud Temple-Plattform (Compute, Storage, Netzwerk, "
            "Backup, ...)",
            "Dimensionar correctamente su plataforma Cloud Temple (cálculo, almacenamiento, red, "
            "copia de seguridad,...)",
            "Dimensionare correttamente la tua piattaforma Cloud Temple (calcolo, archiviazione, "
            "rete, backup,...)",
            "RA", "CI", "", "define-your-needs"});
  CHECK(records[4][11] == "5");
  for (std::size_t i = 1; i < records.size(); ++i)
    CHECK(records[i][0] == backup_ids[i - 1]);

  const std::string markdown = with_format("markdown");
  std::size_t rows = 0;
  for (const std::string& line : lines_of(markdown)) {
    if (line.starts_with("| ") && !line.starts_with("| Activity |")) ++rows;
  }
  CHECK(rows == 24);
  CHECK(markdown.starts_with(
      "---\ntitle: \"IaaS Responsibility Matrix\"\n---\n\n## Define Your Needs\n"));
  CHECK(markdown.find("| Manage capacities on backup infrastructures integrated into the Cloud "
                      "Temple platform | **AI** | **RC** |") != std::string::npos);
  CHECK(markdown.find("| Ensure the operational condition of the backup infrastructures integrated "
                      "into the Cloud Temple platform (5) |  | **RA** |") != std::string::npos);
  CHECK(markdown.find("*(5) As of January 1, 2024, the backup solution") != std::string::npos);
}

TEST_CASE("CLI: show prints one activity in full") {
  const RunResult result = run_raci({"show", "physical-resource-performance"});
  CHECK(result.status == 0);
  CHECK(
      result.out ==
      "id            physical-resource-performance\n"
      "section       Recurring Operations / Performance Management (performance)\n"
      "phase         run\n"
      "text          Monitor the performance of the physical resources for computing, storage, "
      "and network provided to your tenants\n"
      "text (fr)     Assurer le suivi de la performance des ressources physiques de calcul, "
      "stockage et réseau mises à disposition de vos tenants\n"
      "text (de)     Überwachung der Leistung der physischen Compute-, Speicher- und "
      "Netzwerkressourcen, die Ihren Tenants zur Verfügung gestellt werden\n"
      "text (es)     Garantizar el seguimiento del rendimiento de los recursos físicos de cálculo, "
      "almacenamiento y red puestos a disposición de sus tenants\n"
      "text (it)     Garantire il monitoraggio delle prestazioni delle risorse fisiche di calcolo, "
      "archiviazione e rete messe a disposizione dei vostri tenant\n"
      "Client        RI  Responsible, Informed\n"
      "Cloud Temple  A  Accountable\n"
      "footnote 4    The Cloud Temple platform adopts a philosophy focused on providing dedicated "
      "infrastructure for computing needs (with physical blades), storage (via dedicated LUNs "
      "on SANs), and network (including firewalls and load balancers). These dedicated "
      "resources are made available to the client, whose use and the resulting load depend "
      "directly on the use the client makes of them. It is therefore the client's "
      "responsibility to set up and manage the supervision and metrology systems needed to "
      "monitor the optimal functioning of its information system.\n");
  const RunResult french = run_raci({"show", "vm-tagging", "-o", "json"});
  CHECK(Json::parse(french.out).at("text_fr") ==
        "Appliquer les tags aux machines virtuelles conformément à la politique définie");
}

TEST_CASE("CLI: show suggests ids for an unknown one") {
  const RunResult result = run_raci({"show", "backup-capcity"});
  CHECK(result.status == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "raci: error: unknown activity 'backup-capcity'; did you mean 'backup-capacity'?\n");
}

TEST_CASE("CLI: the reference commands") {
  CHECK(run_raci({"parties"}).out ==
        "ID            NAME          ALIASES\n"
        "client        Client        customer\n"
        "cloud-temple  Cloud Temple  ct, provider\n");
  CHECK(
      run_raci({"parties", "-o", "json"}).out ==
      "[\n  {\n    \"id\": \"client\",\n    \"name\": \"Client\",\n    \"aliases\": [\n"
      "      \"customer\"\n    ]\n  },\n  {\n    \"id\": \"cloud-temple\",\n    \"name\": "
      "\"Cloud Temple\",\n    \"aliases\": [\n      \"ct\",\n      \"provider\"\n    ]\n  }\n]\n");
  CHECK(run_raci({"roles"}).out ==
        "ROLE  NAME         DESCRIPTION\n"
        "R     Responsible  Responsible for executing the process\n"
        "A     Accountable  Approves the completion of the process\n"
        "C     Consulted    Consulted during the process\n"
        "I     Informed     Informed of the process results (via tools, portal, or messaging)\n");
  const Json sections = Json::parse(run_raci({"sections", "-o", "json"}).out);
  REQUIRE(sections.size() == 14);
  CHECK(
      sections[3].dump() ==
      R"({"id":"recurring-operations","title":"Recurring Operations","phase":"run","parent":null,"depth":0,"activities":71})");
  CHECK(sections[4].at("parent") == "recurring-operations");
  const Json footnote = Json::parse(run_raci({"footnotes", "6", "-o", "json"}).out);
  CHECK(footnote.size() == 1);
  CHECK(footnote[0].at("cited_by") == Json::array({"tenant-backup-operational-maintenance",
                                                   "third-party-backup-operational-maintenance"}));
  CHECK(Json::parse(run_raci({"footnotes", "-o", "json"}).out).size() == 8);
  const std::vector<std::string> tree = lines_of(run_raci({"sections"}).out);
  REQUIRE(tree.size() == 15);
  CHECK(tree[5].starts_with("  access-and-identity   "));
}

TEST_CASE("CLI: --help and --version") {
  const RunResult help = run_raci({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("Examples:\n  raci who --activity backup") != std::string::npos);
  CHECK(help.out.find("Exit status: 0 something was printed, 1 a valid query matched nothing,") !=
        std::string::npos);
  for (const char* command : {"who", "list", "show", "sections", "parties", "roles", "footnotes"}) {
    INFO(command);
    const RunResult sub = run_raci({command, "--help"});
    CHECK(sub.status == 0);
    CHECK(sub.out.find("Examples:\n  raci ") != std::string::npos);
  }
  const RunResult version = run_raci({"--version"});
  CHECK(version.status == 0);
  CHECK(version.out ==
        "raci 0.1.0\nmatrix: IaaS Responsibility Matrix (Cloud Temple), 109 activities\n"
        "source: built-in (Cloud Temple IaaS offer, responsibility matrix (iaas-raci.md))\n");
  const RunResult other = run_raci({"--data", data_dir + "/small.yaml", "--version"});
  CHECK(other.out ==
        "raci 0.1.0\nmatrix: Hosting Responsibility Matrix (Example Host), 4 activities\n"
        "source: " +
            data_dir + "/small.yaml (Example Host hosting offer, version 3)\n");
}

TEST_CASE("CLI: colour on, off, and with NO_COLOR") {
  const std::string escape = "\x1b[";
  CHECK(run_raci({"list", "--color", "always"}).out.find(escape) != std::string::npos);
  CHECK(run_raci({"list", "--color", "never"}).out.find(escape) == std::string::npos);
  CHECK(run_raci({"list"}).out.find(escape) == std::string::npos);  // piped: auto is off

  RunOptions terminal;
  terminal.stdout_kind = RunOptions::Stdout::terminal;
  CHECK(run_raci({"list"}, terminal).out.find(escape) != std::string::npos);
  CHECK(run_raci({"list", "--color", "never"}, terminal).out.find(escape) == std::string::npos);
  terminal.env = {"NO_COLOR=1"};
  CHECK(run_raci({"list"}, terminal).out.find(escape) == std::string::npos);
  terminal.env = {"NO_COLOR="};  // set but empty: colour stays on
  CHECK(run_raci({"list"}, terminal).out.find(escape) != std::string::npos);
  terminal.env = {"TERM=dumb"};
  CHECK(run_raci({"list"}, terminal).out.find(escape) == std::string::npos);
  // The same letter always has the same colour: A is red everywhere.
  CHECK(run_raci({"roles", "--color", "always"}).out.find("\x1b[1m\x1b[31mA\x1b[0m") !=
        std::string::npos);
}

TEST_CASE("CLI: tables wrap to the terminal, and stay one line per activity when piped") {
  RunOptions terminal;
  terminal.stdout_kind = RunOptions::Stdout::terminal;
  terminal.columns = 70;
  const RunResult wrapped = run_raci({"list", "--color", "never", "-k", "backup"}, terminal);
  CHECK(wrapped.status == 0);
  std::size_t widest = 0;
  for (std::string line : lines_of(wrapped.out)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with("also: ")) continue;  // standard error's hint shares the terminal
    widest = std::max(widest, line.size());    // ASCII text: bytes are columns
  }
  CHECK(widest <= 70);
  terminal.env = {"COLUMNS=100"};
  std::size_t widest_100 = 0;
  for (std::string line :
       lines_of(run_raci({"list", "--color", "never", "-k", "backup"}, terminal).out)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with("also: ")) continue;
    widest_100 = std::max(widest_100, line.size());
  }
  CHECK(widest_100 > 70);
  CHECK(widest_100 <= 100);

  const RunResult piped = run_raci({"list", "-k", "backup"});
  std::size_t rows = 0;
  for (const std::string& line : lines_of(piped.out)) {
    if (line.starts_with("  ") && !line.starts_with("  ID ") && !line.starts_with("  [")) ++rows;
  }
  CHECK(rows == 24);
}

TEST_CASE("CLI: control characters from the data are shown escaped") {
  const std::string yaml = data_dir + "/control-chars.yaml";
  for (const char* format : {"table", "csv", "tsv", "markdown", "checklist"}) {
    INFO(format);
    const RunResult result = run_raci({"--data", yaml, "list", "-o", format});
    CHECK(result.status == 0);
    CHECK(result.out.find('\x1b') == std::string::npos);
    CHECK(result.out.find('\a') == std::string::npos);
    CHECK(result.out.find("Ring the bell \\x07 and clear the screen \\x1b[2J") !=
          std::string::npos);
  }
  const RunResult who = run_raci({"--data", yaml, "who", "--color", "always"});
  CHECK(who.out.find("Set\\x07up") != std::string::npos);
  const RunResult version = run_raci({"--data", yaml, "--version"});
  CHECK(version.out.find("Control \\x1b[31mcharacters") != std::string::npos);
  const Json json = Json::parse(run_raci({"--data", yaml, "list", "-o", "json"}).out);
  CHECK(json[0].at("text") ==
        "Ring the bell \a and clear the screen \x1b[2J, with a | pipe and \"quotes\", too");
  CHECK(run_raci({"--data", yaml, "list", "-o", "markdown"}).out.find("with a \\| pipe") !=
        std::string::npos);
  CHECK(parse_csv(run_raci({"--data", yaml, "list", "-o", "csv"}).out)[1][3] ==
        "Ring the bell \\x07 and clear the screen \\x1b[2J, with a | pipe and \"quotes\", too");
}

TEST_CASE("CLI: a valid query that matches nothing exits 1") {
  const RunResult table = run_raci({"list", "-k", "no-such-word"});
  CHECK(table.status == 1);
  CHECK(table.out.empty());
  CHECK(table.err.empty());
  const RunResult json = run_raci({"who", "zzz", "-o", "json"});
  CHECK(json.status == 1);
  CHECK(json.out == "[]\n");
  const RunResult csv =
      run_raci({"list", "--party", "ct", "--only", "--phase", "exit", "--role", "C", "-o", "csv"});
  CHECK(csv.status == 1);
  CHECK(csv.out ==
        "id,section,phase,text,text_en,text_fr,text_de,text_es,text_it,client,cloud-temple,"
        "footnotes,section_id\n");
}

TEST_CASE("CLI: usage errors exit 2 with one line") {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"list", "--party", "nobody"},
       "raci: error: unknown party 'nobody' (known parties: client (customer), cloud-temple (ct, "
       "provider))\n"},
      {{"list", "--party", "clent"},
       "raci: error: unknown party 'clent' (known parties: client (customer), cloud-temple (ct, "
       "provider)); did you mean 'client'?\n"},
      {{"list", "--only"}, "raci: error: --only needs --party (whose duties alone?)\n"},
      {{"list", "--role", "RX"},
       "raci: error: the legend has no role 'X' (use R, A, C and I, e.g. --role RA)\n"},
      {{"list", "--section", "nowhere"},
       "raci: error: no section matches 'nowhere' (see 'raci sections')\n"},
      {{"list", "--phase", "later"}, "raci: error: --phase: later not in {onboarding,run,exit}\n"},
      {{"list", "--footnote", "9"},
       "raci: error: footnote 9 is not defined (footnotes: 1, 2, 3, 4, 5, 6, 7, 8)\n"},
      {{"footnotes", "9"}, "raci: error: footnote 9 is not defined (see 'raci footnotes')\n"},
      {{"lsit"},
       "raci: error: unknown command 'lsit' (commands: who, list, show, sections, parties, roles, "
       "footnotes, glossary, matrices, validate, stats, diff, export, import, owners, "
       "translations, completion); did you mean 'list'?\n"},
      {{"list", "--bogus"}, "raci: error: unknown option '--bogus'\n"},
      {{"list", "--partty", "client"},
       "raci: error: unknown option '--partty' (did you mean --party?)\n"},
      {{"--colour", "never", "list"},
       "raci: error: unknown option '--colour' (did you mean --color?)\n"},
      {{"list", "--no-pagr"},
       "raci: error: unknown option '--no-pagr' (did you mean --no-pager?)\n"},
      {{"list", "-x"}, "raci: error: unknown option '-x'\n"},
      {{"--footnote", "2", "list"},
       "raci: error: option '--footnote' belongs to 'list': put it after the command name\n"},
      {{"list", "backup"}, "raci: error: unexpected argument 'backup' (did you mean -k backup?)\n"},
      {{"stats", "backup"},
       "raci: error: unexpected argument 'backup' (did you mean -k backup?)\n"},
      {{"show", "a", "b"}, "raci: error: unexpected argument 'b'\n"},
      // Another command's name after the command is an argument like any other word (only
      // the named command's options are built; the line is read the same).
      {{"show", "who"}, "raci: error: unknown activity 'who'\n"},
      {{"list", "who"}, "raci: error: unexpected argument 'who' (did you mean -k who?)\n"},
      {{"stats", "list"}, "raci: error: unexpected argument 'list' (did you mean -k list?)\n"},
      {{"--lang", "who", "who"},
       "raci: error: the matrix has no texts in 'who' (its languages: en, fr, de, es, it)\n"},
      {{"sections", "extra"}, "raci: error: unexpected argument 'extra'\n"},
      {{"list", "--footnote", "0"},
       "raci: error: --footnote: footnote numbers start at 1 (not '0')\n"},
      {{"list", "--footnote", "-1"},
       "raci: error: --footnote: footnote numbers start at 1 (not '-1')\n"},
      {{"who", "--footnote", "x"},
       "raci: error: --footnote: footnote numbers start at 1 (not 'x')\n"},
      {{"list", "--footnote", "99999999999999999999"},
       "raci: error: --footnote: footnote 99999999999999999999 is not defined (see 'raci "
       "footnotes')\n"},
      {{"footnotes", "0"}, "raci: error: number: footnote numbers start at 1 (not '0')\n"},
      {{"list", "-o", "yaml"},
       "raci: error: 'raci list' cannot print -o yaml (it prints table, json, jsonl, csv, tsv, "
       "ids, markdown, checklist)\n"},
      {{"list", "-o", "xml"},
       "raci: error: --format: xml not in "
       "{table,json,jsonl,csv,tsv,ids,markdown,checklist,yaml,html}\n"},
      {{"parties", "-o", "checklist"},
       "raci: error: 'raci parties' cannot print -o checklist (it prints table, json, jsonl, "
       "csv)\n"},
      {{"show"}, "raci: error: id is required\n"},
      {{"list", "--color", "sometimes"},
       "raci: error: --color: sometimes not in {auto,always,never}\n"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args[0] + " " + (args.size() > 1 ? args[1] : ""));
    const RunResult result = run_raci(args);
    CHECK(result.status == 2);
    CHECK(result.out.empty());
    CHECK(result.err == message);
  }
  const RunResult bare = run_raci({});
  CHECK(bare.status == 2);
  CHECK(bare.err.ends_with("raci: error: no command given (see the list above)\n"));
}

TEST_CASE("CLI: data errors name the file, line and column") {
  const RunResult missing = run_raci({"--data", "/nonexistent.yaml", "list"});
  CHECK(missing.status == 2);
  CHECK(missing.err == "raci: error: /nonexistent.yaml: cannot read: No such file or directory\n");
  const RunResult env = run_raci({"list"}, {.env = {"RACI_DATA=" + data_dir + "/small.yaml"}});
  CHECK(env.status == 0);
  CHECK(env.out.find("size-platform") != std::string::npos);
  const RunResult bad = run_raci({"--data", data_dir + "/bad-party.yaml", "who"});
  CHECK(bad.status == 2);
  CHECK(bad.err == "raci: error: " + data_dir +
                       "/bad-party.yaml:17:17: unknown party 'clent' (known parties: client, "
                       "example-host); did you mean 'client'?\n");
}

TEST_CASE("CLI: a closed pipe ends quietly, a failed write does not") {
  const RunResult closed = run_raci({"list"}, {.stdout_kind = RunOptions::Stdout::closed_early});
  CHECK(closed.status == 0);
  CHECK(closed.err.empty());
  const RunResult full =
      run_raci({"list"}, {.stdout_kind = RunOptions::Stdout::file, .stdout_file = "/dev/full"});
  CHECK(full.status == 2);
  CHECK(full.err == "raci: error: write error: No space left on device\n");
}

TEST_CASE("CLI completion: scripts per shell, ids of the loaded matrix, errors") {
  CHECK(run_raci({"completion", "--values", "party"}).out == "client\ncloud-temple\n");
  CHECK(run_raci({"completion", "--values", "footnote"}).out == "1\n2\n3\n4\n5\n6\n7\n8\n");
  const RunResult activities = run_raci({"completion", "--values", "activity"});
  // The loaded matrix's ids, then MATRIX:ID for every built-in matrix's activities.
  std::size_t plain = 0;
  std::size_t kubernetes = 0;
  std::size_t total = 0;
  for (std::size_t start = 0; start < activities.out.size();) {
    const std::size_t end = activities.out.find('\n', start);
    const std::string line = activities.out.substr(start, end - start);
    plain += line.find(':') == std::string::npos ? std::size_t{1} : std::size_t{0};
    kubernetes += line.starts_with("kubernetes:") ? std::size_t{1} : std::size_t{0};
    ++total;
    start = end + 1;
  }
  CHECK(plain == 109);
  CHECK(kubernetes == std::stoul(run_raci({"--matrix", "kubernetes", "list", "--count"}).out));
  CHECK(total == 109 + std::stoul(run_raci({"--matrix", "all", "list", "--count"}).out));
  CHECK(activities.out.starts_with("overall-architecture\ntenants-and-availability-zones\n"));
  const RunResult sections = run_raci({"completion", "--values", "section"});
  CHECK(std::count(sections.out.begin(), sections.out.end(), '\n') == 14);
  const std::string small = std::string(RACI_TEST_DATA_DIR) + "/small.yaml";
  CHECK(run_raci({"--data", small, "completion", "--values", "party"}).out ==
        "client\nexample-host\n");

  for (const std::string shell : {"bash", "zsh", "fish"}) {
    const RunResult script = run_raci({"completion", shell});
    CHECK(script.status == 0);
    CHECK(script.err.empty());
    CHECK(script.out.find("completion for raci, generated by 'raci completion " + shell + "'") !=
          std::string::npos);
  }

  const std::vector<std::pair<std::vector<std::string>, std::string>> errors{
      {{"completion"},
       "raci: error: 'raci completion' needs a shell (bash, zsh or fish) or --values KIND\n"},
      {{"completion", "bash", "--values", "party"},
       "raci: error: 'raci completion' takes a shell or --values KIND, not both\n"},
      {{"completion", "bash", "-o", "json"}, "raci: error: 'raci completion' takes no -o format\n"},
      {{"completion", "ksh"}, "raci: error: shell: ksh not in {bash,zsh,fish}\n"},
      {{"completion", "--values", "letter"},
       "raci: error: --values: letter not in "
       "{party,section,activity,footnote,word,owner,matrix,language,role}\n"},
  };
  for (const auto& [args, message] : errors) {
    const RunResult result = run_raci(args);
    CHECK(result.status == 2);
    CHECK(result.out.empty());
    CHECK(result.err == message);
  }
}
