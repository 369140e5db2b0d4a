// End-to-end tests of issue 18's hardening: files written with --output, option values, and
// what the binary does with hostile input and hostile arguments.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;

namespace {

namespace fs = std::filesystem;

const std::string data_dir = RACI_TEST_DATA_DIR;
const std::string small = data_dir + "/small.yaml";

// A fresh directory per test case, removed at the end.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "raci-hardening-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("Hardening: empty option values are usage errors, not 'not given'") {
  for (const auto& [args, message] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"--data", "", "list"}, "raci: error: --data: must not be empty\n"},
           {{"list", "--data", ""}, "raci: error: --data: must not be empty\n"},
           {{"export", "--output", ""}, "raci: error: --output: must not be empty\n"},
           {{"list", "--party", ""}, "raci: error: --party: must not be empty\n"},
       }) {
    const RunResult r = run_raci(args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == message);
  }
}

TEST_CASE(
    "Hardening: --output keeps the file's mode and refuses a read-only file without --force") {
  Scratch dir;
  const std::string out = dir / "m.yaml";
  write(out, "old\n");
  REQUIRE(::chmod(out.c_str(), 0600) == 0);
  RunResult r = run_raci({"--data", small, "export", "-o", "yaml", "--output", out});
  CHECK(r.status == 0);
  struct stat info {};
  REQUIRE(::stat(out.c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0600);
  CHECK(read(out).starts_with("format: 1\n"));

  REQUIRE(::chmod(out.c_str(), 0444) == 0);
  write(out + ".md", "");
  r = run_raci({"--data", small, "export", "-o", "json", "--output", out});
  CHECK(r.status == 2);
  CHECK(r.err ==
        "raci: error: cannot write " + out + ": the file is read-only (--force replaces it)\n");
  CHECK(read(out).starts_with("format: 1\n"));
  r = run_raci({"--data", small, "export", "-o", "json", "--output", out, "--force"});
  CHECK(r.status == 0);
  CHECK(read(out).starts_with("{\n"));
  REQUIRE(::stat(out.c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0444);
}

TEST_CASE("Hardening: --output through a symbolic link to standard output reaches it") {
  Scratch dir;
  fs::create_symlink("/proc/self/fd/1", dir / "out");
  const RunResult r = run_raci({"--data", small, "export", "-o", "csv", "--output", dir / "out"});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out.starts_with("id,section,phase,text,client,example-host,footnotes\r\n"));
  CHECK(fs::is_symlink(dir / "out"));
}

TEST_CASE("Hardening: --output to a directory is an error, and /dev/null stays a device") {
  Scratch dir;
  RunResult r = run_raci({"--data", small, "export", "--output", dir / ""});
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: cannot write " + (dir / "") + ": Is a directory\n");
  r = run_raci({"--data", small, "export", "--output", "/dev/null"});
  CHECK(r.status == 0);
  struct stat info {};
  REQUIRE(::stat("/dev/null", &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("Hardening: a 12,000-character mistyped party costs little memory and time") {
  RunOptions options;
  options.timeout_ms = 5000;
  options.memory_limit = std::size_t{1} << 30;
  const RunResult r = run_raci({"list", "--party", std::string(12000, 'c')}, options);
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("raci: error: unknown party 'cccc"));
  CHECK(r.err.ends_with("' (known parties: client (customer), cloud-temple (ct, provider))\n"));
}
