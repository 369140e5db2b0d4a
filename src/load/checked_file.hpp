#pragma once

#include <cstdio>
#include <optional>
#include <streambuf>
#include <string>

#include "load/data_file.hpp"
#include "load/flow_depth.hpp"
#include "raci/util/error.hpp"

namespace raci::detail {

// A data file read in chunks for yaml-cpp, checked on the way for what yaml-cpp would let
// through silently: NUL bytes and invalid UTF-8; and it stops flow collections nested too deep
// before yaml-cpp's scanner spends memory on them. Large files are never held whole in memory.
// At the first problem the stream ends; error() then says what and where.
class CheckedFileBuffer : public std::streambuf {
 public:
  // Opens `path`, refusing directories and files over `max_size` bytes. Throws DataError.
  CheckedFileBuffer(const std::string& path, std::uintmax_t max_size);
  CheckedFileBuffer(const CheckedFileBuffer&) = delete;
  CheckedFileBuffer& operator=(const CheckedFileBuffer&) = delete;

  const std::optional<DataError>& error() const { return error_; }
  // Whether the reader has had every byte up to the end or to the first problem.
  bool exhausted() const { return done_ && gptr() == egptr(); }
  // Whether anything but white space was read.
  bool saw_content() const { return saw_content_; }

 protected:
  int_type underflow() override;

 private:
  void fail(const std::string& message);
  // How many bytes of buffer_[0, size) are checked and complete; the rest starts a UTF-8
  // sequence that the next chunk finishes.
  std::size_t check(std::size_t size, bool at_end);

  std::string path_;
  FilePointer file_;
  std::uintmax_t max_size_;
  std::uintmax_t total_ = 0;
  static constexpr std::size_t chunk = 64 * 1024;
  char buffer_[chunk + 4];
  std::size_t carried_ = 0;
  Location position_{1, 1};
  bool saw_content_ = false;
  FlowDepth flow_;
  bool done_ = false;
  std::optional<DataError> error_;
};

}  // namespace raci::detail
