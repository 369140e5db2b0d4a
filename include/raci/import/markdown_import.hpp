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

struct ImportResult {
  Matrix matrix;                              // built through the MatrixBuilder
  std::vector<ImportDiagnostic> diagnostics;  // in line order
};

// Reads a RACI document written as Markdown tables, like a provider's, into the data format:
// headings become sections, the columns after the activity become the parties, footnote
// markers and paragraphs become footnotes, a Role | Description table becomes the legend.
// `fallback_title` names the matrix when the document does not (front matter `title:` or a
// lone level-1 heading). The matrix always builds; what could not be read is in the diagnostics.
// Throws DataError (without a file name) when the document has no RACI table at all.
ImportResult import_markdown(std::string_view markdown, const std::string& fallback_title);

}  // namespace raci
