#include "raci/util/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "raci/util/error.hpp"

namespace {

namespace fs = std::filesystem;

// A fresh empty directory per test case, removed at the end (ctest runs test cases in
// parallel processes).
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (fs::temp_directory_path() / "raci-atomic-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TemporaryDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  // The names in the directory: a stray temporary file would show here.
  std::set<std::string> entries() const {
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(path_))
      out.insert(entry.path().filename().string());
    return out;
  }

 private:
  fs::path path_;
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string error_of(const std::string& path, std::string_view content) {
  try {
    raci::write_file_atomically(path, content);
  } catch (const raci::Error& e) {
    return e.what();
  }
  return "(no error)";
}

// Sets the process umask for one scope.
class Umask {
 public:
  explicit Umask(mode_t mask) : previous_(::umask(mask)) {}
  ~Umask() { ::umask(previous_); }
  Umask(const Umask&) = delete;
  Umask& operator=(const Umask&) = delete;

 private:
  mode_t previous_;
};

}  // namespace

TEST_CASE("Atomic file: a new file gets the content and nothing else is left beside it") {
  TemporaryDirectory dir;
  raci::write_file_atomically(dir / "out.txt", "line one\nline two\n");
  CHECK(read(dir / "out.txt") == "line one\nline two\n");
  CHECK(dir.entries() == std::set<std::string>{"out.txt"});
}

TEST_CASE("Atomic file: an existing file is replaced whole, even by a shorter content") {
  TemporaryDirectory dir;
  raci::write_file_atomically(dir / "out.txt", "a longer first version\n");
  raci::write_file_atomically(dir / "out.txt", "short\n");
  CHECK(read(dir / "out.txt") == "short\n");
  raci::write_file_atomically(dir / "out.txt", "");
  CHECK(fs::file_size(dir / "out.txt") == 0);
  CHECK(dir.entries() == std::set<std::string>{"out.txt"});
}

TEST_CASE("Atomic file: bytes are written as they are, NUL and invalid UTF-8 included") {
  TemporaryDirectory dir;
  const std::string bytes("a\0b\xff\r\n", 6);
  raci::write_file_atomically(dir / "bin", bytes);
  CHECK(read(dir / "bin") == bytes);
  // More than one write(2) may be needed for a large content.
  const std::string large(3 * 1024 * 1024 + 7, 'x');
  raci::write_file_atomically(dir / "large", large);
  CHECK(fs::file_size(dir / "large") == large.size());
  CHECK(dir.entries() == std::set<std::string>{"bin", "large"});
}

TEST_CASE("Atomic file: the file gets the usual mode of a new file, 0666 less the umask") {
  TemporaryDirectory dir;
  struct stat info {};
  {
    Umask mask(022);
    raci::write_file_atomically(dir / "a", "x");
  }
  REQUIRE(::stat((dir / "a").c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0644);
  {
    Umask mask(027);
    raci::write_file_atomically(dir / "b", "x");
  }
  REQUIRE(::stat((dir / "b").c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0640);
}

TEST_CASE("Atomic file: a missing directory is an error naming the file") {
  TemporaryDirectory dir;
  const std::string path = dir / "missing/out.txt";
  CHECK(error_of(path, "x") == "cannot write " + path + ": No such file or directory");
  CHECK(dir.entries().empty());
}

TEST_CASE("Atomic file: when the rename fails, the temporary file is removed") {
  TemporaryDirectory dir;
  // A directory in the way: the temporary file is written, then cannot take its name.
  fs::create_directory(dir / "target");
  raci::write_file_atomically(dir / "target/inside", "kept");
  CHECK(error_of(dir / "target", "x") == "cannot write " + (dir / "target") + ": Is a directory");
  CHECK(dir.entries() == std::set<std::string>{"target"});
  CHECK(read(dir / "target/inside") == "kept");
}

TEST_CASE("Atomic file: a name too long for the temporary file fails before any write") {
  TemporaryDirectory dir;
  // 250 bytes is a valid name, but not with ".tmp-XXXXXX" after it (NAME_MAX is 255).
  const std::string path = dir / std::string(250, 'n');
  CHECK(error_of(path, "x") == "cannot write " + path + ": File name too long");
  CHECK(dir.entries().empty());
}
