#include "raci/loader.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "json_reader.hpp"
#include "matrix_builder.hpp"
#include "raci/unicode.hpp"
#include "yaml_reader.hpp"

namespace raci {
namespace {

// Refuse anything larger rather than exhaust memory; a matrix of 100,000 activities is ~25 MB.
constexpr std::uintmax_t max_file_size = 256 * 1024 * 1024;

// The line and column (1-based, in bytes) of a byte offset.
Location location_at(std::string_view text, std::size_t offset) {
  Location location{1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++location.line;
      location.column = 1;
    } else {
      ++location.column;
    }
  }
  return location;
}

// Checks what yaml-cpp would let through silently: NUL bytes and invalid UTF-8.
void check_encoding(std::string_view text, const std::string& origin) {
  if (const std::size_t nul = text.find('\0'); nul != text.npos) {
    throw DataError(origin, location_at(text, nul),
                    "NUL byte in the data (is this a binary file?)");
  }
  if (const std::optional<std::size_t> bad = find_invalid_utf8(text)) {
    throw DataError(
        origin, location_at(text, *bad),
        fmt::format("invalid UTF-8 (byte 0x{:02x})", static_cast<unsigned char>(text[*bad])));
  }
}

}  // namespace

std::string read_data_file(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw DataError(path, {}, fmt::format("cannot read: {}", std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) throw DataError(path, {}, "cannot read: it is a directory");
  if (static_cast<std::uintmax_t>(info.st_size) > max_file_size) {
    throw DataError(
        path, {},
        fmt::format("file is too large ({} MiB; the limit is {} MiB)",
                    static_cast<std::uintmax_t>(info.st_size) >> 20, max_file_size >> 20));
  }
  std::unique_ptr<std::FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"),
                                                          &std::fclose);
  if (!file) throw DataError(path, {}, fmt::format("cannot read: {}", std::strerror(errno)));
  std::string text;
  char chunk[65536];
  std::size_t count = 0;
  while ((count = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) {
    text.append(chunk, count);
    if (text.size() > max_file_size) {
      throw DataError(path, {},
                      fmt::format("file is too large (the limit is {} MiB)", max_file_size >> 20));
    }
  }
  if (std::ferror(file.get())) {
    throw DataError(path, {}, fmt::format("cannot read: {}", std::strerror(errno)));
  }
  return text;
}

Matrix load_matrix_yaml(std::string_view text, const std::string& origin) {
  if (text.find_first_not_of(" \t\r\n") == text.npos) {
    throw DataError(origin, {}, "the file is empty");
  }
  check_encoding(text, origin);
  detail::MatrixBuilder builder(origin);
  detail::read_yaml(text, origin, builder);
  return builder.finish();
}

Matrix load_matrix_json(std::string_view text, const std::string& origin) {
  if (text.find_first_not_of(" \t\r\n") == text.npos) {
    throw DataError(origin, {}, "the file is empty");
  }
  check_encoding(text, origin);
  detail::MatrixBuilder builder(origin);
  detail::read_json(text, origin, builder);
  return builder.finish();
}

Matrix load_matrix_file(const std::string& path) {
  const std::string text = read_data_file(path);
  return path.ends_with(".json") ? load_matrix_json(text, path) : load_matrix_yaml(text, path);
}

}  // namespace raci
