// End-to-end tests of issue 18's hardening: files written with --output, option values, and
// what the binary does with hostile input and hostile arguments.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunOptions;
using raci::test::RunResult;

namespace {

// A hang or runaway allocation fails the test: `ms` and 1 GiB of address space. Under the
// sanitizers, ten times the time and no memory limit: they reserve terabytes of address
// space, and the code runs several times slower there.
RunOptions guarded(int ms) {
  RunOptions options;
#if defined(__SANITIZE_ADDRESS__)
  options.timeout_ms = 10 * ms;
#else
  options.timeout_ms = ms;
  options.memory_limit = std::size_t{1} << 30;
#endif
  return options;
}

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
  CHECK(r.out.starts_with(
      "id,section,phase,text,text_en,text_fr,client,example-host,footnotes,section_id\n"));
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
  const RunOptions options = guarded(5000);
  const RunResult r = run_raci({"list", "--party", std::string(12000, 'c')}, options);
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("raci: error: unknown party 'cccc"));
  CHECK(r.err.ends_with("' (known parties: client (customer), cloud-temple (ct, provider))\n"));
}

namespace {

// The first byte sequence in `text` that acts on a terminal or hides itself, as "offset:
// bytes", or "" when there is none: C0 controls but tab and line feed (and the CR of a CRLF),
// DEL, C1
// controls, bidirectional controls, zero-width characters, line and paragraph separators.
std::string first_hostile(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) {
      return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    bool bad = (b < 0x20 && b != '\n' && b != '\t' && !(b == '\r' && next(1) == '\n')) || b == 0x7f;
    bad = bad || (b == 0xc2 && next(1) >= 0x80 && next(1) <= 0x9f);
    bad = bad || (b == 0xd8 && next(1) == 0x9c);
    bad = bad || (b == 0xe2 && next(1) == 0x80 &&
                  ((next(2) >= 0x8b && next(2) <= 0x8f) || (next(2) >= 0xa8 && next(2) <= 0xae)));
    bad = bad || (b == 0xe2 && next(1) == 0x81 && next(2) >= 0xa0 && next(2) <= 0xa9);
    bad = bad || (b == 0xef && next(1) == 0xbb && next(2) == 0xbf);
    if (bad) return std::to_string(i) + ": " + text.substr(i, 3);
  }
  return "";
}

}  // namespace

TEST_CASE("Hardening: no output format writes a control or hidden character raw") {
  const std::vector<std::vector<std::string>> commands{
      {"list"},
      {"list", "-o", "json"},
      {"list", "-o", "jsonl"},
      {"list", "-o", "csv"},
      {"list", "-o", "markdown"},
      {"list", "-o", "checklist"},
      {"who"},
      {"who", "-o", "json"},
      {"show", "ring"},
      {"show", "ring", "-o", "json"},
      {"sections"},
      {"parties"},
      {"parties", "-o", "json"},
      {"roles"},
      {"footnotes"},
      {"footnotes", "-o", "csv"},
      {"validate"},
      {"stats"},
      {"stats", "-o", "csv"},
      {"export", "-o", "yaml"},
      {"export", "-o", "json"},
      {"export", "-o", "markdown"},
      {"export", "-o", "csv"},
      {"export", "-o", "html"},
      {"--version"},
  };
  for (const std::string& data :
       {data_dir + "/hostile/strings.yaml", data_dir + "/control-chars.yaml"}) {
    for (std::vector<std::string> args : commands) {
      args.insert(args.begin(), {"--data", data});
      if (args[2] == "show" && data.ends_with("strings.yaml")) args[3] = "carriage";
      const RunResult r = run_raci(args);
      INFO(data << ": " << args[2] << " " << (args.size() > 3 ? args.back() : ""));
      CHECK(r.status <= 1);
      CHECK(first_hostile(r.out).empty());
      CHECK(first_hostile(r.err).empty());
    }
  }
}

TEST_CASE("Hardening: invalid UTF-8 in an argument is shown escaped in the message") {
  const RunResult r = run_raci({"show",
                                "x\x9b"
                                "2J"});
  CHECK(r.status == 2);
  CHECK(r.err == "raci: error: unknown activity 'x\\x9b2J'\n");
}

