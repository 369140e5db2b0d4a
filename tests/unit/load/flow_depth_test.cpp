#include "load/flow_depth.hpp"

#include <catch2/catch.hpp>
#include <string>

namespace {

constexpr long accepted = -1;

// The offset of the byte FlowDepth refuses, or `accepted`.
long refused_at(const std::string& text) {
  raci::detail::FlowDepth depth;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!depth.feed(text[i])) return static_cast<long>(i);
  }
  return accepted;
}

std::string repeat(char c, std::size_t count) {
  return std::string(count, c);
}

}  // namespace

TEST_CASE("Flow depth: 64 levels pass, the 65th opening bracket is refused") {
  CHECK(raci::detail::max_nesting == 64);
  CHECK(refused_at(repeat('[', 64)) == accepted);
  CHECK(refused_at(repeat('[', 65)) == 64);
  CHECK(refused_at(repeat('{', 65)) == 64);
  CHECK(refused_at("[{" + repeat('[', 62) + "{") == 64);
}

TEST_CASE("Flow depth: closing brackets give the levels back") {
  const std::string full = repeat('[', 64) + repeat(']', 64);
  CHECK(refused_at(full + full + full) == accepted);
  CHECK(refused_at(repeat('[', 64) + "]" + "[" + "[") == 66);
  // Flow mappings and sequences count together.
  CHECK(refused_at(repeat('{', 32) + repeat('[', 32) + "]{" + "[") == 66);
}

TEST_CASE("Flow depth: after a key or an entry indicator a collection may start") {
  CHECK(refused_at("key: " + repeat('[', 65)) == 69);
  CHECK(refused_at("- " + repeat('[', 65)) == 66);
  CHECK(refused_at("? " + repeat('{', 65)) == 66);
  CHECK(refused_at("a:\n  - b\n  - " + repeat('[', 65)) == 77);
  // Inside a collection every bracket counts, after text too.
  CHECK(refused_at("[a, " + repeat('[', 64)) == 67);
}

TEST_CASE("Flow depth: a plain scalar keeps its brackets as text") {
  CHECK(refused_at("text " + repeat('[', 100)) == accepted);
  CHECK(refused_at("key: see [1] and " + repeat('{', 100)) == accepted);
  // "-", "?" or ":" followed by a non-blank starts a plain scalar.
  CHECK(refused_at("---" + repeat('[', 100)) == accepted);
  CHECK(refused_at("-" + repeat('[', 100)) == accepted);
  CHECK(refused_at("?" + repeat('{', 100)) == accepted);
  CHECK(refused_at(":" + repeat('[', 100)) == accepted);
  CHECK(refused_at("key: -x" + repeat('[', 100)) == accepted);
  // The scalar ends with its line.
  CHECK(refused_at("text [[[\n- " + repeat('[', 65)) == 75);
}

TEST_CASE("Flow depth: a document marker may be followed by a collection") {
  CHECK(refused_at("--- " + repeat('[', 65)) == 68);
  CHECK(refused_at("---\t" + repeat('{', 65)) == 68);
  // Only at the start of a line: later dashes are text.
  CHECK(refused_at("x: a--- " + repeat('[', 65)) == accepted);
}

TEST_CASE("Flow depth: quoted scalars and comments hide their brackets") {
  CHECK(refused_at("'" + repeat('[', 100) + "'") == accepted);
  CHECK(refused_at("\"" + repeat('{', 100) + "\"") == accepted);
  // An escaped quote does not end a double-quoted scalar; '' does not end a single-quoted one.
  CHECK(refused_at("\"\\\"" + repeat('[', 100) + "\"") == accepted);
  CHECK(refused_at("['it''s " + repeat('[', 100) + "']") == accepted);
  CHECK(refused_at("# " + repeat('[', 100)) == accepted);
  CHECK(refused_at("key: x # " + repeat('{', 100)) == accepted);
  // The comment ends with its line.
  CHECK(refused_at("# note\n" + repeat('[', 65)) == 71);
  // A quote inside a word is an apostrophe, not the start of a quoted scalar.
  CHECK(refused_at("client's\n" + repeat('[', 65)) == 73);
  // A "#" inside a word is not a comment.
  CHECK(refused_at("[a#b, " + repeat('[', 64)) == 69);
}

TEST_CASE("Flow depth: the line after a comment starts afresh, so its brackets count") {
  // The 65th bracket is refused, at offset 71 and, after the comment, at 75.
  CHECK(refused_at("a: b\n- " + repeat('[', 65)) == 71);
  CHECK(refused_at("a: b # c\n- " + repeat('[', 65)) == 75);
}
