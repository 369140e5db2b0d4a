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

// A key under which names that look alike collide: fold() (case, accents, compatibility
// forms such as full-width letters) after mapping Cyrillic and Greek letters that look like
// Latin ones to those (a reasoned subset of Unicode's confusables: С→C, о→o, Α→A, ν→v…),
// dropping hidden characters, and collapsing and trimming white space. "Client",
// "Сlient" (Cyrillic С) and " client " have the same skeleton. Latin-only look-alikes
// are left to case_skeleton(): with the case folded, I and l would make "IT" look like "LT".
std::string skeleton(std::string_view text);

// The same mapping with the case kept, plus the Latin look-alikes of Unicode's confusables
// (I, 1 and | as l; 0 as O; rn as m): "CIient" (capital I), "C1ient" and "Client" share it,
// "IT" and "LT" do not.
std::string case_skeleton(std::string_view text);

// Characters that change how text displays without showing themselves: bidirectional
// overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
// zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF) and the line and paragraph
// separators U+2028, U+2029.
bool is_hidden_character(char32_t codepoint);
// The bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) of Trojan Source.
bool is_bidi_control(char32_t codepoint);
// Zero-width characters: U+200B–U+200D, U+2060, U+FEFF.
bool is_zero_width(char32_t codepoint);

// What the loaders say about a character that makes a file display differently from what it
// holds, or "" for any other: a bidirectional control (Trojan Source), a lone carriage return
// (one not followed by a line feed hides what precedes it on a terminal).
std::string hidden_text_problem(char32_t codepoint, bool followed_by_line_feed);

// Whether escape_controls keeps line feeds and tabs (for HTML, where they are white space).
enum class LineBreaks { escape, keep };

// `text` with everything that would act on a terminal or hide itself written as a visible
// escape: control characters (C0, DEL) as \x1b, \n, \t, \r; C1 controls and hidden
// characters (is_hidden_character) as \u{0085}, \u{202e}; each byte of invalid UTF-8 as \x9b.
// This is the one rule every display format and every message follows.
std::string escape_controls(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);

// JSON text (valid UTF-8, as nlohmann writes it) with DEL, C1 controls and hidden characters,
// which JSON allows raw in strings, written as \u escapes instead: the same string, nothing
// raw. They cannot occur outside strings in valid JSON.
std::string escape_hidden_in_json(std::string json);

// The number of terminal columns `text` takes: 2 for wide (CJK) characters, 0 for combining
// marks, 1 for the rest (and for each byte of invalid UTF-8).
std::size_t display_width(std::string_view text);

// `text` broken into lines of at most `width` columns, at spaces where possible and never
// inside a UTF-8 sequence. Always at least one line.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);
// The same, broken at spaces only: a word wider than a line (an id, a command) keeps a line of
// its own, whole, so that it can still be copied. Colour sequences (ESC [ ... m) take no column.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

}  // namespace raci
