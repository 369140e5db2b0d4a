#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "raci/render/sink.hpp"

namespace raci {

using Json = nlohmann::ordered_json;

// How JSON is laid out: indented by two spaces, or compact on one line.
enum class JsonLayout { indented, compact };

// Writes one JSON document piece by piece, byte for byte as nlohmann's dump(2) (or dump())
// would print the whole value, so large arrays never exist in memory at once. Containers are
// opened and closed explicitly; complete values (objects of one activity, numbers, strings)
// are written whole. Strings are UTF-8, invalid bytes replaced.
class JsonWriter {
 public:
  JsonWriter(Sink sink, JsonLayout layout);

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The next member's name, inside an object; its value follows.
  void key(std::string_view name);
  void value(const Json& value);

 private:
  void before_value();
  void newline_and_indent(std::size_t depth);

  Sink sink_;
  JsonLayout layout_;
  std::vector<std::size_t> members_;  // per open container, how many members it has so far
  bool after_key_ = false;
};

// `value` as nlohmann prints it: dump(2) or dump(), invalid UTF-8 replaced.
std::string dump_json(const Json& value, JsonLayout layout);

}  // namespace raci
