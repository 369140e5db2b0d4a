#pragma once

#include <string>
#include <string_view>

#include "raci/util/error.hpp"

// Small text helpers shared by the whole library; nothing here knows about matrices.
namespace raci {

// `text` without the spaces, tabs, carriage returns and line feeds around it.
std::string_view trim(std::string_view text);

// Whether `text` holds nothing but spaces, tabs, carriage returns and line feeds.
bool is_blank(std::string_view text);

// `text` in single quotes with its control characters escaped, for messages: 'abc'.
std::string quote(std::string_view text);

// "LINE:COL" of a place, for messages that point at another place in the same file.
std::string line_column(Location location);

// "FILE:LINE:COL: message", or "FILE: message" when the location is no particular place.
std::string located(std::string_view file, Location location, std::string_view message);

}  // namespace raci
