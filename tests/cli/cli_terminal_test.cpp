// End-to-end tests of what a person at a terminal gets: the pager, the count, who's footnotes,
// ids and colours, show by prefix, enum values in any case. (Layout in real terminals of
// several widths: terminal_layout_test.py.)
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;

namespace {

RunOptions terminal(std::vector<std::string> env = {}) {
  RunOptions options;
  options.stdout_kind = RunOptions::Stdout::terminal;
  options.columns = 80;
  options.env = std::move(env);
  return options;
}

// What a terminal shows, with its CRLF line ends as LF.
std::string unterminal(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != '\r') out += c;
  }
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::filesystem::path scratch(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("raci-terminal-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::remove(dir / name);
  return dir / name;
}

// No search: a search's hints on standard error would share the terminal.
const std::vector<std::string> backup_list{"list", "--section", "backup-integrated", "--color",
                                           "never"};

}  // namespace

TEST_CASE("CLI terminal: output to a terminal goes through RACI_PAGER, else PAGER") {
  const RunResult direct =
      run_raci({"list", "--section", "backup-integrated", "--color", "never", "--no-pager"},
               terminal({"RACI_PAGER=cat > /dev/null"}));
  REQUIRE(direct.status == 0);
  const std::string shown = unterminal(direct.out);
  // 15 rows at 80 columns, and the count.
  CHECK(shown.ends_with("\n15 activities\n"));

  const std::filesystem::path paged = scratch("paged");
  const RunResult through = run_raci(backup_list, terminal({"RACI_PAGER=cat > " + paged.string()}));
  CHECK(through.status == 0);
  CHECK(through.out.empty());  // all of it went to the pager
  CHECK(read_file(paged) == shown);

  const std::filesystem::path by_pager = scratch("by-pager");
  CHECK(run_raci(backup_list, terminal({"PAGER=cat > " + by_pager.string()})).out.empty());
  CHECK(read_file(by_pager) == shown);
  // RACI_PAGER comes first.
  const std::filesystem::path first = scratch("first");
  const std::filesystem::path second = scratch("second");
  run_raci(backup_list,
           terminal({"RACI_PAGER=cat > " + first.string(), "PAGER=cat > " + second.string()}));
  CHECK(read_file(first) == shown);
  CHECK_FALSE(std::filesystem::exists(second));
}

TEST_CASE("CLI terminal: no pager when piped, with --no-pager, or when it cannot start") {
  const std::filesystem::path file = scratch("never");
  RunOptions piped;
  piped.env = {"RACI_PAGER=cat > " + file.string()};
  const RunResult result = run_raci(backup_list, piped);
  CHECK(result.status == 0);
  CHECK(result.out == run_raci(backup_list).out);
  CHECK_FALSE(std::filesystem::exists(file));

  const std::vector<std::string> unpaged{"list",    "--section", "backup-integrated",
                                         "--color", "never",     "--no-pager"};
  const std::string shown = run_raci(unpaged, terminal()).out;
  CHECK(run_raci(unpaged, terminal({"RACI_PAGER=cat > " + file.string()})).out == shown);
  CHECK_FALSE(std::filesystem::exists(file));
  // A pager that is not there: the output goes straight out, nothing said.
  const RunResult missing = run_raci(backup_list, terminal({"RACI_PAGER=/nonexistent/pager -R"}));
  CHECK(missing.status == 0);
  CHECK(missing.out == shown);
}

TEST_CASE("CLI terminal: a pager quit early leaves the exit status as it was") {
  // `true` reads nothing and exits: raci's writes meet a closed pipe.
  const RunResult quit = run_raci({"list", "--color", "never"}, terminal({"RACI_PAGER=true"}));
  CHECK(quit.status == 0);
  CHECK(quit.out.empty());
  // Nothing matched: nothing to page, the status is 1 and the hint shows.
  const RunResult none = run_raci({"list", "-k", "zzzzzz"}, terminal({"RACI_PAGER=true"}));
  CHECK(none.status == 1);
}

TEST_CASE("CLI terminal: a count on a terminal, --count for the number alone") {
  const std::string shown = unterminal(
      run_raci({"who", "--section", "log-management", "--color", "never"}, terminal()).out);
  CHECK(shown ==
        "  ACTIVITY                                      R             A             C  I\n"
        "Recurring Operations / Log Management\n"
        "  Preserve and provide access to the logs of    Cloud Temple  Cloud Temple\n"
        "  the Cloud Temple IaaS platform [7]\n"
        "  Retain and make available the logs of the     Client        Client\n"
        "  information system hosted within your Cloud\n"
        "  Temple tenants\n"
        "\n"
        "Footnotes\n"
        "  [7] As of January 1, 2024, the retention period for platform logs is one year.\n"
        "\n"
        "2 activities\n");
  // Piped, no count: the last line is the footnote's.
  CHECK(run_raci({"who", "--section", "log-management"}).out.ends_with("is one year.\n"));

  for (const std::string command : {"list", "who"}) {
    const RunResult count = run_raci({command, "-k", "backup", "--count"});
    CHECK(count.status == 0);
    CHECK(count.out == "24\n");
    const RunResult none = run_raci({command, "-k", "zzzzzz", "--count"});
    CHECK(none.status == 1);
    CHECK(none.out == "0\n");
    CHECK(run_raci({command, "--party", "client", "--only", "--count"}).out == "40\n");
    CHECK(run_raci({command, "--count", "-o", "json"}).out == "109\n");
  }
}

