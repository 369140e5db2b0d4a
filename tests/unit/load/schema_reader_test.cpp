// The schema reader fed events directly, without a YAML or JSON parser: what the key table
// accepts, and that each value reaches the MatrixBuilder. Every refusal's exact message is
// tested through both syntaxes in loader_test.cpp.
#include "load/schema_reader.hpp"

#include <catch2/catch.hpp>
#include <string>

namespace {

using raci::Location;
using raci::detail::ScalarKind;
using raci::detail::SchemaReader;

void key(SchemaReader& reader, const char* name, std::uint32_t line) {
  reader.scalar(name, ScalarKind::plain, {line, 1});
}

void value(SchemaReader& reader, const char* name, const char* text, std::uint32_t line) {
  key(reader, name, line);
  reader.scalar(text, ScalarKind::plain, {line, 10});
}

// A whole matrix as events: one party, one section with one activity.
void feed_matrix(SchemaReader& reader, const char* text_key) {
  reader.begin_map({1, 1});
  value(reader, "format", "1", 1);
  value(reader, "title", "T", 2);
  key(reader, "roles", 3);
  reader.begin_map({4, 3});
  for (const char* letter : {"R", "A", "C", "I"}) {
    key(reader, letter, 4);
    reader.begin_map({4, 6});
    value(reader, "name", letter, 4);
    value(reader, "description", "d", 4);
    reader.end_container();
  }
  reader.end_container();
  key(reader, "parties", 5);
  reader.begin_sequence({6, 3});
  reader.begin_map({6, 5});
  value(reader, "id", "client", 6);
  value(reader, "name", "Client", 7);
  reader.end_container();
  reader.end_container();
  key(reader, "sections", 8);
  reader.begin_sequence({9, 3});
  reader.begin_map({9, 5});
  value(reader, "id", "s", 9);
  value(reader, "title", "S", 10);
  key(reader, "activities", 11);
  reader.begin_sequence({12, 7});
  reader.begin_map({12, 9});
  value(reader, "id", "a", 12);
  value(reader, text_key, "Do it", 13);
  key(reader, "roles", 14);
  reader.begin_map({14, 16});
  value(reader, "client", "RA", 14);
  reader.end_container();
  reader.end_container();
  reader.end_container();
  reader.end_container();
  reader.end_container();
  reader.end_container();
}

}  // namespace

TEST_CASE("Schema reader: events become builder calls, with the places they came from") {
  SchemaReader reader("events");
  feed_matrix(reader, "text");
  const raci::Matrix m = reader.finish();
  CHECK(m.origin() == "events");
  CHECK(m.title() == "T");
  REQUIRE(m.activities().size() == 1);
  const raci::Activity& a = m.activities()[0];
  CHECK(a.id == "a");
  CHECK(a.text == "Do it");
  CHECK(a.location == Location{12, 9});
  CHECK(a.roles[0].letters() == "RA");
  CHECK(m.sections()[0].location == Location{9, 5});
  CHECK(m.legend()[3].name == "I");
}

TEST_CASE("Schema reader: a key the table does not hold is refused where it stands") {
  SchemaReader reader("events");
  try {
    feed_matrix(reader, "txt");
    FAIL("accepted");
  } catch (const raci::DataError& e) {
    CHECK(std::string(e.what()) ==
          "events:13:1: unknown key 'txt' in an activity; did you mean 'text'?");
  }
}

TEST_CASE("Schema reader: no events at all is no data") {
  SchemaReader reader("events");
  CHECK_THROWS_WITH(reader.finish(), "events: the file holds no data");
}
