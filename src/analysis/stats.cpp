#include "raci/analysis/stats.hpp"

namespace raci {
namespace {

void count(const Activity& activity, std::vector<PartyCounts>& parties) {
  std::size_t holders = 0;
  for (const RoleSet roles : activity.roles) {
    if (!roles.empty()) ++holders;
  }
  for (std::size_t p = 0; p < activity.roles.size(); ++p) {
    const RoleSet roles = activity.roles[p];
    if (roles.empty()) continue;
    PartyCounts& counts = parties[p];
    for (std::size_t r = 0; r < role_count; ++r) {
      if (roles.contains(static_cast<Role>(r))) ++counts.roles[r];
    }
    ++counts.any;
    if (holders == 1) ++counts.alone;
  }
}

}  // namespace

Stats compute_stats(const Matrix& matrix, const Selection& selection) {
  const std::size_t party_count = matrix.parties().size();
  Stats stats;
  stats.parties.resize(party_count);
  std::vector<SectionCounts> by_section(matrix.sections().size());
  for (std::size_t i = 0; i < by_section.size(); ++i) {
    by_section[i].section = i;
    by_section[i].parties.resize(party_count);
  }
  for (const Activity* activity : selection) {
    ++stats.activities;
    count(*activity, stats.parties);
    // An activity counts in its section and in every enclosing one.
    for (std::size_t s = activity->section; s != no_section; s = matrix.sections()[s].parent) {
      ++by_section[s].activities;
      count(*activity, by_section[s].parties);
    }
  }
  for (SectionCounts& counts : by_section) {
    if (counts.activities > 0) stats.sections.push_back(std::move(counts));
  }
  return stats;
}

}  // namespace raci
