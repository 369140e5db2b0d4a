#include "load/data_file.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "raci/util/error.hpp"

namespace {

std::string error_of(const std::string& path, std::uintmax_t max_size) {
  try {
    raci::detail::open_data_file(path, max_size);
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "no error";
}

// A scratch folder removed at the end of the test.
struct Scratch {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("raci-data-file-" + std::to_string(::getpid()));
  Scratch() { std::filesystem::create_directories(dir); }
  ~Scratch() { std::filesystem::remove_all(dir); }
  std::string file(const std::string& name, std::size_t bytes) const {
    const std::string path = (dir / name).string();
    std::ofstream(path) << std::string(bytes, 'x');
    return path;
  }
};

}  // namespace

TEST_CASE("Data file: a readable file within the limit opens, at its first byte") {
  const Scratch scratch;
  const std::string path = scratch.file("m.yaml", 3 * 1024 * 1024);
  const raci::detail::FilePointer file = raci::detail::open_data_file(path, 3 * 1024 * 1024);
  REQUIRE(file);
  CHECK(std::fgetc(file.get()) == 'x');
}

TEST_CASE("Data file: a missing file, a folder and a file over the limit are refused") {
  const Scratch scratch;
  const std::string missing = (scratch.dir / "gone.yaml").string();
  CHECK(error_of(missing, 1024) == missing + ": cannot read: No such file or directory");
  CHECK(error_of(scratch.dir.string(), 1024) ==
        scratch.dir.string() + ": cannot read: it is a directory");
  const std::string big = scratch.file("big.yaml", 3 * 1024 * 1024);
  CHECK(error_of(big, 2 * 1024 * 1024) == big + ": file is too large (3 MiB; the limit is 2 MiB)");
}

TEST_CASE("Data file: the limits every reader shares") {
  CHECK(raci::detail::max_nesting == 64);
  CHECK(raci::detail::too_deep == "nesting too deep (more than 64 levels)");
  CHECK(raci::detail::max_file_size == 256u * 1024 * 1024);
}
