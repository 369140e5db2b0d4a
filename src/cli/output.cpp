#include "output.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "raci/util/error.hpp"

namespace raci::cli {
namespace {

constexpr std::size_t flush_threshold = 64 * 1024;

[[noreturn]] void write_failed(int error) {
  if (error == EPIPE) throw BrokenPipe{};
  throw Error(fmt::format("write error: {}", std::strerror(error)));
}

}  // namespace

void Output::write(std::string_view text) {
  buffer_.append(text);
  if (buffer_.size() >= flush_threshold) flush();
}

void Output::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(STDOUT_FILENO, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      write_failed(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  buffer_.clear();
}

void Output::finish() {
  flush();
  if (::close(STDOUT_FILENO) != 0 && errno != EBADF) write_failed(errno);
}

bool stdout_is_terminal() {
  return ::isatty(STDOUT_FILENO) == 1;
}

bool stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

std::size_t terminal_width() {
  if (const char* columns = std::getenv("COLUMNS")) {
    std::size_t width = 0;
    const std::string_view text(columns);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), width);
    if (error == std::errc() && end == text.data() + text.size() && width > 0) return width;
  }
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace raci::cli
