#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"

// What raci diff knows of every activity of both matrices to compare them: folded texts,
// word stems weighted by rarity, role signatures. Internal to diff.cpp.
namespace raci::diff_detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// At most this many distinct stems (the rarest) stand for a text, which bounds the work of
// one comparison whatever the texts' length.
inline constexpr std::size_t max_stems = 64;

class DiffIndex {
 public:
  DiffIndex(const Matrix& before, const Matrix& after);

  const Matrix& before() const { return before_; }
  const Matrix& after() const { return after_; }
  std::string_view old_text(std::size_t o) const { return old_.texts[o]; }
  std::string_view new_text(std::size_t n) const { return new_.texts[n]; }

  // Dice coefficient over the texts' stems, each weighted by its rarity in both matrices
  // (inverse document frequency): 1 for identical folded texts.
  double similarity(std::size_t o, std::size_t n) const;
  bool same_roles(std::size_t o, std::size_t n) const { return old_.roles[o] == new_.roles[n]; }
  bool same_id(std::size_t o, std::size_t n) const {
    return before_.activities()[o].id == after_.activities()[n].id;
  }
  // What pairing the two is worth: 0 below `threshold` (unless their ids are the same, which
  // weighs more than any text), else the similarity plus a bonus for identical roles.
  double pair_score(std::size_t o, std::size_t n, double threshold) const;
  // Calls `visit(o, n)` for pairs of `olds` and `news` that share a rare enough stem, at most
  // a few per old activity: the best by shared weight.
  void for_each_candidate(const std::vector<std::size_t>& olds,
                          const std::vector<std::size_t>& news,
                          const std::function<void(std::size_t, std::size_t)>& visit) const;

 private:
  struct Side {
    std::vector<std::string> texts;                 // folded
    std::vector<std::vector<std::uint32_t>> stems;  // sorted, distinct, capped
    std::vector<double> weight;                     // the sum of the stems' weights
    std::vector<std::string> roles;                 // "party=letters;" for held roles
  };
  const Matrix& before_;
  const Matrix& after_;
  Side old_;
  Side new_;
  std::vector<double> stem_weight_;
};

// Unweighted Dice coefficient over the distinct stems of two texts.
double plain_similarity(std::string_view a, std::string_view b);

}  // namespace raci::diff_detail
