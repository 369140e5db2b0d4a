#include "raci/render/json_writer.hpp"

#include <catch2/catch.hpp>
#include <string>

namespace {

// Writes `value` through JsonWriter, opening every object and array explicitly.
void write_open(raci::JsonWriter& out, const raci::Json& value) {
  if (value.is_object()) {
    out.begin_object();
    for (const auto& [key, item] : value.items()) {
      out.key(key);
      write_open(out, item);
    }
    out.end_object();
  } else if (value.is_array()) {
    out.begin_array();
    for (const raci::Json& item : value)
      write_open(out, item);
    out.end_array();
  } else {
    out.value(value);
  }
}

std::string written(const raci::Json& value, raci::JsonLayout layout, bool open) {
  std::string text;
  raci::JsonWriter out(raci::append_to(text), layout);
  if (open) {
    write_open(out, value);
  } else {
    out.value(value);
  }
  return text;
}

}  // namespace

TEST_CASE("JSON writer: pieces print what dump() prints for the whole value") {
  const raci::Json value = raci::Json::parse(R"({
    "added": [{"id": "a", "roles": {"x": "RA"}, "footnotes": []}, {"id": "b\n\u001b"}],
    "removed": [],
    "changed": [{"id": "c", "moved": {"old": ["A", "B"], "new": []}, "roles": {}}],
    "n": 3, "null": null, "yes": true
  })");
  for (const raci::JsonLayout layout : {raci::JsonLayout::indented, raci::JsonLayout::compact}) {
    const std::string expected = raci::dump_json(value, layout);
    CHECK(written(value, layout, true) == expected);
    CHECK(written(value, layout, false) == expected);
  }
}

TEST_CASE("JSON writer: a whole value inside an open array is indented to its depth") {
  std::string text;
  raci::JsonWriter out(raci::append_to(text), raci::JsonLayout::indented);
  out.begin_object();
  out.key("list");
  out.begin_array();
  out.value(raci::Json{{"id", "a"}, {"tags", {"x"}}});
  out.end_array();
  out.key("empty");
  out.begin_array();
  out.end_array();
  out.end_object();
  CHECK(text ==
        "{\n  \"list\": [\n    {\n      \"id\": \"a\",\n      \"tags\": [\n        \"x\"\n      ]\n"
        "    }\n  ],\n  \"empty\": []\n}");
}

TEST_CASE("JSON writer: invalid UTF-8 is replaced, as in the rest of the output") {
  CHECK(raci::dump_json(raci::Json("a\xff"), raci::JsonLayout::compact) == "\"a\xEF\xBF\xBD\"");
}
