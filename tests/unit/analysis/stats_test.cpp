#include "raci/analysis/stats.hpp"

#include <catch2/catch.hpp>

#include "raci/analysis/query.hpp"
#include "raci/load/loader.hpp"

namespace {

std::vector<std::size_t> row(const raci::PartyCounts& c) {
  std::vector<std::size_t> out;
  for (raci::Role role : raci::all_roles)
    out.push_back(c.roles[static_cast<std::size_t>(role)]);
  out.push_back(c.alone);
  out.push_back(c.any);
  return out;
}

}  // namespace

TEST_CASE("Stats: per party over the built-in matrix") {
  const raci::Matrix matrix = raci::load_builtin_matrix();
  const raci::Stats stats =
      raci::compute_stats(matrix, raci::select(matrix, raci::Filter(matrix, {})));
  CHECK(stats.activities == 109);
  // R, A, C, I, alone, any.
  CHECK(row(stats.parties[0]) == std::vector<std::size_t>{67, 67, 3, 30, 40, 96});
  CHECK(row(stats.parties[1]) == std::vector<std::size_t>{42, 42, 21, 22, 13, 69});
  REQUIRE(stats.sections.size() == 14);
  CHECK(matrix.sections()[stats.sections[3].section].id == "recurring-operations");
  CHECK(stats.sections[3].activities == 71);
  CHECK(matrix.sections()[stats.sections[8].section].id == "backup-integrated");
  CHECK(row(stats.sections[8].parties[0]) == std::vector<std::size_t>{10, 11, 0, 3, 8, 13});
  CHECK(row(stats.sections[8].parties[1]) == std::vector<std::size_t>{5, 4, 3, 2, 2, 7});
}

TEST_CASE("Stats: filters narrow what is counted") {
  const raci::Matrix matrix = raci::load_builtin_matrix();
  raci::FilterSpec spec;
  spec.phase = {"exit"};
  const raci::Stats stats =
      raci::compute_stats(matrix, raci::select(matrix, raci::Filter(matrix, spec)));
  CHECK(stats.activities == 5);
  CHECK(row(stats.parties[0]) == std::vector<std::size_t>{3, 3, 0, 2, 1, 5});
  CHECK(row(stats.parties[1]) == std::vector<std::size_t>{2, 2, 0, 2, 0, 4});
  REQUIRE(stats.sections.size() == 1);
  CHECK(matrix.sections()[stats.sections[0].section].id == "reversibility");
}
