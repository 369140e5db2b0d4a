#include "raci/util/text.hpp"

#include <fmt/format.h>

#include "raci/util/unicode.hpp"

namespace raci {
namespace {

constexpr std::string_view blanks = " \t\r\n";

}  // namespace

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(blanks);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(blanks) == std::string_view::npos;
}

std::string quote(std::string_view text) {
  return fmt::format("'{}'", escape_controls(text));
}

std::string line_column(Location location) {
  return fmt::format("{}:{}", location.line, location.column);
}

std::string located(std::string_view file, Location location, std::string_view message) {
  if (location.line == 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}:{}: {}", file, location.line, location.column, message);
}

}  // namespace raci
