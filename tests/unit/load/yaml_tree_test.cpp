#include "load/yaml_tree.hpp"

#include <catch2/catch.hpp>
#include <string>

namespace {

using raci::detail::YamlNode;

std::string error_of(const std::string& text) {
  try {
    raci::detail::parse_yaml_tree(text, "t.yaml");
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("YAML tree: maps keep their keys in order, with places, scalars say if quoted") {
  const YamlNode root =
      raci::detail::parse_yaml_tree("a: 1\nb:\n  - x\n  - 'y'\n  - {c: }\n", "t.yaml");
  REQUIRE(root.kind == YamlNode::Kind::map);
  REQUIRE(root.keys.size() == 2);
  CHECK(root.keys[0].value == "a");
  CHECK(root.values[0].value == "1");
  CHECK(root.values[0].location == raci::Location{1, 4});
  const YamlNode& list = root.values[1];
  REQUIRE(list.kind == YamlNode::Kind::sequence);
  REQUIRE(list.items.size() == 3);
  CHECK_FALSE(list.items[0].quoted);
  CHECK(list.items[1].quoted);
  CHECK(list.items[1].value == "y");
  CHECK(list.items[2].values.at(0).kind == YamlNode::Kind::null);
}

TEST_CASE("YAML tree: duplicate and non-scalar keys, empty text and tags are refused") {
  CHECK(error_of("a: 1\nb: 2\na: 3\n") == "t.yaml:3:1: duplicate key 'a' (first at 1:1)");
  CHECK(error_of("? [a]\n: 1\n") == "t.yaml:1:3: a mapping key must be a plain string");
  CHECK(error_of(" \n\n") == "t.yaml: the file is empty");
  CHECK(error_of("a: !x 1\n") == "t.yaml:1:4: YAML tags are not supported (found '!x')");
  CHECK(error_of("a: " + std::string(100, '[')) ==
        "t.yaml: nesting too deep (more than 64 levels)");
}
