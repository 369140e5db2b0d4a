#include "process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace raci::test {
namespace {

[[noreturn]] void exec_raci(const std::vector<std::string>& args, const RunOptions& options) {
  // The test's own variables first: getenv finds the first of two with one name.
  std::vector<std::string> env = options.env;
  env.emplace_back("PATH=/usr/bin:/bin");
  // On a terminal nobody is there to leave a pager: none unless the test asks for one.
  if (options.stdout_kind == RunOptions::Stdout::terminal) env.emplace_back("PAGER=cat");
  std::vector<char*> argv{const_cast<char*>(RACI_BINARY)};
  for (const std::string& arg : args)
    argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (const std::string& entry : env)
    envp.push_back(const_cast<char*>(entry.c_str()));
  envp.push_back(nullptr);
  ::signal(SIGPIPE, SIG_DFL);
  if (options.memory_limit > 0) {
    const rlimit limit{options.memory_limit, options.memory_limit};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  ::execve(RACI_BINARY, argv.data(), envp.data());
  ::_exit(127);
}

// Reads every fd until EOF (or EIO, for a terminal), for at most `timeout_ms`.
void drain(std::vector<std::pair<int, std::string*>> sources, pid_t child, int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!sources.empty()) {
    std::vector<pollfd> fds;
    for (const auto& [fd, sink] : sources)
      fds.push_back({fd, POLLIN, 0});
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(child, SIGKILL);
      ::waitpid(child, nullptr, 0);
      throw std::runtime_error("raci did not finish in time");
    }
    if (::poll(fds.data(), fds.size(), 100) < 0) continue;
    for (std::size_t i = fds.size(); i-- > 0;) {
      if (fds[i].revents == 0) continue;
      char buffer[65536];
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sources[i].second->append(buffer, static_cast<std::size_t>(n));
      } else {
        ::close(fds[i].fd);
        sources.erase(sources.begin() + static_cast<std::ptrdiff_t>(i));
      }
    }
  }
}

int wait_for(pid_t child) {
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

RunResult run_raci(const std::vector<std::string>& args, const RunOptions& options) {
  RunResult result;
  if (options.stdout_kind == RunOptions::Stdout::terminal) {
    winsize size{};
    size.ws_row = 50;
    size.ws_col = options.columns;
    int master = -1;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, &size);
    if (child < 0) throw std::runtime_error("forkpty failed");
    if (child == 0) exec_raci(args, options);
    drain({{master, &result.out}}, child, options.timeout_ms);
    result.status = wait_for(child);
    return result;
  }
  int out[2];
  int err[2];
  if (::pipe(out) != 0 || ::pipe(err) != 0) throw std::runtime_error("pipe failed");
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    if (options.stdout_kind == RunOptions::Stdout::file) {
      const int fd = ::open(options.stdout_file.c_str(), O_WRONLY);
      ::dup2(fd, STDOUT_FILENO);
    } else {
      ::dup2(out[1], STDOUT_FILENO);
    }
    ::dup2(err[1], STDERR_FILENO);
    if (!options.stdin_file.empty()) {
      const int fd = ::open(options.stdin_file.c_str(), O_RDONLY);
      ::dup2(fd, STDIN_FILENO);
    }
    ::close(out[0]);
    ::close(out[1]);
    ::close(err[0]);
    ::close(err[1]);
    if (options.stdout_kind == RunOptions::Stdout::closed_early) {
      // Let the parent close its end before we write: the reader has gone away.
      ::usleep(200 * 1000);
    }
    exec_raci(args, options);
  }
  ::close(out[1]);
  ::close(err[1]);
  if (options.stdout_kind == RunOptions::Stdout::closed_early) {
    ::close(out[0]);
    drain({{err[0], &result.err}}, child, options.timeout_ms);
  } else {
    drain({{out[0], &result.out}, {err[0], &result.err}}, child, options.timeout_ms);
  }
  result.status = wait_for(child);
  return result;
}

std::filesystem::path scratch(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("raci-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace raci::test
