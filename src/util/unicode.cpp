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

namespace {

// Cyrillic and Greek letters drawn like a Latin letter in common fonts, sorted.
constexpr std::pair<char32_t, char> latin_look_alikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039a, 'K'}, {0x039c, 'M'}, {0x039d, 'N'}, {0x039f, 'O'}, {0x03a1, 'P'}, {0x03a4, 'T'},
    {0x03a5, 'Y'}, {0x03a7, 'X'}, {0x03b1, 'a'}, {0x03b3, 'y'}, {0x03b9, 'i'}, {0x03ba, 'k'},
    {0x03bd, 'v'}, {0x03bf, 'o'}, {0x03c1, 'p'}, {0x03c5, 'u'}, {0x03c7, 'x'}, {0x0405, 'S'},
    {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x0417, '3'},
    {0x041a, 'K'}, {0x041c, 'M'}, {0x041d, 'H'}, {0x041e, 'O'}, {0x0420, 'P'}, {0x0421, 'C'},
    {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'}, {0x0430, 'a'}, {0x0432, 'b'}, {0x0435, 'e'},
    {0x043a, 'k'}, {0x043c, 'm'}, {0x043d, 'h'}, {0x043e, 'o'}, {0x0440, 'p'}, {0x0441, 'c'},
    {0x0442, 't'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'},
    {0x0461, 'w'}, {0x0491, 'r'}, {0x04ae, 'Y'}, {0x04bb, 'h'}, {0x04c0, 'I'}, {0x04cf, 'l'},
    {0x0501, 'd'}, {0x050c, 'G'}, {0x051a, 'Q'}, {0x051b, 'q'}, {0x051c, 'W'}, {0x051d, 'w'},
};

}  // namespace

namespace {

// The look-alike mapping shared by both skeletons: Cyrillic and Greek letters to Latin ones,
// hidden characters dropped, white space collapsed and trimmed.
std::string map_look_alikes(std::string_view text) {
  std::string mapped;
  mapped.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
    if (length <= 0) return std::string(text);  // not valid UTF-8: compare it as it is
    const std::string_view bytes = text.substr(i, static_cast<std::size_t>(length));
    i += static_cast<std::size_t>(length);
    const auto c = static_cast<char32_t>(codepoint);
    if (is_hidden_character(c)) continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
        utf8proc_category(codepoint) == UTF8PROC_CATEGORY_ZS) {
      space = true;
      continue;
    }
    if (space && !mapped.empty()) mapped += ' ';
    space = false;
    const auto* found = std::lower_bound(
        std::begin(latin_look_alikes), std::end(latin_look_alikes), c,
        [](const std::pair<char32_t, char>& entry, char32_t key) { return entry.first < key; });
    if (found != std::end(latin_look_alikes) && found->first == c) {
      mapped += found->second;
    } else {
      mapped.append(bytes);
    }
  }
  return mapped;
}

}  // namespace

std::string skeleton(std::string_view text) {
  return fold(map_look_alikes(text));
}

std::string case_skeleton(std::string_view text) {
  std::string mapped = map_look_alikes(text);
  if (!is_ascii(mapped)) {
    // Compatibility forms and accents as fold() does, but the case kept.
    utf8proc_uint8_t* folded = nullptr;
    const auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(mapped.data()),
                     static_cast<utf8proc_ssize_t>(mapped.size()), &folded, options);
    if (length >= 0) {
      std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
      mapped.assign(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
    }
  }
  // Latin look-alikes, as Unicode's confusables list them: I, 1 and | read as l, 0 as O,
  // rn as m.
  std::string out;
  out.reserve(mapped.size());
  for (std::size_t i = 0; i < mapped.size(); ++i) {
    const char c = mapped[i];
    if (c == 'I' || c == '1' || c == '|') {
      out += 'l';
    } else if (c == '0') {
      out += 'O';
    } else if (c == 'r' && i + 1 < mapped.size() && mapped[i + 1] == 'n') {
      out += 'm';
      ++i;
    } else {
      out += c;
    }
  }
  return out;
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

std::string hidden_text_problem(char32_t codepoint, bool followed_by_line_feed) {
  if (codepoint == '\r' && !followed_by_line_feed) {
    return "carriage return without a line feed (on a terminal it hides what comes before it "
           "on the line)";
  }
  if (is_bidi_control(codepoint)) {
    return fmt::format(
        "bidirectional control character U+{:04X} (it can make text display in another "
        "order than it is read)",
        static_cast<std::uint32_t>(codepoint));
  }
  return "";
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
    // Printable ASCII, most of any text, is copied a run at a time.
    std::size_t plain = i;
    while (plain < text.size() && static_cast<unsigned char>(text[plain]) >= 0x20 &&
           static_cast<unsigned char>(text[plain]) < 0x7f)
      ++plain;
    out.append(text.substr(i, plain - i));
    i = plain;
    if (i == text.size()) break;
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
    } else {
      out += fmt::format("\\x{:02x}", byte);  // any other control character
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

namespace {

std::size_t width_without_colour(std::string_view text) {
  std::size_t width = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t escape = text.find("\x1b[", at);
    const std::size_t end = escape == std::string_view::npos ? text.size() : escape;
    width += display_width(text.substr(at, end - at));
    if (escape == std::string_view::npos) break;
    const std::size_t m = text.find('m', escape);
    at = m == std::string_view::npos ? text.size() : m + 1;
  }
  return width;
}

}  // namespace

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::size_t offset = 0;
  while (offset < text.size()) {
    if (text[offset] == ' ') {
      ++offset;
      continue;
    }
    std::size_t end = text.find(' ', offset);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(offset, end - offset);
    const std::size_t word_width = width_without_colour(word);
    if (line_width > 0 && line_width + 1 + word_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
    offset = end;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace raci
