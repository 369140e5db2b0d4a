// Hostile data files, end to end through the binary: each gives exit status 2 and exactly
// one line naming the place, in bounded time and memory, and never a crash.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;
namespace fs = std::filesystem;

namespace {

const fs::path bad_dir = fs::path(RACI_TEST_DATA_DIR) / "bad";

// A hang or a runaway allocation fails the test instead of the machine: 5 s and 1 GiB (a 10 MB
// line takes 0.8 s alone, and up to 2.5 s while ctest -j2 runs other heavy tests beside). Under
// the sanitizers, 10 s and no memory limit: they reserve terabytes of address space, and the
// project's own code runs several times slower (a 10 MB line takes about 2 s there). This is a
// guard against hangs, not a speed target; those are in bench/.
RunOptions guarded() {
  RunOptions options;
#if defined(__SANITIZE_ADDRESS__)
  options.timeout_ms = 10000;
#else
  options.timeout_ms = 5000;
  options.memory_limit = std::size_t{1} << 30;
#endif
  return options;
}

void check_rejected(const fs::path& file, const std::string& place_and_message) {
  INFO(file.filename().string());
  RunResult result;
  try {
    result = run_raci({"--data", file.string(), "list"}, guarded());
  } catch (const std::runtime_error& e) {
    FAIL(e.what());
  }
  CHECK(result.status == 2);
  CHECK(result.out.empty());
  CHECK(result.err == "raci: error: " + file.string() + place_and_message + "\n");
}

fs::path write(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / ("raci-bad-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << text;
  return dir / name;
}

}  // namespace

TEST_CASE("Bad input: every file in tests/data/bad fails with its message") {
  // EXPECTED lists each file with what follows "raci: error: FILE" on its one line.
  std::map<std::string, std::string> expected;
  std::ifstream list(bad_dir / "EXPECTED");
  for (std::string line; std::getline(list, line);) {
    const auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    expected.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  std::set<std::string> files;
  for (const auto& entry : fs::directory_iterator(bad_dir)) {
    if (entry.path().filename() != "EXPECTED") files.insert(entry.path().filename().string());
  }
  CHECK(files.size() >= 30);
  for (const std::string& file : files) {
    INFO(file);
    REQUIRE(expected.contains(file));
    check_rejected(bad_dir / file, expected.at(file));
  }
  CHECK(expected.size() == files.size());
}

TEST_CASE("Bad input: a 10 MB single line") {
  check_rejected(
      write("long-line.yaml", "format: 1\ntitle: " + std::string(10'000'000, 'x') + "\n"),
      ":1:1: missing required key 'roles' in the matrix");
  check_rejected(write("long-garbage.yaml", std::string(10'000'000, '{')),
                 ":1:65: nesting too deep (more than 64 levels)");
}

TEST_CASE("Bad input: nesting 200,000 deep") {
  const std::string deep(200'000, '[');
  check_rejected(write("deep.yaml", deep), ":1:65: nesting too deep (more than 64 levels)");
  check_rejected(write("deep-value.yaml", "format: 1\ntitle: " + deep),
                 ":2:72: nesting too deep (more than 64 levels)");
  check_rejected(write("deep.json", deep), ":1:1: the top level must be a mapping, not a sequence");
  std::string maps;
  for (int i = 0; i < 200'000; ++i)
    maps += "{a: ";
  check_rejected(write("deep-maps.yaml", "format: 1\ndescription: " + maps),
                 ":2:270: nesting too deep (more than 64 levels)");
  std::string sections = "format: 1\nsections: [";
  for (int i = 0; i < 100'000; ++i)
    sections += "{sections: [";
  check_rejected(write("deep-sections.yaml", sections),
                 ":2:395: nesting too deep (more than 64 levels)");
}

TEST_CASE("Bad input: a file over the size limit is refused before it is read") {
  // A sparse file: 300 MiB long, nothing on disk.
  const fs::path big = write("big.yaml", "");
  fs::resize_file(big, std::uintmax_t{300} << 20);
  check_rejected(big, ": file is too large (300 MiB; the limit is 256 MiB)");
  check_rejected(big.string() + ".json", ": cannot read: No such file or directory");
  const fs::path big_json = write("big.json", "");
  fs::resize_file(big_json, std::uintmax_t{300} << 20);
  check_rejected(big_json, ": file is too large (300 MiB; the limit is 256 MiB)");
}

TEST_CASE("Good input: a byte-order mark and CRLF line ends are accepted") {
  std::ifstream in(fs::path(RACI_TEST_DATA_DIR) / "small.yaml", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string crlf;
  for (char c : text.str())
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  for (const auto& [name, content] :
       std::map<std::string, std::string>{{"bom.yaml", "\xef\xbb\xbf" + text.str()},
                                          {"crlf.yaml", crlf},
                                          {"bom-crlf.yaml", "\xef\xbb\xbf" + crlf}}) {
    INFO(name);
    const RunResult result =
        run_raci({"--data", write(name, content).string(), "list", "-o", "csv"});
    CHECK(result.status == 0);
    CHECK(result.err.empty());
    CHECK(result.out.find(
              "backup-policy,Operations / Backup,run,Define the backup policy,Define the backup "
              "policy,Définir la politique de sauvegarde,RA,C,1,backup\n") != std::string::npos);
  }
}
