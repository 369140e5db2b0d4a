#include "raci/util/unicode.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

namespace raci {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t offset = 0;
  while (offset < text.size()) {
    // ASCII needs no decoding; this keeps validation of large files cheap.
    if (bytes[offset] < 0x80) {
      ++offset;
      continue;
    }
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(
        bytes + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &codepoint);
    if (length < 0) return offset;
    offset += static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

std::string fold(std::string_view text) {
  // Most text is ASCII, where folding is lowercasing; utf8proc costs ten times more.
  if (is_ascii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (length < 0) return std::string(text);  // not valid UTF-8: compare it as it is
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
}

bool is_bidi_control(char32_t c) {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool is_zero_width(char32_t c) {
  return (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff;
}

bool is_hidden_character(char32_t c) {
  return is_bidi_control(c) || is_zero_width(c) || c == 0x200e || c == 0x200f || c == 0x061c ||
         (c >= 0x2061 && c <= 0x2064) || c == 0x2028 || c == 0x2029;
}

namespace {

// The code point at `offset` and its length, or length 0 for invalid UTF-8.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t offset) {
  utf8proc_int32_t codepoint = 0;
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + offset),
                       static_cast<utf8proc_ssize_t>(text.size() - offset), &codepoint);
  if (length <= 0) return {0, 0};
  return {static_cast<char32_t>(codepoint), static_cast<std::size_t>(length)};
}

}  // namespace

std::string escape_controls(std::string_view text, LineBreaks line_breaks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      const auto [codepoint, length] = decode(text, i);
      if (length == 0) {
        out += fmt::format("\\x{:02x}", byte);
        ++i;
      } else if (codepoint <= 0x9f || is_hidden_character(codepoint)) {
        out += fmt::format("\\u{{{:04x}}}", static_cast<std::uint32_t>(codepoint));
        i += length;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    ++i;
    if (line_breaks == LineBreaks::keep && (byte == '\n' || byte == '\t')) {
      out += static_cast<char>(byte);
    } else if (byte == '\n') {
      out += "\\n";
    } else if (byte == '\t') {
      out += "\\t";
    } else if (byte == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += static_cast<char>(byte);
    }
  }
  return out;
}

std::string escape_hidden_in_json(std::string json) {
  const auto hostile = [](unsigned char b) { return b == 0x7f || b >= 0x80; };
  if (std::none_of(json.begin(), json.end(),
                   [&](char c) { return hostile(static_cast<unsigned char>(c)); }))
    return json;
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size();) {
    const auto byte = static_cast<unsigned char>(json[i]);
    if (byte == 0x7f) {
      out += "\\u007f";
      ++i;
      continue;
    }
    if (byte < 0x80) {
      out += json[i++];
      continue;
    }
    const auto [codepoint, length] = decode(json, i);
    if (length == 0) {  // not expected from nlohmann; never pass it on raw
      out += "\\ufffd";
      ++i;
    } else if (codepoint <= 0x9f || is_hidden_character(codepoint)) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(codepoint));
      i += length;
    } else {
      out.append(json, i, length);
      i += length;
    }
  }
  return out;
}

namespace {

// The length of the UTF-8 sequence at `offset` and its display width; invalid bytes count as
// one byte of width one.
std::pair<std::size_t, std::size_t> next_char(std::string_view text, std::size_t offset) {
  utf8proc_int32_t codepoint = 0;
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + offset),
                       static_cast<utf8proc_ssize_t>(text.size() - offset), &codepoint);
  if (length <= 0) return {1, 1};
  const int width = utf8proc_charwidth(codepoint);
  return {static_cast<std::size_t>(length), static_cast<std::size_t>(width < 0 ? 0 : width)};
}

}  // namespace

std::size_t display_width(std::string_view text) {
  if (is_ascii(text)) return text.size();  // printable or escaped by then: one column a byte
  std::size_t width = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    const auto [length, columns] = next_char(text, offset);
    offset += length;
    width += columns;
  }
  return width;
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
  width = std::max<std::size_t>(width, 1);
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::size_t offset = 0;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    lines.push_back(std::move(line));
    line.clear();
    line_width = 0;
  };
  while (offset < text.size()) {
    if (text[offset] == ' ') {
      if (!line.empty()) {
        line += ' ';
        ++line_width;
      }
      ++offset;
      continue;
    }
    std::size_t end = text.find(' ', offset);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(offset, end - offset);
    const std::size_t word_width = display_width(word);
    if (line_width + word_width <= width) {
      line += word;
      line_width += word_width;
      offset = end;
      continue;
    }
    if (line_width > 0 && word_width <= width) {
      flush();
      continue;
    }
    // A word longer than a line: cut it between characters.
    while (offset < end) {
      const auto [length, columns] = next_char(text, offset);
      if (line_width + columns > width && line_width > 0) flush();
      line.append(text.substr(offset, length));
      line_width += columns;
      offset += length;
    }
  }
  if (!line.empty() || lines.empty()) flush();
  return lines;
}

}  // namespace raci
