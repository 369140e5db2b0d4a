#include "raci/util/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>

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

TEST_CASE("Atomic file: any name the file system accepts works, 255 bytes included") {
  TemporaryDirectory dir;
  // ".tmp-XXXXXX" appended to such a name used to exceed NAME_MAX (255).
  for (std::size_t length : {245u, 255u}) {
    const std::string name(length, 'n');
    raci::write_file_atomically(dir / name, "x");
    CHECK(read(dir / name) == "x");
    raci::write_file_atomically(dir / name, "y");
    CHECK(read(dir / name) == "y");
  }
  CHECK(dir.entries() == std::set<std::string>{std::string(245, 'n'), std::string(255, 'n')});
  // One byte more is the file system's own error.
  const std::string path = dir / std::string(256, 'n');
  CHECK(error_of(path, "x") == "cannot write " + path + ": File name too long");
}

TEST_CASE("Atomic file: a replaced file keeps its mode") {
  TemporaryDirectory dir;
  Umask mask(022);
  for (mode_t mode : {0600u, 0640u, 0755u}) {
    raci::write_file_atomically(dir / "f", "old");
    REQUIRE(::chmod((dir / "f").c_str(), mode) == 0);
    raci::write_file_atomically(dir / "f", "new");
    struct stat info {};
    REQUIRE(::stat((dir / "f").c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == mode);
    CHECK(read(dir / "f") == "new");
  }
}

TEST_CASE("Atomic file: a read-only file is refused unless ReadOnly::replace, as cp -f") {
  TemporaryDirectory dir;
  raci::write_file_atomically(dir / "ro", "old");
  REQUIRE(::chmod((dir / "ro").c_str(), 0444) == 0);
  CHECK(error_of(dir / "ro", "new") ==
        "cannot write " + (dir / "ro") + ": the file is read-only (--force replaces it)");
  CHECK(read(dir / "ro") == "old");
  raci::write_file_atomically(dir / "ro", "new", raci::ReadOnly::replace);
  CHECK(read(dir / "ro") == "new");
  struct stat info {};
  REQUIRE(::stat((dir / "ro").c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0444);
  CHECK(dir.entries() == std::set<std::string>{"ro"});
}

TEST_CASE("Atomic file: a symbolic link is followed, the file it points at is replaced") {
  TemporaryDirectory dir;
  fs::create_directory(dir / "real");
  raci::write_file_atomically(dir / "real/target", "old");
  fs::create_symlink("real/target", dir / "link");
  raci::write_file_atomically(dir / "link", "new");
  CHECK(fs::is_symlink(dir / "link"));
  CHECK(read(dir / "real/target") == "new");
  // A link to a link, and a dangling link (the file it names is created).
  fs::create_symlink("link", dir / "link2");
  raci::write_file_atomically(dir / "link2", "newer");
  CHECK(read(dir / "real/target") == "newer");
  fs::create_symlink("real/absent", dir / "dangling");
  raci::write_file_atomically(dir / "dangling", "created");
  CHECK(read(dir / "real/absent") == "created");
  CHECK(dir.entries() == std::set<std::string>{"real", "link", "link2", "dangling"});
  // A loop of links is the system's error.
  fs::create_symlink("loop-b", dir / "loop-a");
  fs::create_symlink("loop-a", dir / "loop-b");
  CHECK(error_of(dir / "loop-a", "x") ==
        "cannot write " + (dir / "loop-a") + ": Too many levels of symbolic links");
}

TEST_CASE("Atomic file: a device or a FIFO is written to, never replaced") {
  raci::write_file_atomically("/dev/null", "discarded");
  struct stat info {};
  REQUIRE(::stat("/dev/null", &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
  CHECK(error_of("/dev/full", "x") == "cannot write /dev/full: No space left on device");

  TemporaryDirectory dir;
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = read(dir / "fifo"); });
  raci::write_file_atomically(dir / "fifo", "through the pipe\n");
  reader.join();
  CHECK(received == "through the pipe\n");
  REQUIRE(::lstat((dir / "fifo").c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  CHECK(dir.entries() == std::set<std::string>{"fifo"});
}

TEST_CASE("Atomic file: an ignored SIGHUP stays ignored while a file is written (nohup)") {
  TemporaryDirectory dir;
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  REQUIRE(::sigaction(SIGHUP, &ignore, &previous) == 0);
  // Hang-ups keep arriving while files are written: a handler installed for the write would
  // end the process (it used to, with status 129).
  std::atomic<bool> writing{true};
  std::thread hangups([&] {
    while (writing)
      ::kill(::getpid(), SIGHUP);
  });
  for (int i = 0; i < 50; ++i)
    raci::write_file_atomically(dir / "out", std::string(100000, 'x'));
  writing = false;
  hangups.join();
  struct sigaction after {};
  ::sigaction(SIGHUP, &previous, &after);
  CHECK(after.sa_handler == SIG_IGN);
  CHECK(dir.entries() == std::set<std::string>{"out"});
}

TEST_CASE("Atomic file: run as root, a replaced file keeps its owner and group") {
  if (::geteuid() != 0) return;  // only root can give a file away
  TemporaryDirectory dir;
  raci::write_file_atomically(dir / "owned", "old");
  REQUIRE(::chown((dir / "owned").c_str(), 65534, 65534) == 0);
  raci::write_file_atomically(dir / "owned", "new");
  struct stat info {};
  REQUIRE(::stat((dir / "owned").c_str(), &info) == 0);
  CHECK(info.st_uid == 65534u);
  CHECK(info.st_gid == 65534u);
  CHECK(read(dir / "owned") == "new");
}
