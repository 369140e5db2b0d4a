#pragma once

#include <string>
#include <vector>

#include "raci/model/matrix.hpp"

namespace raci {

struct RoleChange {
  std::string party;   // party id
  std::string before;  // letters in R, A, C, I order; "" for none
  std::string after;
};

// One activity found in both matrices, and how it changed.
struct ActivityChange {
  const Activity* before = nullptr;
  const Activity* after = nullptr;
  bool reworded = false;  // the text differs
  bool moved = false;     // the section titles from the top down differ
  std::vector<RoleChange> roles;
};

struct MatrixDiff {
  std::vector<const Activity*> added;    // in the new matrix's order
  std::vector<const Activity*> removed;  // in the old matrix's order
  std::vector<ActivityChange> changed;   // in the new matrix's order
  bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

// Pairs the activities of two matrices by id, then the rest by the most similar text (the
// share of words they have in common, at least half), and reports what changed. The
// matrices must outlive the result.
MatrixDiff diff_matrices(const Matrix& before, const Matrix& after);

// The share of distinct words (folded for case and accents) two texts have in common, 0 to 1.
double text_similarity(const std::string& a, const std::string& b);

}  // namespace raci
