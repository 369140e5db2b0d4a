#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace raci {

// The byte offset of the first invalid UTF-8 sequence in `text`, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Case- and accent-insensitive form of valid UTF-8 text, for comparisons and searches:
// "Sécurité" and "SECURITE" fold to the same string.
std::string fold(std::string_view text);

// `text` with every control character (C0, DEL, C1) written as a visible escape such as
// \x1b or \n, so that data never reaches a terminal raw.
std::string escape_controls(std::string_view text);

// The number of terminal columns `text` takes: 2 for wide (CJK) characters, 0 for combining
// marks, 1 for the rest (and for each byte of invalid UTF-8).
std::size_t display_width(std::string_view text);

// `text` broken into lines of at most `width` columns, at spaces where possible and never
// inside a UTF-8 sequence. Always at least one line.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

}  // namespace raci
