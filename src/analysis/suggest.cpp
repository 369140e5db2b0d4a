#include "raci/analysis/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {

namespace {

constexpr std::size_t unbounded = static_cast<std::size_t>(-1);

// Optimal string alignment (Levenshtein, plus a swap of two neighbours as one edit, the
// commonest typo: "titel", "hots"), computed only in the band |i - j| <= `bound` with three
// rolling rows: O(|a| * bound) time, O(|b|) memory. Returns `bound + 1` once the distance is
// known to exceed `bound`.
std::size_t banded_distance(std::string_view a, std::string_view b, std::size_t bound) {
  const std::size_t over = bound == unbounded ? unbounded : bound + 1;
  const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > bound) return over;
  std::vector<std::size_t> before(b.size() + 1, over), previous(b.size() + 1, over),
      current(b.size() + 1, over);
  for (std::size_t j = 0; j <= b.size() && j <= bound; ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t from = i > bound ? i - bound : 1;
    const std::size_t to = bound == unbounded ? b.size() : std::min(b.size(), i + bound);
    std::fill(current.begin(), current.end(), over);
    if (i <= bound) current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t d = std::min({previous[j] == over ? over : previous[j] + 1,
                                current[j - 1] == over ? over : current[j - 1] + 1,
                                previous[j - 1] == over ? over : previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] != over)
        d = std::min(d, before[j - 2] + 1);
      current[j] = std::min(d, over);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min >= over) return over;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], over);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return banded_distance(a, b, unbounded);
}

std::vector<std::string> closest_matches(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  // A word this long is no typo of a name; comparing it would cost |word| x |candidate|.
  if (word.size() > max_suggested_length) return {};
  // Like ninja's SpellcheckString: allow about one edit per three characters. Candidates of
  // very different length are skipped before any table is built, and the table is a band.
  const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const std::string& candidate : candidates) {
    const bool prefix = word.size() >= 3 && candidate.starts_with(word);
    if (prefix) {
      scored.emplace_back(0, candidate);
      continue;
    }
    const std::size_t distance = banded_distance(word, candidate, limit);
    if (distance <= limit) scored.emplace_back(distance, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& [distance, candidate] : scored) {
    if (out.size() == 3) break;
    out.push_back(std::move(candidate));
  }
  return out;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::vector<std::string> matches = closest_matches(word, candidates);
  if (matches.empty()) return "";
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (i > 0) out += i + 1 == matches.size() ? " or " : ", ";
    out += quote(matches[i]);
  }
  return out + "?";
}

}  // namespace raci
