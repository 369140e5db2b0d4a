#pragma once

#include <array>
#include <string_view>

// The legend a document without one is given, in its language.
namespace raci::detail {

struct LegendEntry {
  std::string_view name;
  std::string_view description;
};

// R, A, C and I in that order.
using Legend = std::array<LegendEntry, 4>;

// The legend in `language` (en, fr, de, es, it: the provider's own words, as its documents of
// that language write them), or nullptr for a language raci knows none in.
const Legend* default_legend(std::string_view language);

}  // namespace raci::detail
