// Uses the installed raci library: the built-in matrix, a query, and a data file through the
// YAML loader (so that yaml-cpp and utf8proc are linked from the installed package).
#include <cstdio>
#include <exception>
#include <raci/analysis/query.hpp>
#include <raci/load/loader.hpp>

int main(int argc, char** argv) {
  try {
    const raci::Matrix builtin = raci::load_builtin_matrix();
    raci::FilterSpec spec;
    spec.party = {"client"};
    spec.keyword = {"POLITIQUES"};  // French words of the French texts, in any form and case
    const auto selected = raci::select(builtin, raci::Filter(builtin, spec));
    std::printf("%s: %zu activities, %zu for the client about politique\n", builtin.title().c_str(),
                builtin.activities().size(), selected.size());
    for (const raci::Activity* activity : selected)
      std::printf("  %s\n", activity->id.c_str());
    if (argc > 1) {
      const raci::Matrix file = raci::load_matrix_file(argv[1]);
      std::printf("%s: %zu activities\n", file.title().c_str(), file.activities().size());
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "consumer: %s\n", e.what());
    return 2;
  }
}
