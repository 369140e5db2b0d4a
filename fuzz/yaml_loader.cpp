// Any input: the YAML loader returns a matrix or throws DataError, and nothing else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    raci::load_matrix_yaml({reinterpret_cast<const char*>(data), size}, "fuzz.yaml");
  } catch (const raci::DataError&) {
  }
  return 0;
}
