#include "raci/util/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "raci/util/error.hpp"

namespace raci {
namespace {

// The temporary file to remove if a signal ends the process mid-write. A plain buffer, so
// the handler needs nothing but unlink(2), which is async-signal-safe.
char pending_path[4096];
std::atomic<bool> pending{false};

extern "C" void remove_pending_and_die(int signal_number) {
  if (pending.load()) ::unlink(pending_path);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

class SignalGuard {
 public:
  explicit SignalGuard(const std::string& temporary) {
    std::snprintf(pending_path, sizeof pending_path, "%s", temporary.c_str());
    pending = true;
    for (int s : {SIGINT, SIGTERM, SIGHUP})
      previous_.push_back(std::signal(s, remove_pending_and_die));
  }
  ~SignalGuard() {
    pending = false;
    int i = 0;
    for (int s : {SIGINT, SIGTERM, SIGHUP})
      std::signal(s, previous_[static_cast<std::size_t>(i++)]);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  std::vector<void (*)(int)> previous_;
};

[[noreturn]] void fail(const std::string& path, int error) {
  throw Error(fmt::format("cannot write {}: {}", path, std::strerror(error)));
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
  std::string temporary = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) fail(path, errno);
  SignalGuard guard(temporary);
  auto abandon = [&](int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    fail(path, error);
  };
  // mkstemp creates the file 0600; give it the usual mode for a new file.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) abandon(errno);
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      abandon(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) abandon(errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail(path, error);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail(path, error);
  }
}

}  // namespace raci
