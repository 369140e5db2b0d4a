#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "raci/analysis/search.hpp"
#include "raci/model/matrix.hpp"

namespace raci::detail {

// The built-in matrix as constant tables, which raci-embed generates from the data file after
// loading it with the real loader: no parsing at start-up, and bad data fails the build.
inline constexpr int no_phase = -1;

struct BuiltinParty {
  std::string_view id;
  std::string_view name;
  std::size_t first_alias;
  std::size_t alias_count;
};

struct BuiltinFootnote {
  int number;
  std::string_view text;
  Location location;
};

struct BuiltinSection {
  std::string_view id;
  std::string_view title;
  std::string_view description;
  int phase;  // the effective phase, or no_phase
  std::size_t parent;
  std::size_t depth;
  Location location;
};

struct BuiltinActivity {
  std::string_view id;
  std::string_view text;
  std::string_view note;
  std::size_t section;
  std::size_t first_citation;
  std::size_t citation_count;
  Location location;
};

// One translated text: which (MatrixBuilder::Text), of which part, in which language.
struct BuiltinTranslation {
  std::uint8_t text;
  std::size_t index;
  std::string_view language;
  std::string_view translation;
};

struct BuiltinSectionNote {
  std::size_t section;
  std::string_view text;
  Location location;
};

// A remark on one party's cell of an activity's row.
struct BuiltinCellNote {
  std::size_t activity;
  std::string_view party;  // its id
  std::string_view note;
};

struct BuiltinGlossaryEntry {
  std::string_view term;
  std::string_view language;
  std::size_t first_same;
  std::size_t same_count;
  Location location;
};

struct BuiltinMatrix {
  std::string_view id;    // the catalogue's name for it (--matrix)
  std::string_view file;  // the data file it comes from, e.g. data/cloud-temple-iaas.yaml
  std::string_view title;
  std::string_view provider;
  std::string_view source;
  std::string_view description;
  std::span<const std::string_view> legend;  // letter, name, description, in legend order
  std::span<const BuiltinParty> parties;
  std::span<const std::string_view> aliases;
  std::span<const BuiltinFootnote> footnotes;
  std::span<const BuiltinSection> sections;
  std::span<const BuiltinActivity> activities;
  std::span<const std::uint32_t> roles;  // per activity, per party: bit n for letter A + n
  std::span<const int> citations;
  std::span<const std::string_view> languages;  // empty: English alone
  std::span<const BuiltinTranslation> translations;
  std::span<const BuiltinGlossaryEntry> glossary;
  std::span<const std::string_view> glossary_same;
  // Per activity: the stems of its text, French text and id, joined by spaces (WordStems).
  std::span<const std::string_view> stems;
  std::span<const KnownWord> known_words;  // the glossary's words, sorted, with their stems
  std::span<const std::string_view> folded_glossary;  // each glossary phrase, folded
  std::span<const BuiltinSectionNote> section_notes;
  std::span<const BuiltinCellNote> cell_notes;
};

// The catalogue, the default matrix first: defined in the source file CMake generates from
// the list of built-in matrices, each defined in the file raci-embed generates for it.
extern const std::span<const BuiltinMatrix* const> builtin_catalogue;

// Turns the tables into a Matrix, through the MatrixBuilder; the activities' translations
// are read from `data` when first needed, so it must outlive the matrix (the catalogue's do).
Matrix assemble_builtin(const BuiltinMatrix& data, std::string origin);

}  // namespace raci::detail
