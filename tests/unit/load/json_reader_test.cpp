#include "load/json_reader.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/util/error.hpp"
#include "recording_sink.hpp"

namespace {

using Events = std::vector<std::string>;

Events events_of(const std::string& json) {
  raci::test::RecordingSink sink;
  raci::detail::read_json(json, "f.json", sink);
  return sink.events;
}

std::string error_of(const std::string& json) {
  raci::test::RecordingSink sink;
  try {
    raci::detail::read_json(json, "f.json", sink);
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("JSON reader: events are forwarded in order with the place each value starts") {
  const std::string json =
      "{\"title\": \"T\",\n"
      " \"n\": 12, \"f\": -1.5e3, \"b\": true, \"z\": null,\n"
      " \"s\": [\"x\\\"y\", {}]}";
  CHECK(events_of(json) == Events{"map 1:1", "quoted 'title' 1:2", "quoted 'T' 1:11",
                                  "quoted 'n' 2:2", "number '12' 2:7", "quoted 'f' 2:11",
                                  "number '-1.5e3' 2:16", "quoted 'b' 2:24", "boolean 'true' 2:29",
                                  "quoted 'z' 2:35", "null 2:40", "quoted 's' 3:2", "seq 3:7",
                                  "quoted 'x\"y' 3:8", "map 3:16", "end", "end", "end"});
}

TEST_CASE("JSON reader: a value read up to the end of its line keeps its own line") {
  // The lexer reads one character past a number or a literal; here it is the newline.
  CHECK(events_of("[1,\n 22\n,\nfalse\n]") ==
        Events{"seq 1:1", "number '1' 1:2", "number '22' 2:2", "boolean 'false' 4:1", "end"});
  CHECK(events_of("{\"a\": -7\n\n}") ==
        Events{"map 1:1", "quoted 'a' 1:2", "number '-7' 1:7", "end"});
  CHECK(events_of("[\n\n  \"x\"]") == Events{"seq 1:1", "quoted 'x' 3:3", "end"});
  CHECK(events_of("  42") == Events{"number '42' 1:3"});
}

TEST_CASE("JSON reader: a string starts at its opening quote, escapes and all") {
  // "a\"" then "\\\"" (a backslash and a quote) then "\\" (a backslash).
  CHECK(events_of(R"(["a\"", "\\\"", "\\", "\u00e9t\u00e9"])") ==
        Events{"seq 1:1", "quoted 'a\"' 1:2", "quoted '\\\"' 1:9", "quoted '\\' 1:17",
               "quoted 'été' 1:23", "end"});
  // Columns count bytes: "é" takes two.
  CHECK(events_of("{\"é\": 1}") == Events{"map 1:1", "quoted 'é' 1:2", "number '1' 1:8", "end"});
}

TEST_CASE("JSON reader: integers, unsigned and floating point numbers keep their text") {
  CHECK(events_of("[0, -12, 18446744073709551615, 1.50, 2e10, -0.0]") ==
        Events{"seq 1:1", "number '0' 1:2", "number '-12' 1:5",
               "number '18446744073709551615' 1:10", "number '1.50' 1:32", "number '2e10' 1:38",
               "number '-0.0' 1:44", "end"});
}

TEST_CASE("JSON reader: syntax errors name their place and keep nlohmann's reason") {
  CHECK(error_of("{\"a\": 1,,}") ==
        "f.json:1:9: JSON syntax error: syntax error while parsing object key - unexpected ','; "
        "expected string literal");
  CHECK(error_of("{\"a\": 1,\n \"b\" 2}") ==
        "f.json:2:6: JSON syntax error: syntax error while parsing object separator - unexpected "
        "number literal; expected ':'");
  CHECK(error_of("[1, 2") ==
        "f.json:1:5: JSON syntax error: syntax error while parsing array - unexpected end of "
        "input; expected ']'");
  CHECK(error_of("[tru]") ==
        "f.json:1:5: JSON syntax error: syntax error while parsing value - invalid literal; last "
        "read: '[tru]'");
  CHECK(error_of("{} []") ==
        "f.json:1:4: JSON syntax error: syntax error while parsing value - unexpected '['; "
        "expected end of input");
}

TEST_CASE("JSON reader: arrays and objects nested past 64 levels are refused") {
  CHECK(error_of(std::string(65, '[') + std::string(65, ']')) ==
        "f.json:1:65: nesting too deep (more than 64 levels)");
  CHECK(error_of("{\"a\":\n" + std::string(64, '[') + std::string(64, ']') + "}") ==
        "f.json:2:64: nesting too deep (more than 64 levels)");
  CHECK(error_of(std::string(64, '[') + std::string(64, ']')) == "(no error)");
}