TEST_CASE("Hardening: CSV cells a spreadsheet would run as formulas get a leading quote") {
  const std::string data = data_dir + "/hostile/strings.yaml";
  RunResult r = run_raci({"--data", data, "list", "-o", "csv", "-k", "separator"});
  CHECK(r.status == 0);
  CHECK(
      r.out ==
      "id,section,phase,text,text_en,text_fr,y,client,footnotes,section_id\n"
      "plain-words,'- dash,,Use the separator \\| in a cell | and a pipe,Use the separator \\| in "
      "a cell | and a pipe,,RA,C,,tricky\n");
  r = run_raci({"--data", data, "--csv-raw", "list", "-o", "csv", "-k", "separator"});
  CHECK(r.out ==
        "id,section,phase,text,text_en,text_fr,y,client,footnotes,section_id\n"
        "plain-words,- dash,,Use the separator \\| in a cell | and a pipe,Use the separator \\| in "
        "a cell | and a pipe,,RA,C,,tricky\n");
  r = run_raci({"--data", data, "parties", "-o", "csv"});
  CHECK(r.out.find("\"'=HYPERLINK(") != std::string::npos);
  CHECK(r.out.find(",\"'+1, -2, @cmd\"") != std::string::npos);
}

namespace {

// Each activity's text, roles and citations, and each footnote's text, from a JSON export.
std::vector<std::string> meaning(const nlohmann::json& matrix) {
  std::vector<std::string> out;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& sections) {
    for (const auto& section : sections) {
      for (const auto& activity : section.value("activities", nlohmann::json::array())) {
        out.push_back(activity["text"].get<std::string>() + " => " + activity["roles"].dump() +
                      " " + activity.value("footnotes", nlohmann::json::array()).dump());
      }
      walk(section.value("sections", nlohmann::json::array()));
    }
  };
  walk(matrix["sections"]);
  for (const auto& footnote : matrix.value("footnotes", nlohmann::json::array()))
    out.push_back(footnote.dump());
  return out;
}

}  // namespace

TEST_CASE("Hardening: Markdown export then import keeps every text, role and citation") {
  Scratch dir;
  const std::string data = data_dir + "/hostile/markdown-texts.yaml";
  const RunResult original = run_raci({"--data", data, "export", "-o", "json"});
  REQUIRE(original.status == 0);
  const RunResult markdown = run_raci({"--data", data, "export", "-o", "markdown"});
  REQUIRE(markdown.status == 0);
  // The backslash before an escaped pipe is escaped itself: "\\\|", not "\\|".
  CHECK(markdown.out.find("| Use the separator \\\\\\| between fields |  | **RA** |\n") !=
        std::string::npos);
  write(dir / "m.md", markdown.out);
  const RunResult imported = run_raci({"import", dir / "m.md", "-o", "json"});
  CHECK(imported.status == 0);
  CHECK(meaning(nlohmann::json::parse(imported.out)) ==
        meaning(nlohmann::json::parse(original.out)));
}

TEST_CASE("Hardening: Markdown import takes (N) for a citation only at the end or in emphasis") {
  Scratch dir;
  write(dir / "doc.md",
        "# T\n\n## S\n\n| Activity | Client | Host |\n|---|---|---|\n"
        "| <script>alert(1)</script> | **RA** | **I** |\n"
        "| **backbone network(1)** links | **RA** | |\n"
        "| Ends cited (1) | **RA** | |\n\n"
        "*(1) first*\n\n*(1) second*\n");
  const RunResult r = run_raci({"import", dir / "doc.md", "-o", "json"});
  CHECK(r.status == 0);
  const std::vector<std::string> expected{
      "<script>alert(1)</script> => {\"client\":\"RA\",\"host\":\"I\"} []",
      "backbone network links => {\"client\":\"RA\"} [1]",
      "Ends cited => {\"client\":\"RA\"} [1]",
      "{\"number\":1,\"text\":\"first\"}",
      "{\"number\":2,\"text\":\"second\"}",
  };
  CHECK(meaning(nlohmann::json::parse(r.out)) == expected);
  CHECK(r.err.find("raci: warning: " + (dir / "doc.md") +
                   ":13:1: footnote 1 is defined a second time: it becomes footnote 2, which no "
                   "row cites\n") != std::string::npos);
}

TEST_CASE("Hardening: --help that cannot be written is an error, like --version") {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--help"}, {"list", "--help"}, {"export", "--help"}, {"--version"}}) {
    RunOptions options;
    options.stdout_kind = RunOptions::Stdout::file;
    options.stdout_file = "/dev/full";
    const RunResult r = run_raci(args, options);
    CHECK(r.status == 2);
    CHECK(r.err == "raci: error: write error: No space left on device\n");
  }
}

