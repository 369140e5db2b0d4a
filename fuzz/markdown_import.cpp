// Any input: the importer either finds no table (DataError) or produces YAML that loads.
// A DataError from loading that YAML breaks the importer's promise, so it is a crash.
#include "raci/import/markdown_import.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  raci::ImportResult result;
  try {
    result = raci::import_markdown({reinterpret_cast<const char*>(data), size}, "fuzz");
  } catch (const raci::DataError&) {
    return 0;
  }
  try {
    raci::load_matrix_yaml(result.yaml, "imported.yaml");
  } catch (const raci::DataError& e) {
    std::fprintf(stderr, "imported YAML does not load: %s\n%s", e.what(), result.yaml.c_str());
    std::abort();
  }
  return 0;
}
