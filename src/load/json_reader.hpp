#pragma once

#include <string>
#include <string_view>

#include "load/events.hpp"

namespace raci::detail {

// Parses a JSON document with nlohmann's SAX interface and forwards its events to `sink`,
// with the line and column where each value starts.
void read_json(std::string_view text, const std::string& origin, EventSink& sink);

}  // namespace raci::detail
