#include "raci/util/error.hpp"

#include <fmt/format.h>

namespace raci {
namespace {

std::string locate(const std::string& file, Location location, const std::string& message) {
  if (location.line == 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}:{}: {}", file, location.line, location.column, message);
}

}  // namespace

DataError::DataError(std::string file, Location location, std::string message)
    : Error(locate(file, location, message)),
      file_(std::move(file)),
      location_(location),
      message_(std::move(message)) {}

}  // namespace raci
