// raci-generate N [yaml|json]: prints a synthetic matrix of N activities, for benchmarks.
#include <charconv>
#include <cstdio>
#include <string_view>

#include "generator.hpp"

int main(int argc, char** argv) {
  std::size_t activities = 0;
  const std::string_view count = argc > 1 ? argv[1] : "";
  const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), activities);
  const std::string_view syntax = argc > 2 ? argv[2] : "yaml";
  if (argc < 2 || argc > 3 || error != std::errc() || end != count.data() + count.size() ||
      activities == 0 || (syntax != "yaml" && syntax != "json")) {
    std::fputs("usage: raci-generate ACTIVITIES [yaml|json]\n", stderr);
    return 2;
  }
  const std::string text = raci::bench::generate_matrix(
      activities, syntax == "json" ? raci::bench::Syntax::json : raci::bench::Syntax::yaml);
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0
             ? 0
             : 2;
}
