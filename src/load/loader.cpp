#include "raci/load/loader.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <memory>
#include <streambuf>

#include "load/checked_file.hpp"
#include "load/data_file.hpp"
#include "load/flow_depth.hpp"
#include "load/json_reader.hpp"
#include "load/schema_reader.hpp"
#include "load/yaml_reader.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

using detail::max_file_size;

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

}  // namespace

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
  // Lone carriage returns and bidirectional controls: E2 80 AA..AE, E2 81 A6..A9.
  for (std::size_t i = text.find_first_of("\r\xe2"); i != text.npos;
       i = text.find_first_of("\r\xe2", i + 1)) {
    char32_t codepoint = '\r';
    if (text[i] == '\xe2') {
      if (i + 2 >= text.size()) break;
      codepoint = 0x2000 + ((static_cast<char32_t>(text[i + 1]) & 0x3f) << 6) +
                  (static_cast<char32_t>(text[i + 2]) & 0x3f);
    }
    const std::string problem =
        hidden_text_problem(codepoint, i + 1 < text.size() && text[i + 1] == '\n');
    if (!problem.empty()) throw DataError(origin, location_at(text, i), problem);
  }
}

namespace {

void check_flow_depth(std::string_view text, const std::string& origin) {
  detail::FlowDepth depth;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && (i == 0 || text[i - 1] == '\n') && !depth.in_quotes_or_comment()) {
      throw DataError(origin, location_at(text, i), std::string(detail::directive_refused));
    }
    if (!depth.feed(text[i])) {
      throw DataError(origin, location_at(text, i), std::string(detail::too_deep));
    }
  }
}

// Lets yaml-cpp read text in place instead of from a copy.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Streams a YAML file through the checks, so that it is never held whole in memory.
Matrix load_yaml_file(const std::string& path) {
  detail::CheckedFileBuffer buffer(path, max_file_size);
  std::istream input(&buffer);
  detail::SchemaReader builder(path);
  try {
    detail::read_yaml(input, path, builder);
  } catch (const DataError& e) {
    // The stream ends at a bad byte; what the parser or the schema then says about the cut
    // is a consequence, but an error found before reaching it stands.
    if (buffer.error() && buffer.exhausted()) throw *buffer.error();
    throw;
  }
  if (buffer.error()) throw *buffer.error();
  if (!buffer.saw_content()) throw DataError(path, {}, "the file is empty");
  return builder.finish();
}

}  // namespace

std::string read_data_file(const std::string& path) {
  const bool standard_input = path == "-";
  const std::string origin = standard_input ? std::string(stdin_origin) : path;
  detail::FilePointer opened;
  if (!standard_input) opened = detail::open_data_file(path, max_file_size);
  std::FILE* file = standard_input ? stdin : opened.get();
  std::string text;
  // Grown by doubling, the string would take up to twice the file's size at its peak.
  struct stat info {};
  if (::fstat(::fileno(file), &info) == 0 && S_ISREG(info.st_mode)) {
    text.reserve(static_cast<std::size_t>(info.st_size));
  }
  char chunk[65536];
  std::size_t count = 0;
  while ((count = std::fread(chunk, 1, sizeof chunk, file)) > 0) {
    text.append(chunk, count);
    if (text.size() > max_file_size) {
      throw DataError(origin, {},
                      fmt::format("file is too large (the limit is {} MiB)", max_file_size >> 20));
    }
  }
  if (std::ferror(file)) {
    throw DataError(origin, {}, fmt::format("cannot read: {}", std::strerror(errno)));
  }
  return text;
}

Matrix load_matrix_yaml(std::string_view text, const std::string& origin) {
  if (is_blank(text)) {
    throw DataError(origin, {}, "the file is empty");
  }
  check_encoding(text, origin);
  check_flow_depth(text, origin);
  detail::SchemaReader builder(origin);
  MemoryBuffer buffer(text);
  std::istream input(&buffer);
  detail::read_yaml(input, origin, builder);
  return builder.finish();
}

Matrix load_matrix_json(std::string_view text, const std::string& origin) {
  if (is_blank(text)) {
    throw DataError(origin, {}, "the file is empty");
  }
  check_encoding(text, origin);
  detail::SchemaReader builder(origin);
  detail::read_json(text, origin, builder);
  return builder.finish();
}

Matrix load_matrix_file(const std::string& path) {
  if (path.ends_with(".json")) return load_matrix_json(read_data_file(path), path);
  if (path == "-") {
    // JSON when the first thing in it opens an object; YAML otherwise.
    const std::string text = read_data_file(path);
    std::string_view rest = text;
    if (rest.starts_with("\xef\xbb\xbf")) rest.remove_prefix(3);
    const std::size_t first = rest.find_first_not_of(" \t\r\n");
    if (first != rest.npos && rest[first] == '{') return load_matrix_json(text, stdin_origin);
    return load_matrix_yaml(text, stdin_origin);
  }
  return load_yaml_file(path);
}

}  // namespace raci
