// End-to-end tests of raci owners and --owners through the real binary.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunResult;
namespace fs = std::filesystem;

namespace {

const std::string data_dir = RACI_TEST_DATA_DIR;
const std::string small = data_dir + "/small.yaml";
const std::string owners = data_dir + "/owners/small-owners.yaml";

fs::path scratch(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("raci-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

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
