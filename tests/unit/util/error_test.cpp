#include "raci/util/error.hpp"

#include <catch2/catch.hpp>
#include <string>

TEST_CASE("Error: a DataError with a place reads FILE:LINE:COL: message") {
  const raci::DataError error("data/m.yaml", {12, 7}, "unknown party 'clent'");
  CHECK(std::string(error.what()) == "data/m.yaml:12:7: unknown party 'clent'");
  CHECK(error.file() == "data/m.yaml");
  CHECK(error.location() == raci::Location{12, 7});
  CHECK(error.message() == "unknown party 'clent'");
}

TEST_CASE("Error: a DataError without a place reads FILE: message") {
  const raci::DataError error("m.yaml", {}, "the file is empty");
  CHECK(std::string(error.what()) == "m.yaml: the file is empty");
  CHECK(error.location() == raci::Location{0, 0});
  CHECK(error.message() == "the file is empty");
  // Line 0 means no place, whatever the column says.
  CHECK(std::string(raci::DataError("m.yaml", {0, 5}, "x").what()) == "m.yaml: x");
}

TEST_CASE("Error: DataError and UsageError are caught as raci::Error with the same text") {
  try {
    throw raci::DataError("m.json", {1, 2}, "bad");
  } catch (const raci::Error& e) {
    CHECK(std::string(e.what()) == "m.json:1:2: bad");
  }
  try {
    throw raci::UsageError("unknown party 'x'");
  } catch (const raci::Error& e) {
    CHECK(std::string(e.what()) == "unknown party 'x'");
  }
  CHECK_THROWS_AS(throw raci::UsageError("u"), std::runtime_error);
}
