// What no output of raci may write raw, whatever the input: shared by the fuzz targets.
#pragma once

#include <cstddef>
#include <string_view>

namespace raci::fuzz {

// C0 controls but tab, line feed and the CR of a CRLF; DEL; C1 (C2 80..9F); bidirectional
// controls and zero-width characters (E2 80 8B..8F, E2 80 AA..AE, E2 81 A0..A9, EF BB BF).
inline bool has_raw_hostile(std::string_view text) {
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

}  // namespace raci::fuzz
