#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "raci/model/matrix.hpp"

namespace raci {

// One human text of a matrix: where it is and what it says in the original language.
struct TextPlace {
  std::string kind;   // "matrix", "section", "activity", "footnote", "role", "party"
  std::string id;     // the section's or activity's id, footnote number, role letter, party id
  std::string field;  // "title", "description", "text", "name"
  std::string text;   // the original's text
  // For people: "title", "section backup: title", "activity run-backups", "footnote 2",
  // "role R: name", "party client: name".
  std::string place() const;
};

// One language's texts without a translation into it, in document order (matrix, legend,
// parties, sections each followed by its activities, footnotes).
struct LanguageGaps {
  std::string language;
  std::vector<TextPlace> missing;
};

struct TranslationGaps {
  std::size_t texts = 0;  // the original's human texts; blank ones (no description) do not count
  std::vector<LanguageGaps> languages;  // every language but the original, in matrix order
};

// Every human text of the original (matrix.original()) without a translation, per language.
TranslationGaps missing_translations(const Matrix& matrix);

}  // namespace raci
