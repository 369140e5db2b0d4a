#include <cstdio>

#include "raci/error.hpp"
#include "raci/exit_status.hpp"
#include "raci/loader.hpp"

int main() {
  try {
    const raci::Matrix matrix = raci::load_builtin_matrix();
    std::printf("%zu\n", matrix.activities().size());
  } catch (const raci::Error& e) {
    std::fprintf(stderr, "raci: error: %s\n", e.what());
    return raci::exit_failure;
  }
}
