#pragma once

#include <string_view>

#include "raci/util/error.hpp"

namespace raci::detail {

// How a scalar was written: integers must be plain (or a JSON number), strings may be plain
// or quoted. JSON says what a value is: a JSON number or boolean is never taken for a string.
enum class ScalarKind { plain, quoted, null, json_number, json_boolean };

// The parse events of a data file, whatever its syntax. The YAML reader (and any other
// syntax) drives a SchemaReader through this interface, so the schema lives in one place.
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void begin_map(Location location) = 0;
  virtual void begin_sequence(Location location) = 0;
  virtual void end_container() = 0;
  virtual void scalar(std::string_view value, ScalarKind kind, Location location) = 0;
};

}  // namespace raci::detail
