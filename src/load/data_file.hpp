#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

// The limits every data file is held to, whatever its syntax, and the one way to open one.
namespace raci::detail {

// Deeper than any valid data file (a section tree 16 levels deep needs about 40).
inline constexpr int max_nesting = 64;

// What the readers say when a file nests deeper.
inline constexpr std::string_view too_deep = "nesting too deep (more than 64 levels)";
static_assert(max_nesting == 64, "too_deep names the limit");

// Refuse anything larger rather than exhaust memory; a matrix of 100,000 activities is ~25 MB.
inline constexpr std::uintmax_t max_file_size = 256 * 1024 * 1024;

// What the readers say about a YAML directive (a '%' that starts a line outside quotes):
// %TAG would bring tags, which the data format refuses, and %YAML adds nothing.
inline constexpr std::string_view directive_refused =
    "YAML directives (%TAG, %YAML) are not supported";

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePointer = std::unique_ptr<std::FILE, FileCloser>;

// Opens `path` for reading, refusing what cannot be read, directories and files over
// `max_size` bytes. Throws DataError naming the file.
FilePointer open_data_file(const std::string& path, std::uintmax_t max_size);

}  // namespace raci::detail
