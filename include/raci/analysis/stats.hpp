#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/render/format.hpp"

namespace raci {

// How many activities a party holds each role in, and how many it holds alone.
struct PartyCounts {
  std::array<std::size_t, role_count> roles{};  // by Role: R, A, C, I and any other letter
  std::size_t any = 0;                          // activities where it holds some role
  std::size_t alone = 0;                        // ... and no other party holds any
};

struct SectionCounts {
  std::size_t section = no_section;  // index into Matrix::sections()
  std::size_t activities = 0;        // selected activities in it and its subsections
  std::vector<PartyCounts> parties;  // by party index
};

struct Stats {
  std::size_t activities = 0;
  std::vector<PartyCounts> parties;     // by party index
  std::vector<SectionCounts> sections;  // every section with a selected activity, in order
};

Stats compute_stats(const Matrix& matrix, const Selection& selection);

}  // namespace raci
