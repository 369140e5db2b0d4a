#include "load/yaml_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "raci/util/error.hpp"
#include "recording_sink.hpp"

namespace {

using Events = std::vector<std::string>;

Events events_of(const std::string& yaml) {
  std::istringstream input(yaml);
  raci::test::RecordingSink sink;
  raci::detail::read_yaml(input, "f.yaml", sink);
  return sink.events;
}

// The error's text, and the events the sink had before it.
struct Refusal {
  std::string message;
  Events events;
};

Refusal refusal_of(const std::string& yaml) {
  std::istringstream input(yaml);
  raci::test::RecordingSink sink;
  try {
    raci::detail::read_yaml(input, "f.yaml", sink);
  } catch (const raci::DataError& e) {
    return {e.what(), sink.events};
  }
  return {"(no error)", sink.events};
}

}  // namespace

TEST_CASE("YAML reader: events are forwarded in order with their lines and columns") {
  const std::string yaml =
      "title: T\n"
      "parties:\n"
      "  - id: a\n"
      "    name: 'A b'\n"
      "  - {id: b, x: ~}\n";
  CHECK(events_of(yaml) == Events{"map 1:1", "plain 'title' 1:1", "plain 'T' 1:8",
                                  "plain 'parties' 2:1", "seq 3:3", "map 3:5", "plain 'id' 3:5",
                                  "plain 'a' 3:9", "plain 'name' 4:5", "quoted 'A b' 4:11", "end",
                                  "map 5:5", "plain 'id' 5:6", "plain 'b' 5:10", "plain 'x' 5:13",
                                  "null 5:16", "end", "end", "end"});
}

TEST_CASE("YAML reader: plain, quoted and null scalars are told apart") {
  CHECK(events_of("[1, '1', \"x\", null, ~, yes]") ==
        Events{"seq 1:1", "plain '1' 1:2", "quoted '1' 1:5", "quoted 'x' 1:10", "null 1:15",
               "null 1:21", "plain 'yes' 1:24", "end"});
  CHECK(events_of("a: ''\nb: null\n") ==
        Events{"map 1:1", "plain 'a' 1:1", "quoted '' 1:4", "plain 'b' 2:1", "null 2:4", "end"});
}

TEST_CASE("YAML reader: no document gives no event, an explicit empty one a null") {
  CHECK(events_of("").empty());
  CHECK(events_of("# only a comment\n\n").empty());
  CHECK(events_of("---\n...\n") == Events{"null 2:1"});
}

TEST_CASE("YAML reader: anchors are refused at their place") {
  const Refusal scalar = refusal_of("a: 1\nb: &x 2\n");
  CHECK(scalar.message ==
        "f.yaml:2:4: YAML anchors are not supported (the data format has no anchors or aliases)");
  CHECK(scalar.events == Events{"map 1:1", "plain 'a' 1:1", "plain '1' 1:4", "plain 'b' 2:1"});
  CHECK(refusal_of("a: &list [1, 2]\nb: *list\n").message ==
        "f.yaml:1:4: YAML anchors are not supported (the data format has no anchors or aliases)");
  CHECK(refusal_of("&top {a: 1}").message ==
        "f.yaml:1:1: YAML anchors are not supported (the data format has no anchors or aliases)");
}

TEST_CASE("YAML reader: an alias without its anchor is a syntax error") {
  CHECK(refusal_of("a: 1\nb: *x\n").message ==
        "f.yaml:2:4: YAML syntax error: the referenced anchor is not defined");
}

TEST_CASE("YAML reader: tags are refused with the tag named") {
  CHECK(refusal_of("a: !!int 1\n").message ==
        "f.yaml:1:4: YAML tags are not supported (found 'tag:yaml.org,2002:int')");
  CHECK(refusal_of("a: !local x\n").message ==
        "f.yaml:1:4: YAML tags are not supported (found '!local')");
  CHECK(refusal_of("!!map {a: 1}\n").message ==
        "f.yaml:1:1: YAML tags are not supported (found 'tag:yaml.org,2002:map')");
  CHECK(refusal_of("- !!seq [1]\n").message ==
        "f.yaml:1:3: YAML tags are not supported (found 'tag:yaml.org,2002:seq')");
}

TEST_CASE("YAML reader: a second document is refused after the first one's events") {
  const Refusal second = refusal_of("a: 1\n---\nb: 2\n");
  CHECK(second.message ==
        "f.yaml:2:1: more than one YAML document (a data file holds exactly one)");
  CHECK(second.events == Events{"map 1:1", "plain 'a' 1:1", "plain '1' 1:4", "end"});
  CHECK(refusal_of("--- a\n--- b\n").message ==
        "f.yaml:2:1: more than one YAML document (a data file holds exactly one)");
}

TEST_CASE("YAML reader: collections nested past 64 levels are refused") {
  const Refusal deep = refusal_of(std::string(65, '[') + std::string(65, ']'));
  CHECK(deep.message == "f.yaml:1:65: nesting too deep (more than 64 levels)");
  Events opened;
  for (int column = 1; column <= 64; ++column)
    opened.push_back("seq 1:" + std::to_string(column));
  CHECK(deep.events == opened);
  CHECK(refusal_of(std::string(64, '[') + std::string(64, ']')).message == "(no error)");
}

TEST_CASE("YAML reader: syntax errors name their place") {
  CHECK(refusal_of("a: [1, 2\n").message ==
        "f.yaml:2:1: YAML syntax error: end of sequence flow not found");
  CHECK(refusal_of("a: b: c\n").message == "f.yaml:1:5: YAML syntax error: illegal map value");
  CHECK(refusal_of("a: 1\n b: 2\n").message == "f.yaml:2:3: YAML syntax error: illegal map value");
  CHECK(refusal_of("a: @x\n").message == "f.yaml:1:4: YAML syntax error: unknown token");
  CHECK(refusal_of("key: value\n\tb: 1\n").message ==
        "f.yaml:2:1: YAML syntax error: illegal tab when looking for indentation");
}