TEST_CASE("Hardening: --data - and import - read standard input") {
  Scratch dir;
  RunOptions from_small;
  from_small.stdin_file = small;
  const RunResult yaml = run_raci({"--data", "-", "sections"}, from_small);
  CHECK(yaml.status == 0);
  CHECK(yaml.out ==
        "ID          TITLE       PHASE       ACTIVITIES\n"
        "onboarding  Onboarding  onboarding  2\n"
        "operations  Operations  run         2\n"
        "  backup    Backup      run         2\n");
  write(dir / "bad.yaml", "x: [\n");
  RunOptions bad;
  bad.stdin_file = dir / "bad.yaml";
  const RunResult error = run_raci({"--data", "-", "list"}, bad);
  CHECK(error.status == 2);
  CHECK(error.err == "raci: error: <stdin>:1:1: unknown key 'x' in the matrix\n");
  write(dir / "doc.md", "# T\n\n## S\n\n| Activity | Client |\n|---|---|\n| Do it | **RA** |\n");
  RunOptions markdown;
  markdown.stdin_file = dir / "doc.md";
  const RunResult imported = run_raci({"import", "-", "-o", "json"}, markdown);
  CHECK(imported.status == 0);
  CHECK(imported.err ==
        "raci: warning: <stdin>:1:1: the legend does not define R, A, C, I: the usual meaning "
        "is used, in 'en' (Responsible, Accountable, Consulted, Informed)\n");
}

TEST_CASE("Hardening: 400,000 citations in one activity load in linear time") {
  // 400,000 footnotes, all cited by one activity (15 MB): the duplicate-citation check once
  // scanned the citations per citation, and show and footnotes looked each footnote up by a
  // scan (59 s and 43 s). Linear, each command takes about 2 s.
  Scratch dir;
  constexpr int count = 400000;
  std::string text =
      "format: 1\ntitle: Many citations\nroles:\n"
      "  R: {name: R, description: r}\n  A: {name: A, description: a}\n"
      "  C: {name: C, description: c}\n  I: {name: I, description: i}\n"
      "parties:\n  - {id: client, name: Client}\nfootnotes:\n";
  for (int n = 1; n <= count; ++n)
    text += "  - {number: " + std::to_string(n) + ", text: t}\n";
  text +=
      "sections:\n  - id: s\n    title: S\n    activities:\n      - id: a\n        text: A\n"
      "        roles: {client: RA}\n        footnotes: [";
  for (int n = 1; n <= count; ++n) {
    if (n > 1) text += ',';
    text += std::to_string(n);
  }
  text += "]\n";
  write(dir / "many.yaml", text);
  RunOptions options;
  options.timeout_ms = guarded(20000).timeout_ms;  // generous: quadratic took far longer
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--data", dir / "many.yaml", "validate"},
           {"--data", dir / "many.yaml", "show", "a", "-o", "json"},
           {"--data", dir / "many.yaml", "footnotes", "-o", "json"}}) {
    const RunResult r = run_raci(args, options);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
  }
}

TEST_CASE("Hardening: a CRLF split between two 64 KiB reads is no lone carriage return") {
  Scratch dir;
  const std::string base = read(small);
  bool split = false;
  for (std::size_t pad = 0; pad < 200 && !split; ++pad) {
    std::string text = "#" + std::string(pad, 'x') + "\n";
    for (int i = 0; i < 1100; ++i)
      text += "# " + std::string(60, 'y') + "\n";
    text += base;
    std::string crlf;
    for (char c : text) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    if (crlf[65535] != '\r') continue;
    split = true;
    write(dir / "crlf.yaml", crlf);
  }
  REQUIRE(split);
  RunResult r = run_raci({"--data", dir / "crlf.yaml", "sections"});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  // A carriage return that ends the file is alone.
  write(dir / "end.yaml", base + "\r");
  r = run_raci({"--data", dir / "end.yaml", "sections"});
  CHECK(r.status == 2);
  // small.yaml ends with a newline: the CR stands alone on the line after its last.
  const auto last_line = std::count(base.begin(), base.end(), '\n') + 1;
  CHECK(r.err == "raci: error: " + (dir / "end.yaml") + ":" + std::to_string(last_line) +
                     ":1: carriage return without a line feed (on a terminal it hides what "
                     "comes before it on the line)\n");
}
