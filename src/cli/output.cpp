#include "output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "raci/util/error.hpp"

namespace raci::cli {
namespace {

constexpr std::size_t flush_threshold = 64 * 1024;

[[noreturn]] void write_failed(int error) {
  if (error == EPIPE) throw BrokenPipe{};
  throw Error(fmt::format("write error: {}", std::strerror(error)));
}

// Whether `command` is plain words that execvp can run without a shell.
bool plain_words(std::string_view command) {
  return command.find_first_of("|&;<>()$`\\\"'*?[]#~=%{}\n") == std::string_view::npos;
}

std::vector<std::string> words_of(std::string_view command) {
  std::vector<std::string> words;
  std::size_t offset = 0;
  while (offset < command.size()) {
    const std::size_t begin = command.find_first_not_of(" \t", offset);
    if (begin == std::string_view::npos) break;
    std::size_t end = command.find_first_of(" \t", begin);
    if (end == std::string_view::npos) end = command.size();
    words.emplace_back(command.substr(begin, end - begin));
    offset = end;
  }
  return words;
}

}  // namespace

std::string chosen_pager() {
  if (!stdout_is_terminal()) return "";
  std::string pager = "less -FRX";
  if (const char* raci = std::getenv("RACI_PAGER")) {
    pager = raci;
  } else if (const char* any = std::getenv("PAGER")) {
    pager = any;
  }
  if (words_of(pager).empty() || pager == "cat") return "";
  return pager;
}

void Output::page_through(std::string command) {
  pager_ = std::move(command);
}

void Output::start_pager() {
  const std::string command = std::move(pager_);
  pager_.clear();
  // Standard output's terminal state is read now, before the pager takes it over.
  stdout_is_terminal();
  terminal_width();
  int data[2];
  int status[2];  // closed by a successful exec; else carries its errno
  if (::pipe(data) != 0) return;
  if (::pipe2(status, O_CLOEXEC) != 0) {
    ::close(data[0]);
    ::close(data[1]);
    return;
  }
  const std::vector<std::string> words =
      plain_words(command) ? words_of(command) : std::vector<std::string>{"sh", "-c", command};
  std::vector<char*> argv;
  for (const std::string& word : words)
    argv.push_back(const_cast<char*>(word.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(status[0]);
    ::dup2(data[0], STDIN_FILENO);
    ::close(data[0]);
    ::close(data[1]);
    // less, as git runs it: quit if one screen, colours as they are, no screen clearing.
    ::setenv("LESS", "FRX", 0);
    ::setenv("LV", "-c", 0);
    ::execvp(argv[0], argv.data());
    const int error = errno;
    [[maybe_unused]] const ssize_t n = ::write(status[1], &error, sizeof error);
    ::_exit(127);
  }
  ::close(data[0]);
  ::close(status[1]);
  int error = 0;
  ssize_t got = -1;
  if (pid > 0) {
    do {
      got = ::read(status[0], &error, sizeof error);
    } while (got < 0 && errno == EINTR);
  }
  ::close(status[0]);
  if (pid < 0 || got > 0) {
    // No pager after all: the output goes straight out.
    if (pid > 0) ::waitpid(pid, nullptr, 0);
    ::close(data[1]);
    return;
  }
  ::dup2(data[1], STDOUT_FILENO);
  ::close(data[1]);
  pager_pid_ = pid;
  // The pager is in charge of the terminal now: ^C there must not leave it orphaned.
  std::signal(SIGINT, SIG_IGN);
  std::signal(SIGQUIT, SIG_IGN);
}

void Output::wait_for_pager() {
  if (pager_pid_ < 0) return;
  ::close(STDOUT_FILENO);
  while (::waitpid(pager_pid_, nullptr, 0) < 0 && errno == EINTR) {
  }
  pager_pid_ = -1;
}

Output::~Output() {
  wait_for_pager();
}

void Output::write(std::string_view text) {
  buffer_.append(text);
  if (buffer_.size() >= flush_threshold) flush();
}

void Output::flush() {
  if (!pager_.empty() && !buffer_.empty()) start_pager();
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
  wait_for_pager();
}

bool stdout_is_terminal() {
  static const bool terminal = ::isatty(STDOUT_FILENO) == 1;
  return terminal;
}

bool stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

namespace {

// A terminal's width: COLUMNS when set to a number, else what the terminal on `fd` says, else 80.
std::size_t width_of(int fd) {
  if (const char* columns = std::getenv("COLUMNS")) {
    std::size_t given = 0;
    const std::string_view text(columns);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), given);
    if (error == std::errc() && end == text.data() + text.size() && given > 0) return given;
  }
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace

std::size_t terminal_width() {
  static const std::size_t width = width_of(STDOUT_FILENO);
  return width;
}

std::size_t stderr_width() {
  static const std::size_t width = width_of(STDERR_FILENO);
  return width;
}

}  // namespace raci::cli
