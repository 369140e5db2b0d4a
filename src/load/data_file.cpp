#include "load/data_file.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "raci/util/error.hpp"

namespace raci::detail {

FilePointer open_data_file(const std::string& path, std::uintmax_t max_size) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw DataError(path, {}, fmt::format("cannot read: {}", std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) throw DataError(path, {}, "cannot read: it is a directory");
  if (static_cast<std::uintmax_t>(info.st_size) > max_size) {
    throw DataError(path, {},
                    fmt::format("file is too large ({} MiB; the limit is {} MiB)",
                                static_cast<std::uintmax_t>(info.st_size) >> 20, max_size >> 20));
  }
  FilePointer file(std::fopen(path.c_str(), "rb"));
  if (!file) throw DataError(path, {}, fmt::format("cannot read: {}", std::strerror(errno)));
  return file;
}

}  // namespace raci::detail