TEST_CASE("CLI terminal: who cites footnotes, shows ids when asked, colours the parties") {
  const RunResult who = run_raci({"who", "--footnote", "5"});
  REQUIRE(who.status == 0);
  CHECK(who.out.find("integrated into the Cloud Temple platform [5]  Cloud Temple") !=
        std::string::npos);
  CHECK(who.out.ends_with(
      "\n\nFootnotes\n  [5] As of January 1, 2024, the backup solution integrated into the Cloud "
      "Temple platform is IBM Spectrum Protect Plus. This solution is fully automated and can be "
      "managed via the Cloud Temple console or the Cloud Temple API.\n"));

  const RunResult ids = run_raci({"who", "--section", "log-management", "--ids"});
  CHECK(ids.out ==
        "  ID                  ACTIVITY" + std::string(94, ' ') +
            "R             A             C  I\n"
            "Recurring Operations / Log Management\n"
            "  platform-logs       Preserve and provide access to the logs of the Cloud Temple "
            "IaaS platform [7]                         Cloud Temple  Cloud Temple\n"
            "  client-system-logs  Retain and make available the logs of the information system "
            "hosted within your Cloud Temple tenants  Client        Client\n"
            "\n"
            "Footnotes\n"
            "  [7] As of January 1, 2024, the retention period for platform logs is one year.\n");

  const RunResult colour = run_raci({"who", "--section", "log-management", "--color", "always"});
  // R green, A red: the party names as their letters.
  CHECK(colour.out.find("\x1b[1m\x1b[32mClient\x1b[0m") != std::string::npos);
  CHECK(colour.out.find("\x1b[1m\x1b[31mClient\x1b[0m") != std::string::npos);
  CHECK(colour.out.find("\x1b[1m\x1b[32mCloud Temple\x1b[0m") != std::string::npos);
  CHECK(colour.out.find("\x1b[1m\x1b[31mCloud Temple\x1b[0m") != std::string::npos);
}

TEST_CASE("CLI terminal: show takes an id in any case or the start of one") {
  const RunResult full = run_raci({"show", "backup-capacity"});
  REQUIRE(full.status == 0);
  CHECK(run_raci({"show", "backup-cap"}).out == full.out);
  CHECK(run_raci({"show", "Backup-Capacity"}).out == full.out);
  CHECK(run_raci({"show", "BACKUP-CAP"}).out == full.out);

  const RunResult ambiguous = run_raci({"show", "backup"});
  CHECK(ambiguous.status == 2);
  CHECK(ambiguous.out.empty());
  CHECK(ambiguous.err ==
        "raci: error: ambiguous activity 'backup': 9 ids start with it "
        "(backup-initial-configuration, backup-operational-condition, "
        "backup-security-maintenance, backup-incidents, backup-problems, backup-capacity, "
        "backup-policy-lifecycle, backup-policy-consistency and 1 more)\n");
  const RunResult words = run_raci({"show", "capacity"});
  CHECK(words.status == 2);
  CHECK(words.err ==
        "raci: error: unknown activity 'capacity'; activities with 'capacity' in their text: "
        "datacenter-capacity, compute-capacity, storage-capacity, backbone-capacity, "
        "backup-capacity, tenant-backup-capacity, third-party-backup-capacity, "
        "operator-link-capacity (raci who capacity)\n");
  CHECK(run_raci({"show", "backup-capacty"}).err ==
        "raci: error: unknown activity 'backup-capacty'; did you mean 'backup-capacity'?\n");
}

TEST_CASE("CLI terminal: -o, --phase and --color take any case") {
  const RunResult lower = run_raci({"list", "--phase", "exit", "-o", "json"});
  REQUIRE(lower.status == 0);
  CHECK(run_raci({"list", "--phase", "Exit", "-o", "JSON"}).out == lower.out);
  CHECK(run_raci({"--color", "NEVER", "list", "--phase", "EXIT"}).out ==
        run_raci({"list", "--phase", "exit"}).out);
}

TEST_CASE("CLI terminal: an unreadable RACI_DATA says where the path came from") {
  RunOptions gone;
  gone.env = {"RACI_DATA=/gone"};
  const RunResult version = run_raci({"--version"}, gone);
  CHECK(version.status == 2);
  CHECK(version.out.empty());
  CHECK(version.err ==
        "raci: error: /gone: cannot read: No such file or directory (path from RACI_DATA)\n");
  // Given with --data, the path is the user's own words.
  CHECK(run_raci({"--data", "/gone", "list"}, gone).err ==
        "raci: error: /gone: cannot read: No such file or directory\n");
}

TEST_CASE("CLI terminal: diff's lines wrap at spaces to the terminal's width, under their head") {
  const std::string v1 = std::string(RACI_TEST_DATA_DIR) + "/diff/v1.yaml";
  const std::string v2 = std::string(RACI_TEST_DATA_DIR) + "/diff/v2.yaml";
  RunOptions narrow = terminal();
  narrow.columns = 40;
  const RunResult r = run_raci({"diff", v1, v2, "--color", "never"}, narrow);
  CHECK(r.status == 1);
  CHECK(unterminal(r.out) ==
        "removed  antivirus  Run an antivirus on\n"
        "                    the virtual machines\n"
        "added    edr  Deploy an endpoint\n"
        "              detection agent on the\n"
        "              virtual machines\n"
        "changed  install-servers (was install)\n"
        "  text: Install the physical servers in\n"
        "        the datacenter\n"
        "     → Install the physical servers in\n"
        "       the datacentre\n"
        "changed  backup\n"
        "  client: AI → A\n"
        "  host: RC → RCI\n"
        "changed  patch\n"
        "  section: Run\n"
        "        → Maintenance\n"
        "1 added, 1 removed, 3 changed\n");
  // Not on a terminal: one line each, whatever COLUMNS says.
  const RunResult piped = run_raci({"diff", v1, v2}, {.env = {"COLUMNS=40"}});
  CHECK(piped.out.find("  text: Install the physical servers in the datacenter\n") !=
        std::string::npos);
}
