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

#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"

namespace {

[[noreturn]] void broken(const char* promise, const std::string& text) {
  std::fprintf(stderr, "%s\n%s", promise, text.c_str());
  std::abort();
}

// C0 controls but tab, line feed and the CR of a CRLF; DEL; C1 (C2 80..9F); bidirectional
// controls and zero-width characters (E2 80 8B..8F, E2 80 AA..AE, E2 81 A0..A9, EF BB BF).
bool has_raw_hostile(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) {
      return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    if ((b < 0x20 && b != '\n' && b != '\t' && !(b == '\r' && next(1) == '\n')) || b == 0x7f)
      return true;
    if (b == 0xc2 && next(1) >= 0x80 && next(1) <= 0x9f) return true;
    if (b == 0xe2 && next(1) == 0x80 &&
        ((next(2) >= 0x8b && next(2) <= 0x8f) || (next(2) >= 0xaa && next(2) <= 0xae)))
      return true;
    if (b == 0xe2 && next(1) == 0x81 && next(2) >= 0xa0 && next(2) <= 0xa9) return true;
    if (b == 0xef && next(1) == 0xbb && next(2) == 0xbf) return true;
  }
  return false;
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
    if (has_raw_hostile(text)) broken("an export writes a control or hidden character raw", text);
  }
  return 0;
}
