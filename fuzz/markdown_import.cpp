// Any input: the importer either refuses the document (DataError) or builds a matrix whose
// YAML export loads back. Anything else (a std::logic_error from the importer, a DataError
// from loading the export) breaks a promise, so it is a crash.
#include "raci/import/markdown_import.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  raci::ImportResult result;
  try {
    result = raci::import_markdown({reinterpret_cast<const char*>(data), size}, "fuzz");
  } catch (const raci::DataError&) {
    return 0;
  }
  const std::string yaml = raci::export_yaml(result.matrix);
  try {
    raci::load_matrix_yaml(yaml, "imported.yaml");
  } catch (const raci::DataError& e) {
    std::fprintf(stderr, "the export of an import does not load: %s\n%s", e.what(), yaml.c_str());
    std::abort();
  }
  return 0;
}
