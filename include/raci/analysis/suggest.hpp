#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace raci {

// Edit distance over bytes, counting a swap of two neighbouring bytes as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Words longer than this get no suggestion.
inline constexpr std::size_t max_suggested_length = 256;

// The candidates close enough to `word` to be what was meant, nearest first.
// Linear in the total length of the candidates: only a band of the edit-distance table
// is computed, and words over max_suggested_length bytes get none.
std::vector<std::string> closest_matches(std::string_view word,
                                         const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "; did you mean 'x' or 'y'?" for the closest matches, or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace raci
