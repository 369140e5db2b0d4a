#include "load/checked_file.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include <cerrno>
#include <cstring>

#include "raci/util/unicode.hpp"

namespace raci::detail {
namespace {

// The length of a UTF-8 sequence from its first byte (0 for a byte that cannot start one).
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

}  // namespace

CheckedFileBuffer::CheckedFileBuffer(const std::string& path, std::uintmax_t max_size)
    : path_(path), file_(open_data_file(path, max_size)), max_size_(max_size) {
  setg(buffer_, buffer_, buffer_);
}

void CheckedFileBuffer::fail(const std::string& message) {
  error_.emplace(path_, position_, message);
  done_ = true;
}

std::size_t CheckedFileBuffer::check(std::size_t size, bool at_end) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(buffer_);
  std::size_t i = 0;
  while (i < size) {
    const unsigned char byte = bytes[i];
    if (byte == 0) {
      fail("NUL byte in the data (is this a binary file?)");
      return i;
    }
    std::size_t length = sequence_length(byte);
    if (length > 1 && i + length > size) {
      if (!at_end) return i;  // finish it with the next chunk
      length = 0;
    }
    if (length > 1) {
      utf8proc_int32_t codepoint = 0;
      if (utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(length), &codepoint) !=
          static_cast<utf8proc_ssize_t>(length)) {
        length = 0;
      }
    }
    if (length == 0) {
      fail(fmt::format("invalid UTF-8 (byte 0x{:02x})", byte));
      return i;
    }
    if (byte == '\r' || byte == 0xe2) {
      if (byte == '\r' && i + 1 == size && !at_end) return i;  // is a line feed next?
      utf8proc_int32_t codepoint = '\r';
      if (byte == 0xe2)
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(length), &codepoint);
      const std::string problem = hidden_text_problem(static_cast<char32_t>(codepoint),
                                                      i + 1 < size && bytes[i + 1] == '\n');
      if (!problem.empty()) {
        fail(problem);
        return i;
      }
    }
    if (byte == '%' && position_.column == 1 && !flow_.in_quotes_or_comment()) {
      fail(std::string(directive_refused));
      return i;
    }
    if (!flow_.feed(static_cast<char>(byte))) {
      fail(std::string(too_deep));
      return i;
    }
    if (byte == '\n') {
      ++position_.line;
      position_.column = 1;
    } else {
      position_.column += static_cast<std::uint32_t>(length);
    }
    if (byte != ' ' && byte != '\t' && byte != '\r' && byte != '\n') saw_content_ = true;
    i += length;
  }
  return i;
}

CheckedFileBuffer::int_type CheckedFileBuffer::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (done_) return traits_type::eof();
  // Move the unfinished sequence of the last chunk to the front, then read after it.
  std::memmove(buffer_, egptr(), carried_);
  const std::size_t read = std::fread(buffer_ + carried_, 1, chunk, file_.get());
  if (read == 0 && std::ferror(file_.get())) {
    error_.emplace(path_, Location{}, fmt::format("cannot read: {}", std::strerror(errno)));
    done_ = true;
    return traits_type::eof();
  }
  total_ += read;
  if (total_ > max_size_) {
    error_.emplace(path_, Location{},
                   fmt::format("file is too large (the limit is {} MiB)", max_size_ >> 20));
    done_ = true;
    return traits_type::eof();
  }
  const std::size_t size = carried_ + read;
  const bool at_end = read == 0 || std::feof(file_.get());
  const std::size_t good = check(size, at_end);
  carried_ = done_ ? 0 : size - good;
  setg(buffer_, buffer_, buffer_ + good);
  if (good == 0) return done_ || at_end ? traits_type::eof() : underflow();
  return traits_type::to_int_type(*gptr());
}

}  // namespace raci::detail
