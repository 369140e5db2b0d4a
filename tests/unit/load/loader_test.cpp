// The loader's rejections, one test each, with the exact message and line:column.
#include "raci/load/loader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "legend_yaml.hpp"
#include "raci/util/error.hpp"

namespace {

// A small valid matrix; tests change one line of it at a time.
const std::string base = R"(format: 1
title: T
)" + raci::test::legend_yaml +
                         R"(parties:
  - id: client
    name: Client
    aliases: [customer]
  - id: host
    name: Host
footnotes:
  - number: 1
    text: A note.
sections:
  - id: setup
    title: Setup
    phase: onboarding
    activities:
      - id: size
        text: Size the platform
        roles: {client: RA, host: CI}
        footnotes: [1]
      - id: install
        text: Install servers
        roles: {host: RA}
)";

// `base` with the first occurrence of `from` replaced by `to`.
std::string with(const std::string& from, const std::string& to) {
  std::string text = base;
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

std::string error_of(const std::string& text) {
  try {
    raci::load_matrix_yaml(text, "m.yaml");
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("Loader: the base document loads") {
  const raci::Matrix matrix = raci::load_matrix_yaml(base, "m.yaml");
  CHECK(matrix.activities().size() == 2);
  CHECK(matrix.origin() == "m.yaml");
  CHECK(matrix.activities()[0].roles[1].letters() == "CI");
  CHECK(matrix.activities()[1].roles[0].empty());
}

TEST_CASE("Loader: a YAML syntax error names its place") {
  CHECK(error_of(with("    name: Host", "    name: Host\n   oops: 1")) ==
        "m.yaml:14:4: YAML syntax error: end of sequence not found");
  CHECK(error_of(with("{host: RA}", "{host: RA")) ==
        "m.yaml:29:1: YAML syntax error: end of map flow not found");
}

TEST_CASE("Loader: wrong types are rejected at every level") {
  CHECK(error_of("- a\n- b\n") == "m.yaml:1:1: the top level must be a mapping, not a sequence");
  CHECK(error_of("just text\n") == "m.yaml:1:1: the top level must be a mapping, not a scalar");
  CHECK(error_of(with("title: T", "title: [T]")) ==
        "m.yaml:2:8: 'title' must be a string, not a sequence");
  CHECK(error_of(with("format: 1", "format: one")) ==
        "m.yaml:1:9: 'format' must be a whole number, not 'one'");
  CHECK(error_of(with("format: 1", "format: \"1\"")) ==
        "m.yaml:1:9: 'format' must be a whole number, not a quoted string");
  CHECK(error_of(with("parties:\n", "parties: {}\nx:\n")) ==
        "m.yaml:8:10: 'parties' must be a sequence, not a mapping");
  CHECK(error_of(with("roles: {client: RA, host: CI}", "roles: [RA]")) ==
        "m.yaml:24:16: 'roles' must be a mapping, not a sequence");
  CHECK(error_of(with("aliases: [customer]", "aliases: [[customer]]")) ==
        "m.yaml:11:15: each item of 'aliases' must be a string, not a sequence");
  CHECK(error_of(with("footnotes: [1]", "footnotes: [x]")) ==
        "m.yaml:25:21: each item of 'footnotes' must be a whole number, not 'x'");
  CHECK(error_of(with("text: Install servers", "text:")) ==
        "m.yaml:28:9: 'text' must be a string, not null");
  CHECK(error_of(with("{name: Responsible, description: Does it}", "Responsible")) ==
        "m.yaml:4:6: 'R' must be a mapping, not a scalar");
}

TEST_CASE("Loader: a missing required key is named") {
  CHECK(error_of(with("title: T\n", "")) ==
        "m.yaml:1:1: missing required key 'title' in the matrix");
  CHECK(error_of(with("        text: Install servers\n", "")) ==
        "m.yaml:26:9: missing required key 'text' in an activity");
  CHECK(error_of(with("    name: Host\n", "")) ==
        "m.yaml:12:5: missing required key 'name' in a party");
  CHECK(error_of(with("  C: {name: Consulted, description: Is asked}\n", "")) ==
        "m.yaml:4:3: the legend lacks role 'C'");
}

TEST_CASE("Loader: an unknown key is rejected with a suggestion") {
  CHECK(error_of(with("title: Setup", "titel: Setup")) ==
        "m.yaml:19:5: unknown key 'titel' in a section; did you mean 'title'?");
  CHECK(error_of(with("format: 1", "format: 1\ncolour: red")) ==
        "m.yaml:2:1: unknown key 'colour' in the matrix");
  CHECK(error_of(with("  R: {", "  Rx: {")) ==
        "m.yaml:4:3: unknown role 'Rx' in the legend (expected R, A, C, I or another uppercase "
        "letter, such as S)");
  CHECK(error_of(with("  R: {", "  r: {")) ==
        "m.yaml:4:3: unknown role 'r' in the legend (expected R, A, C, I or another uppercase "
        "letter, such as S)");
  // Another letter is an extra role; R is then missing.
  CHECK(error_of(with("  R: {", "  X: {")) == "m.yaml:4:3: the legend lacks role 'R'");
}

TEST_CASE("Loader: duplicate mapping keys are rejected") {
  CHECK(error_of(with("title: T", "title: T\ntitle: U")) ==
        "m.yaml:3:1: duplicate key 'title' (first at 2:1)");
  CHECK(error_of(with("roles: {client: RA, host: CI}", "roles: {client: RA, client: CI}")) ==
        "m.yaml:24:29: duplicate key 'client' (first at 24:17)");
  CHECK(error_of(with("        text: Install servers",
                      "        text: Install servers\n        text: x")) ==
        "m.yaml:28:9: duplicate key 'text' (first at 27:9)");
}

TEST_CASE("Loader: duplicate ids are rejected") {
  CHECK(error_of(with("id: install", "id: size")) ==
        "m.yaml:26:13: duplicate activity id 'size' (first at 22:9)");
  CHECK(error_of(with("id: host", "id: client")) == "m.yaml:12:5: duplicate party id 'client'");
  CHECK(error_of(with("    activities:\n",
                      "    sections:\n      - {id: setup, title: Again}\n    activities:\n")) ==
        "m.yaml:22:14: duplicate section id 'setup' (first at 18:5)");
}

TEST_CASE("Loader: ids must be kebab-case") {
  CHECK(error_of(with("id: install", "id: Install Servers")) ==
        "m.yaml:26:13: invalid id 'Install Servers' (an id is lowercase letters and digits in "
        "words joined by single hyphens, like 'backup-capacity')");
  CHECK(error_of(with("id: install", "id: \"in\\x1bstall\"")) ==
        "m.yaml:26:13: invalid id 'in\\x1bstall' (an id is lowercase letters and digits in "
        "words joined by single hyphens, like 'backup-capacity')");
}

TEST_CASE("Loader: an unknown party is rejected with the known ones") {
  CHECK(error_of(with("{host: RA}", "{hots: RA}")) ==
        "m.yaml:28:17: unknown party 'hots' (known parties: client, host); did you mean 'host'?");
}

TEST_CASE("Loader: role letters outside R, A, C, I or repeated are rejected") {
  CHECK(error_of(with("{host: RA}", "{host: RX}")) ==
        "m.yaml:28:23: invalid role letter 'X' in 'RX' (expected R, A, C or I)");
  CHECK(error_of(with("{host: RA}", "{host: ra}")) ==
        "m.yaml:28:23: invalid role letter 'r' in 'ra' (expected R, A, C or I)");
  CHECK(error_of(with("{host: RA}", "{host: RAR}")) ==
        "m.yaml:28:23: role letter 'R' repeated in 'RAR'");
}

TEST_CASE("Loader: a reference to an undefined footnote is rejected") {
  CHECK(error_of(with("footnotes: [1]", "footnotes: [1, 2]")) ==
        "m.yaml:25:24: footnote 2 is not defined");
  CHECK(error_of(with("footnotes: [1]", "footnotes: [99999999999999999999]")) ==
        "m.yaml:25:21: each item of 'footnotes' must be between 1 and 2147483647, not "
        "99999999999999999999");
  CHECK(error_of(with("footnotes: [1]", "footnotes: [1, 1]")) ==
        "m.yaml:25:24: footnote 1 is cited twice");
  CHECK(error_of(with("    text: A note.", "    text: A note.\n  - number: 1\n    text: Again.")) ==
        "m.yaml:17:5: duplicate footnote number 1 (first at 15:5)");
}

TEST_CASE("Loader: empty text is rejected") {
  CHECK(error_of(with("text: Install servers", "text: \"  \"")) ==
        "m.yaml:27:15: 'text' must not be empty");
  CHECK(error_of(with("title: Setup", "title: ''")) == "m.yaml:19:12: 'title' must not be empty");
}

TEST_CASE("Loader: invalid UTF-8 is rejected") {
  CHECK(error_of(with("Install servers", "Install \xff servers")) ==
        "m.yaml:27:23: invalid UTF-8 (byte 0xff)");
  // An overlong encoding of '/'.
  CHECK(error_of(with("Install servers", "Install \xc0\xaf servers")) ==
        "m.yaml:27:23: invalid UTF-8 (byte 0xc0)");
  CHECK(error_of(with("Install servers", std::string("Install \0 servers", 17))) ==
        "m.yaml:27:23: NUL byte in the data (is this a binary file?)");
}

TEST_CASE("Loader: an unsupported format is rejected") {
  CHECK(error_of(with("format: 1", "format: 2")) ==
        "m.yaml:1:9: unsupported format 2 (this version of raci reads format 1)");
}

TEST_CASE("Loader: anchors, aliases and tags are rejected") {
  CHECK(error_of(with("    name: Client", "    name: &n Client")) ==
        "m.yaml:10:11: YAML anchors are not supported (the data format has no anchors or "
        "aliases)");
  // An alias needs an anchor, refused first; an alias to nothing is a syntax error.
  CHECK(error_of(with("    name: Host", "    name: *n")) ==
        "m.yaml:13:11: YAML syntax error: the referenced anchor is not defined");
  CHECK(error_of(with("title: T", "title: &bomb [a, a]\nx: [*bomb, *bomb]")) ==
        "m.yaml:2:8: YAML anchors are not supported (the data format has no anchors or "
        "aliases)");
  CHECK(error_of(with("title: T", "title: !!str T")) ==
        "m.yaml:2:8: YAML tags are not supported (found 'tag:yaml.org,2002:str')");
}

TEST_CASE("Loader: nesting too deep is rejected") {
  // Flow collections past 64 levels are stopped before yaml-cpp scans them ahead.
  CHECK(
      error_of(with("title: T", "title: " + std::string(100000, '[') + std::string(100000, ']'))) ==
      "m.yaml:2:72: nesting too deep (more than 64 levels)");
  // A document marker may be followed by a collection: its brackets count.
  CHECK(error_of("--- " + std::string(1000, '[')) ==
        "m.yaml:1:69: nesting too deep (more than 64 levels)");
  // A plain scalar may start with "-", "?" or ":" and a non-blank (a fuzzer found "---[[[…"
  // in an imported activity text); its brackets are text.
  CHECK(error_of(with("title: T", "title: ---" + std::string(100, '['))) == "(no error)");
  CHECK(error_of(with("title: T", "title: ?" + std::string(100, '{'))) == "(no error)");
  CHECK(error_of(with("text: Install servers", "text: -" + std::string(100, '['))) == "(no error)");
  // Brackets inside plain text in block context are text, however many.
  std::string brackets;
  for (int i = 0; i < 100; ++i)
    brackets += " see [" + std::to_string(i);
  CHECK(error_of(with("title: T", "title: T" + brackets)) == "(no error)");
  CHECK(error_of(with("text: Install servers", "text: Install" + brackets)) == "(no error)");
  // Brackets in quoted scalars and comments do not count.
  CHECK(error_of(with("title: T", "title: '" + std::string(100, '[') + "' # " +
                                      std::string(100, '{'))) == "(no error)");
  CHECK(error_of(with("title: T", "title: \"" + std::string(100, '{') + "\\\"\"")) == "(no error)");
  // Deep where sections may nest.
  std::string nested = "sections: [";
  for (int i = 0; i < 20; ++i)
    nested += "{id: s" + std::to_string(i) + ", title: S, sections: [";
  for (int i = 0; i < 20; ++i)
    nested += "]}";
  nested += "]";
  CHECK(error_of("format: 1\ntitle: T\n" + nested + "\n") ==
        "m.yaml:3:498: sections nest too deep (more than 16 levels)");
}

TEST_CASE("Loader: an empty file or more than one document is rejected") {
  CHECK(error_of("") == "m.yaml: the file is empty");
  CHECK(error_of("\n  \n") == "m.yaml: the file is empty");
  CHECK(error_of("# only a comment\n") == "m.yaml: the file holds no data");
  CHECK(error_of(base + "---\nformat: 1\n") ==
        "m.yaml:29:1: more than one YAML document (a data file holds exactly one)");
}

TEST_CASE("Loader: a missing file, an unreadable file or a directory is rejected") {
  auto message = [](const std::string& path) {
    try {
      raci::load_matrix_file(path);
    } catch (const raci::DataError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  CHECK(message("/nonexistent/m.yaml") ==
        "/nonexistent/m.yaml: cannot read: No such file or directory");
  const auto dir = std::filesystem::temp_directory_path();
  CHECK(message(dir.string()) == dir.string() + ": cannot read: it is a directory");
}

namespace {

// Writes `text` to a temporary file and loads it the way --data does.
std::string file_error_of(const std::string& text, const std::string& name = "m.yaml") {
  // ctest runs test cases in parallel processes: one file per process.
  const auto path = std::filesystem::temp_directory_path() /
                    ("raci-loader-" + std::to_string(::getpid()) + "-" + name);
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  try {
    raci::load_matrix_file(path.string());
  } catch (const raci::DataError& e) {
    std::string message = e.what();
    return message.substr(message.find(name));
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("Loader: files are checked as they stream in") {
  CHECK(file_error_of(base) == "(no error)");
  CHECK(file_error_of("") == "m.yaml: the file is empty");
  CHECK(file_error_of(" \n\t\n") == "m.yaml: the file is empty");
  CHECK(file_error_of(with("Install servers", "Install \xff servers")) ==
        "m.yaml:27:23: invalid UTF-8 (byte 0xff)");
  CHECK(file_error_of(with("Install servers", std::string("Install \0 servers", 17))) ==
        "m.yaml:27:23: NUL byte in the data (is this a binary file?)");
  // A truncated sequence at the very end of the file.
  CHECK(file_error_of(base + "# caf\xc3") == "m.yaml:29:6: invalid UTF-8 (byte 0xc3)");
  CHECK(file_error_of(with("title: T", "title: \"T")) ==
        "m.yaml:1:1: missing required key 'roles' in the matrix");
  // An error well before a bad byte (the parser reads a few KiB ahead) is reported as it is.
  const std::string early =
      with("title: T", "titel: T") + "# " + std::string(100000, 'x') + "\xff\n";
  CHECK(file_error_of(early) ==
        "m.yaml:2:1: unknown key 'titel' in the matrix; did you mean 'title'?");
}

TEST_CASE("Loader: a multi-byte character across two read chunks is fine") {
  // The reader takes 64 KiB at a time: put "é" (2 bytes) and "漢" (3 bytes) across the
  // boundary at every possible offset.
  for (std::size_t shift = 0; shift < 4; ++shift) {
    const std::string padding = "# " + std::string(65536 - 3 - shift, 'x') + "\n";
    const std::string text = padding + with("Install servers", "Install é漢 servers");
    INFO(shift);
    CHECK(file_error_of(text) == "(no error)");
    const auto path = std::filesystem::temp_directory_path() /
                      ("raci-loader-" + std::to_string(::getpid()) + "-m.yaml");
    CHECK(raci::load_matrix_file(path.string()).activities()[1].text == "Install é漢 servers");
  }
  const std::string bad = "# " + std::string(65536 - 3, 'x') + "\n" +
                          with("Install servers", "Install \xe6\xbc servers");
  CHECK(file_error_of(bad) == "m.yaml:28:23: invalid UTF-8 (byte 0xe6)");
}

TEST_CASE("Loader: YAML's \\N and \\_ escapes give U+0085 and U+00A0, as UTF-8") {
  // yaml-cpp writes them as the bare bytes 0x85 and 0xA0 (found by the export fuzzer).
  const raci::Matrix matrix =
      raci::load_matrix_yaml(with("title: T", "title: \"a\\Nb\\_c\""), "m.yaml");
  CHECK(matrix.title() == "a\u0085b\u00a0c");
}

TEST_CASE("Loader: a .json file is read as JSON, with places") {
  const std::string json = R"({"format": 1, "title": "T",
  "roles": {"R": {"name": "x", "description": "y"}, "R": {}}})";
  CHECK(file_error_of(json, "m.json") == "m.json:2:53: duplicate key 'R' (first at 2:13)");
  CHECK(file_error_of("{\"format\": 1,\n \"title\": [1]}", "m.json") ==
        "m.json:2:11: 'title' must be a string, not a sequence");
  CHECK(file_error_of("{\"format\": 1,\n \"title\": \"T\",,}", "m.json") ==
        "m.json:2:15: JSON syntax error: syntax error while parsing object key - unexpected ','; "
        "expected string literal");
  CHECK(file_error_of("{\"format\": 2}", "m.json") ==
        "m.json:1:12: unsupported format 2 (this version of raci reads format 1)");
  // A number in a list of strings (found by the JSON fuzzer: a list item has no key whose type
  // could be looked up).
  CHECK(file_error_of("{\"format\": 1,\n \"glossary\": [{\"term\": \"DR\", \"same\": [42]}]}",
                      "m.json") ==
        "m.json:2:39: each item of 'same' must be a string, not a number");
  CHECK(file_error_of("{\"format\": 1,\n \"parties\": [{\"aliases\": [true]}]}", "m.json") ==
        "m.json:2:27: each item of 'aliases' must be a string, not a boolean");
}

TEST_CASE("Loader: the glossary is read, and its mistakes are named") {
  const std::string glossary = "glossary:\n  - term: DR\n    same: [disaster recovery]\n";
  const raci::Matrix matrix =
      raci::load_matrix_yaml(base + glossary + "    lang: en-GB\n", "m.yaml");
  REQUIRE(matrix.glossary().size() == 1);
  CHECK(matrix.glossary()[0].term == "DR");
  CHECK(matrix.glossary()[0].same == std::vector<std::string>{"disaster recovery"});
  CHECK(matrix.glossary()[0].language == "en-GB");
  CHECK(matrix.glossary()[0].location.line == 30);
  CHECK(error_of(base + "glossary:\n  - term: DR\n    sames: [x]\n") ==
        "m.yaml:31:5: unknown key 'sames' in a glossary entry; did you mean 'same'?");
  CHECK(error_of(base + "glossary:\n  - term: DR\n") ==
        "m.yaml:30:5: missing required key 'same' in a glossary entry");
  CHECK(error_of(base + "glossary:\n  - term: DR\n    same: x\n") ==
        "m.yaml:31:11: 'same' must be a sequence, not a scalar");
  CHECK(error_of(base + glossary + "    lang: e n\n") ==
        "m.yaml:32:11: invalid language tag 'e n' (a BCP 47 tag such as 'en' or 'fr-CA')");
  CHECK(error_of(base + "glossary:\n  - term: '--'\n    same: [x]\n") ==
        "m.yaml:30:11: glossary term '--' has no word to search for");
  CHECK(error_of(base + "glossary:\n  - term: DR\n    same: ['']\n") ==
        "m.yaml:31:12: glossary equivalent '' has no word to search for");
  CHECK(error_of(base + glossary + "  - term: dr\n    same: [x]\n") ==
        "m.yaml:32:5: duplicate glossary term 'dr' (first at 30:5)");
  // One term per language.
  CHECK(error_of(base + glossary + "  - term: dr\n    same: [x]\n    lang: fr\n") == "(no error)");
}

TEST_CASE("Loader: cell notes are read by party, and their parties checked") {
  const raci::Matrix m = raci::load_matrix_yaml(
      with("roles: {client: RA, host: CI}",
           "roles: {client: RA, host: CI}\n        cell_notes: {host: only for new customers}"),
      "m.yaml");
  const raci::Activity& size = m.activities()[0];
  CHECK(size.cell_notes == std::vector<std::string>{"", "only for new customers"});
  CHECK(m.activities()[1].cell_notes.empty());
  CHECK(error_of(with("roles: {client: RA, host: CI}",
                      "roles: {client: RA, host: CI}\n        cell_notes: {hots: x}")) ==
        "m.yaml:25:22: unknown party 'hots' (known parties: client, host); did you mean 'host'?");
  CHECK(error_of(with("roles: {client: RA, host: CI}",
                      "roles: {client: RA, host: CI}\n        cell_notes: {host: ''}")) ==
        "m.yaml:25:22: 'cell_notes' must not be empty");
  CHECK(error_of(with("roles: {client: RA, host: CI}",
                      "roles: {client: RA, host: CI}\n        cell_notes: [x]")) ==
        "m.yaml:25:21: 'cell_notes' must be a mapping, not a sequence");
}

TEST_CASE("Loader: section notes, their translations and what is refused in them") {
  const std::string noted = with("    phase: onboarding\n",
                                 "    phase: onboarding\n    notes:\n      - text: Billed "
                                 "apart.\n        text_fr: Facturé à part.\n      - text: "
                                 "Ask first.\n");
  const raci::Matrix m = raci::load_matrix_yaml(noted, "m.yaml");
  REQUIRE(m.sections()[0].notes == std::vector<std::size_t>{0, 1});
  CHECK(m.section_notes()[0].text == "Billed apart.");
  CHECK(*raci::find_translation(m.section_notes()[0].text_translations, "fr") == "Facturé à part.");
  CHECK(m.section_notes()[1].text == "Ask first.");
  CHECK(m.section_notes()[1].location.line == 24);
  CHECK(error_of(
            with("    phase: onboarding\n", "    phase: onboarding\n    notes:\n      - {}\n")) ==
        "m.yaml:22:9: missing required key 'text' in a section note");
  CHECK(error_of(with("    phase: onboarding\n",
                      "    phase: onboarding\n    notes:\n      - text: ''\n")) ==
        "m.yaml:22:15: 'text' must not be empty");
  CHECK(error_of(with("    phase: onboarding\n",
                      "    phase: onboarding\n    notes:\n      - txt: x\n")) ==
        "m.yaml:22:9: unknown key 'txt' in a section note; did you mean 'text'?");
  CHECK(error_of(with("    phase: onboarding\n", "    phase: onboarding\n    notes: x\n")) ==
        "m.yaml:21:12: 'notes' must be a sequence, not a scalar");
}

TEST_CASE("Loader: a legend's extra letter, S, is read with its translations and used in cells") {
  const raci::Matrix m = raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/rasci.yaml");
  REQUIRE(m.legend().size() == 5);
  const raci::RoleInfo& s = m.legend()[4];
  CHECK(raci::role_letter(s.role) == 'S');
  CHECK(s.name == "Support");
  CHECK(s.description == "Helps the one who does the work");
  REQUIRE(s.name_translations.size() == 1);
  CHECK(*raci::find_translation(s.name_translations, "fr") == "Soutien");
  REQUIRE(s.description_translations.size() == 1);
  CHECK(*raci::find_translation(s.description_translations, "fr") ==
        "Aide celui qui fait le travail");
  CHECK(m.find_activity("deploy")->roles[2].letters() == "CS");
  // The legend may come after the activities: their letters are checked once it is read, the
  // error naming the party's cell.
  const std::string legend_last = R"(format: 1
title: T
parties:
  - id: client
    name: Client
sections:
  - id: setup
    title: Setup
    activities:
      - id: size
        text: Size the platform
        roles: {client: RAS}
)" + raci::test::legend_yaml;
  CHECK(error_of(legend_last) == "m.yaml:12:17: invalid role letter 'S' (expected R, A, C or I)");
  const raci::Matrix supported =
      raci::load_matrix_yaml(legend_last + "  S: {name: Support, description: Helps}\n", "m.yaml");
  CHECK(supported.activities()[0].roles[0].letters() == "RAS");
}
