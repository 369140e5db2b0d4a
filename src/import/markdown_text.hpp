#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"

// The inline pieces of Markdown that RACI documents use, for the importer.
namespace raci::detail {

// A table cell as written, and the column where it starts.
struct RawCell {
  std::string text;
  std::uint32_t column;
};

// Splits a table row on its unescaped pipes; the outer pipes are optional. Each cell's inline
// HTML goes through inline_html.
std::vector<RawCell> split_row(std::string_view line);

// Inline HTML as the Markdown it stands for: "<sup>2</sup>" is the footnote marker "(2)",
// "<br>" stays (strip_markup reads it as a space), a tag of presentation ("<b>", "</span>",
// "<a href=…>") goes and its text stays. Any other tag ("<script>") and a '<' that opens no
// tag are text.
std::string inline_html(std::string_view text);

// Whether the cells are a header separator (---, :--, --:, :-:).
bool is_separator(const std::vector<RawCell>& cells);

// Text without its markup: emphasis (**, __, *, _ but not inside a word), <br/> as a space,
// a link "[text](url)" as "text (url)", backslash escapes resolved, white space collapsed and
// trimmed.
std::string strip_markup(std::string_view text);

// Takes the footnote markers "(N)" out of a cell's raw Markdown (before strip_markup), with
// the spaces before them. A "(N)" is a marker only at the end of the text (after it: nothing
// but spaces, emphasis and other markers) or right before a closing emphasis, as the
// provider writes them ("**backbone network(1)**", "*(2)*"); "alert(1) here" and an escaped
// "\(1)" are text.
std::string take_footnote_markers(std::string_view text, std::vector<long long>& numbers);

// Words that stand for role letters, folded ("responsible" → "R", "dri" → "RA").
using RoleWords = std::map<std::string, std::string, std::less<>>;

// The usual words: R, A, C and I in English ("Responsible", "Accountable", "Consulted",
// "Informed"), "DRI" (R and A), and the words of the provider's legends in French, German,
// Spanish and Italian ("Réalise", "Approuve", "Genehmigt", "Ejecuta", "Consultato"...).
const RoleWords& usual_role_words();

// The usual words of an extra letter's meaning, folded, when the legend's name for `letter`
// is one of them: "Support" for S gives "support", "soutien", "unterstutzung"...; "Signatory"
// for S the words of signing off; "Verifier" for V those of verifying. Empty otherwise: no
// word is read as a letter the legend does not define.
std::vector<std::string> extra_role_words(char letter, std::string_view name);

// A line of a legend written as a list, its markup gone: "- **S** = Support: helps",
// "* (S) Support – helps", "- S: Support - helps", "- **S** (Support): helps".
struct LegendItem {
  char letter = 0;  // an uppercase letter
  std::string name;
  std::string description;
};
// nullopt when the line is no list item of that shape (a letter, a name, a description).
std::optional<LegendItem> read_legend_item(std::string_view line);

// Role letters from a cell ("__RA__", "**R A**", " ra ", "R/A", "A / R", "R, A", "R + A",
// "__C, I__", "Responsible", "DRI"), with any trailing marker ("*", "†") in `marker`: groups
// of letters or `words`, separated by spaces, ",", "/", "+", "&" or ";", in emphasis or not.
// Letters are those of `letters` (R, A, C, I and the legend's others). nullopt when the cell
// is something else or names a letter twice.
std::optional<std::string> parse_role_cell(std::string_view cell, std::string& marker,
                                           const RoleWords& words = usual_role_words(),
                                           RoleSet letters = RoleSet::core());

// A role cell with an explanation, split: "R (review, decide)" → "R" and "review, decide";
// "C,I - only for existing customers" → "C,I" and "only for existing customers" (also after
// " – ", " — " or ": "). nullopt when the cell has no such explanation.
std::optional<std::pair<std::string, std::string>> split_annotation(std::string_view cell);

// Whether a cell is a checkmark: x, X, ✓, ✔ (in emphasis or not).
bool is_checkmark(std::string_view cell);

// The text folded (case, accents) to lowercase ASCII letters and digits, everything else a
// space; letters with no decomposition are spelled out (œ → oe, æ → ae, ß → ss, ø → o).
std::string ascii_words(std::string_view text);

// A lowercase ASCII kebab-case slug of at most `words` words, without `stopwords` ones
// unless nothing else is left.
std::string slug(std::string_view text, std::size_t words, bool drop_stopwords);

}  // namespace raci::detail
