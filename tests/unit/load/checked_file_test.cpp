#include "load/checked_file.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <string>

#include "raci/util/error.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t mib = 1024 * 1024;

// A file of the given bytes, one per process (ctest runs test cases in parallel), removed
// at the end of the test case.
class DataFile {
 public:
  explicit DataFile(const std::string& bytes)
      : path_((fs::temp_directory_path() / ("raci-checked-" + std::to_string(::getpid()) + ".yaml"))
                  .string()) {
    std::ofstream out(path_, std::ios::binary);
    out << bytes;
  }
  ~DataFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  DataFile(const DataFile&) = delete;
  DataFile& operator=(const DataFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// What a reader gets from the buffer, and what the buffer then says.
struct Reading {
  std::string text;
  std::string error;  // empty when there is none
  bool exhausted = false;
  bool saw_content = false;
};

Reading read_checked(const std::string& path, std::uintmax_t max_size = mib) {
  raci::detail::CheckedFileBuffer buffer(path, max_size);
  CHECK_FALSE(buffer.exhausted());
  std::istream input(&buffer);
  Reading out;
  out.text.assign(std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>());
  if (buffer.error()) out.error = buffer.error()->what();
  out.exhausted = buffer.exhausted();
  out.saw_content = buffer.saw_content();
  return out;
}

std::string open_error(const std::string& path, std::uintmax_t max_size) {
  try {
    raci::detail::CheckedFileBuffer buffer(path, max_size);
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("Checked file: a file of several chunks is read whole, byte for byte") {
  std::string bytes;
  for (int i = 0; bytes.size() < 200'000; ++i)
    bytes += "- id: row-" + std::to_string(i) + "\n  text: Café 漢字 [" + std::to_string(i) + "]\n";
  const DataFile file(bytes);
  const Reading reading = read_checked(file.path());
  CHECK(reading.text.size() == bytes.size());
  CHECK(reading.text == bytes);
  CHECK(reading.error.empty());
  CHECK(reading.saw_content);
}

TEST_CASE("Checked file: white space alone is read but is no content") {
  const DataFile file(" \n\t\r\n  ");
  const Reading reading = read_checked(file.path());
  CHECK(reading.text == " \n\t\r\n  ");
  CHECK(reading.error.empty());
  CHECK_FALSE(reading.saw_content);
}

TEST_CASE("Checked file: a NUL byte ends the stream, with its line and column") {
  const DataFile file(std::string("ab\ncd\0ef\n", 9));
  const Reading reading = read_checked(file.path());
  CHECK(reading.text == "ab\ncd");
  CHECK(reading.error == file.path() + ":2:3: NUL byte in the data (is this a binary file?)");
  CHECK(reading.exhausted);
}

TEST_CASE("Checked file: invalid UTF-8 ends the stream at its first byte") {
  SECTION("a byte that starts nothing, after a two-byte character (columns count bytes)") {
    const DataFile file("key: é\xff rest\n");
    const Reading reading = read_checked(file.path());
    CHECK(reading.text == "key: é");
    CHECK(reading.error == file.path() + ":1:8: invalid UTF-8 (byte 0xff)");
  }
  SECTION("an overlong encoding") {
    const DataFile file("a: 1\nb: \xc0\xaf\n");
    const Reading reading = read_checked(file.path());
    CHECK(reading.text == "a: 1\nb: ");
    CHECK(reading.error == file.path() + ":2:4: invalid UTF-8 (byte 0xc0)");
  }
  SECTION("a surrogate") {
    const DataFile file("x\xed\xa0\x80");
    CHECK(read_checked(file.path()).error == file.path() + ":1:2: invalid UTF-8 (byte 0xed)");
  }
  SECTION("a lone continuation byte") {
    const DataFile file("\x80");
    CHECK(read_checked(file.path()).error == file.path() + ":1:1: invalid UTF-8 (byte 0x80)");
  }
  SECTION("a sequence cut by the end of the file") {
    const DataFile file("# caf\xc3");
    const Reading reading = read_checked(file.path());
    CHECK(reading.text == "# caf");
    CHECK(reading.error == file.path() + ":1:6: invalid UTF-8 (byte 0xc3)");
    CHECK(reading.saw_content);
  }
}

TEST_CASE("Checked file: a character across the 64 KiB chunk boundary is whole") {
  // Each of the three characters is cut by the boundary at some shift.
  for (std::size_t shift = 0; shift < 8; ++shift) {
    INFO(shift);
    const std::string bytes = std::string(64 * 1024 - 1 - shift, 'x') + "é漢😀\n";
    const DataFile file(bytes);
    const Reading reading = read_checked(file.path());
    CHECK(reading.text == bytes);
    CHECK(reading.error.empty());
  }
  // Cut across the boundary and never finished.
  const DataFile file(std::string(64 * 1024 - 1, 'x') + "\xe6\xbc" + "x");
  const Reading reading = read_checked(file.path());
  CHECK(reading.text.size() == 64 * 1024 - 1);
  CHECK(reading.error == file.path() + ":1:65536: invalid UTF-8 (byte 0xe6)");
}

TEST_CASE("Checked file: flow collections nested past 64 levels end the stream") {
  const DataFile file("title: T\nkey: " + std::string(100, '[') + "\n");
  const Reading reading = read_checked(file.path());
  CHECK(reading.text == "title: T\nkey: " + std::string(64, '['));
  CHECK(reading.error == file.path() + ":2:70: nesting too deep (more than 64 levels)");
}

TEST_CASE("Checked file: a file over the size limit is refused when opened") {
  const DataFile file(std::string(3 * mib, 'x'));
  CHECK(open_error(file.path(), 2 * mib) ==
        file.path() + ": file is too large (3 MiB; the limit is 2 MiB)");
  CHECK(open_error(file.path(), 3 * mib) == "(no error)");
}

TEST_CASE("Checked file: a file that grows past the limit while read is stopped") {
  // /proc files say they are empty but have bytes: the limit is checked again as they come.
  const Reading reading = read_checked("/proc/version", 10);
  CHECK(reading.text.empty());
  CHECK(reading.error == "/proc/version: file is too large (the limit is 0 MiB)");
  CHECK(reading.exhausted);
}

TEST_CASE("Checked file: a missing file or a directory is refused when opened") {
  CHECK(open_error("/nonexistent/m.yaml", mib) ==
        "/nonexistent/m.yaml: cannot read: No such file or directory");
  const std::string dir = fs::temp_directory_path().string();
  CHECK(open_error(dir, mib) == dir + ": cannot read: it is a directory");
}
