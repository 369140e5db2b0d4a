#include "raci/util/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <random>

#include "raci/util/error.hpp"

namespace raci {
namespace {

constexpr std::array<int, 3> guarded_signals{SIGINT, SIGTERM, SIGHUP};

// The temporary file to remove if a signal ends the process while it has a name. A plain
// buffer, so the handler needs nothing but unlink(2), which is async-signal-safe.
char pending_path[4096];
std::atomic<bool> pending{false};

extern "C" void remove_pending_and_die(int signal_number) {
  if (pending.load()) ::unlink(pending_path);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

// Removes the named temporary file if SIGINT, SIGTERM or SIGHUP arrives. A signal whose
// disposition is SIG_IGN (nohup, `trap '' HUP`) is left alone: it must stay ignored.
class SignalGuard {
 public:
  explicit SignalGuard(const std::string& temporary) {
    std::snprintf(pending_path, sizeof pending_path, "%s", temporary.c_str());
    pending = true;
    for (std::size_t i = 0; i < guarded_signals.size(); ++i) {
      struct sigaction current {};
      ::sigaction(guarded_signals[i], nullptr, &current);
      installed_[i] = current.sa_handler != SIG_IGN;
      if (!installed_[i]) continue;
      struct sigaction action {};
      action.sa_handler = remove_pending_and_die;
      sigemptyset(&action.sa_mask);
      ::sigaction(guarded_signals[i], &action, &previous_[i]);
    }
  }
  ~SignalGuard() {
    pending = false;
    for (std::size_t i = 0; i < guarded_signals.size(); ++i)
      if (installed_[i]) ::sigaction(guarded_signals[i], &previous_[i], nullptr);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  std::array<struct sigaction, guarded_signals.size()> previous_{};
  std::array<bool, guarded_signals.size()> installed_{};
};

[[noreturn]] void fail(const std::string& path, int error) {
  throw Error(fmt::format("cannot write {}: {}", path, std::strerror(error)));
}

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// The file a chain of symbolic links ends at (which may not exist yet), or `path` itself.
std::string follow_links(const std::string& shown, std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return path;
    std::string target(4096, '\0');
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    if (n < 0) fail(shown, errno);
    target.resize(static_cast<std::size_t>(n));
    path = target.starts_with('/') ? target : directory_of(path) + "/" + target;
  }
  fail(shown, ELOOP);
}

void write_all(int fd, std::string_view content, const std::function<void(int)>& abandon) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      abandon(errno);
    }
    done += static_cast<std::size_t>(n);
  }
}

// A device, FIFO or socket: there is nothing to replace, only something to write to.
void write_directly(const std::string& shown, const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fail(shown, errno);
  write_all(fd, content, [&](int error) {
    ::close(fd);
    fail(shown, error);
  });
  if (::close(fd) != 0) fail(shown, errno);
}

// A name for the temporary file that fits NAME_MAX whatever the target's name: at most 32
// bytes of it (cut between UTF-8 characters), then ".tmp-" and six random characters.
std::string temporary_name(const std::string& directory, const std::string& target) {
  const std::size_t slash = target.rfind('/');
  std::string stem = slash == std::string::npos ? target : target.substr(slash + 1);
  if (stem.size() > 32) {
    std::size_t cut = 32;
    while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xc0) == 0x80)
      --cut;
    stem.resize(cut);
  }
  static constexpr std::string_view letters =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device random;
  std::string suffix;
  for (int i = 0; i < 6; ++i)
    suffix += letters[random() % letters.size()];
  return fmt::format("{}/.{}.tmp-{}", directory, stem, suffix);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content, ReadOnly read_only) {
  // stat(2) follows links as the kernel does, /proc/self/fd/N to a pipe included.
  struct stat info {};
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (!exists && errno != ENOENT) fail(path, errno);
  if (exists && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode))
    return write_directly(path, path, content);
  // The file to replace: where the links end (a dangling one names a file to create).
  std::string target = path;
  if (exists) {
    std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr), &std::free);
    if (!real) fail(path, errno);
    target = real.get();
  } else {
    target = follow_links(path, path);
  }
  if (exists) {
    if (S_ISDIR(info.st_mode)) fail(path, EISDIR);
    if (read_only == ReadOnly::refuse && (info.st_mode & 0222) == 0)
      throw Error(
          fmt::format("cannot write {}: the file is read-only (--force replaces it)", path));
  }
  const std::string directory = directory_of(target);

  // An unnamed file first, given a name only once complete; else a named one.
  int fd = ::open(directory.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  const bool unnamed = fd >= 0;
  std::string temporary;
  if (!unnamed) {
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail(path, errno);
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
      temporary = temporary_name(directory, target);
      fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) fail(path, errno);
  }
  std::optional<SignalGuard> guard;
  if (!unnamed) guard.emplace(temporary);
  auto abandon = [&](int error) {
    ::close(fd);
    if (!temporary.empty()) ::unlink(temporary.c_str());
    fail(path, error);
  };
  if (exists) {
    // Keep the replaced file's owner (only root may give a file away) and mode.
    if (::geteuid() == 0 && ::fchown(fd, info.st_uid, info.st_gid) != 0) abandon(errno);
    if (::fchmod(fd, info.st_mode & 07777) != 0) abandon(errno);
  }
  write_all(fd, content, abandon);
  if (::fsync(fd) != 0) abandon(errno);
  if (unnamed) {
    const std::string self = fmt::format("/proc/self/fd/{}", fd);
    std::string name;
    for (int attempt = 0; attempt < 100 && name.empty(); ++attempt) {
      std::string candidate = temporary_name(directory, target);
      if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, candidate.c_str(), AT_SYMLINK_FOLLOW) == 0)
        name = std::move(candidate);
      else if (errno != EEXIST)
        abandon(errno);
    }
    if (name.empty()) abandon(EEXIST);
    temporary = std::move(name);
    guard.emplace(temporary);
  }
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail(path, error);
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail(path, error);
  }
}

}  // namespace raci
