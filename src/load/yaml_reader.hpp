#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "load/events.hpp"

namespace raci::detail {

// Parses one YAML document with yaml-cpp's event API and forwards its events to `sink`.
// Rejects what the data format has no use for and what could blow up: anchors, aliases,
// tags, more than one document, and nesting deeper than any valid file needs.
void read_yaml(std::istream& input, const std::string& origin, EventSink& sink);

}  // namespace raci::detail
