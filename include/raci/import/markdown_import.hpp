#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/util/error.hpp"

namespace raci {

// Something in the Markdown that was not imported, or not as written.
struct ImportDiagnostic {
  Location location;    // the line (column 1 when the whole line is meant)
  std::string message;  // e.g. "row has 4 cells, expected 3: not imported"
};

// How one table of the document was read (raci import --explain).
struct ImportedTable {
  enum class Kind { raci, legend, skipped };
  Location location;  // its header row
  Kind kind = Kind::skipped;
  std::string reason;                // why it was skipped
  std::string activity_column;       // the first column's header
  std::vector<std::string> parties;  // the other columns' headers
  std::size_t rows = 0;              // rows imported (a legend: rows read)
  std::size_t rows_skipped = 0;      // rows not imported, each with its diagnostic
  std::vector<std::string> groups;   // rows without roles, read as sections
  // Distinct role cells as written and what they were read as ("__C, I__" → "CI"), at most
  // 16 per table.
  std::vector<std::pair<std::string, std::string>> readings;
};

// A footnote number the document defines more than once: each definition after the first
// became another footnote, numbered after the document's highest.
struct RenumberedFootnote {
  int number = 0;      // its number in the matrix
  int written = 0;     // its number in the document
  int definition = 0;  // which definition of `written` it is: 2 for the second
};

struct ImportResult {
  Matrix matrix;                               // built through the MatrixBuilder
  std::vector<ImportDiagnostic> diagnostics;   // in line order
  std::vector<ImportedTable> tables;           // in document order
  std::vector<RenumberedFootnote> renumbered;  // in document order
  // Roles whose legend is raci's English one in a document of a language raci knows no
  // legend in: not the document's words, nor in its language.
  std::vector<Role> foreign_legend;
};

// How the importer reads what is not role letters.
struct ImportOptions {
  Role mark_role = Role::responsible;  // a checkmark (x, ✓) or the column's own party name
  // The document's language (BCP 47): a document without a legend gets raci's legend in it
  // (en, fr, de, es, it), else the English one.
  std::string language = "en";
  // The matrix's `provider` and `source` when the document's front matter gives none.
  std::string provider;
  std::string source;
};

// Reads a RACI document written as Markdown tables, like a provider's, into the data format:
// headings become sections, the columns after the activity become the parties, footnote
// markers and paragraphs become footnotes, a Role | Description table becomes the legend.
// A table is a RACI table by its shape: most cells outside its first column are role cells
// (letters, words for them, checkmarks); any other table is skipped with a diagnostic.
// `fallback_title` names the matrix when the document does not (front matter `title:` or a
// lone level-1 heading). The matrix always builds; what could not be read is in the diagnostics.
// Throws DataError (without a file name) when the document has no RACI table at all.
ImportResult import_markdown(std::string_view markdown, const std::string& fallback_title,
                             const ImportOptions& options = {});

}  // namespace raci
