// Any YAML input that loads: every export must keep its promises. The YAML and JSON exports
// load back to the same matrix (their own exports are identical), and no export writes a
// control or hidden character raw. Anything else is a crash.
#include "raci/render/export.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "hostile.hpp"
#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"

namespace {

[[noreturn]] void broken(const char* promise, const std::string& text) {
  std::fprintf(stderr, "%s\n%s", promise, text.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<raci::Matrix> loaded;
  try {
    loaded = raci::load_matrix_yaml({reinterpret_cast<const char*>(data), size}, "fuzz.yaml");
  } catch (const raci::DataError&) {
    return 0;  // refused: nothing to export
  }
  const raci::Matrix& matrix = *loaded;
  const std::string yaml = raci::export_yaml(matrix);
  const std::string json = raci::export_json(matrix);
  try {
    if (raci::export_yaml(raci::load_matrix_yaml(yaml, "exported.yaml")) != yaml)
      broken("the YAML export does not load back to the same matrix", yaml);
    if (raci::export_json(raci::load_matrix_json(json, "exported.json")) != json)
      broken("the JSON export does not load back to the same matrix", json);
  } catch (const raci::DataError& e) {
    broken(e.what(), yaml);
  }
  for (const std::string& text :
       {yaml, json, raci::export_markdown(matrix), raci::export_html(matrix)}) {
    if (raci::fuzz::has_raw_hostile(text))
      broken("an export writes a control or hidden character raw", text);
  }
  return 0;
}
