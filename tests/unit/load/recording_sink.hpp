#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/events.hpp"

namespace raci::test {

// An EventSink that writes each event down as one line of text, such as "map 1:1",
// "plain 'T' 1:8", "quoted 'A b' 3:11", "null 4:7" or "end".
class RecordingSink final : public raci::detail::EventSink {
 public:
  std::vector<std::string> events;

  void begin_map(raci::Location location) override { events.push_back("map " + place(location)); }
  void begin_sequence(raci::Location location) override {
    events.push_back("seq " + place(location));
  }
  void end_container() override { events.emplace_back("end"); }
  void scalar(std::string_view value, raci::detail::ScalarKind kind,
              raci::Location location) override {
    const char* names[] = {"plain", "quoted", "null", "number", "boolean"};
    std::string line = names[static_cast<int>(kind)];
    if (kind != raci::detail::ScalarKind::null) line += " '" + std::string(value) + "'";
    events.push_back(line + " " + place(location));
  }

 private:
  static std::string place(raci::Location location) {
    return std::to_string(location.line) + ":" + std::to_string(location.column);
  }
};

}  // namespace raci::test
