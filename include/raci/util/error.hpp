#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace raci {

// A place in a source file, 1-based; line 0 means "no particular place".
struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

// The root of every error raci reports to the user; main() catches it once.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A problem in a data file. what() reads "FILE:LINE:COL: message".
class DataError : public Error {
 public:
  DataError(std::string file, Location location, std::string message);

  const std::string& file() const { return file_; }
  Location location() const { return location_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  Location location_;
  std::string message_;
};

// A command line that cannot be carried out as written.
class UsageError : public Error {
 public:
  using Error::Error;
};

}  // namespace raci
