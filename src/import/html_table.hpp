#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "import/markdown_text.hpp"

// Raw HTML tables in a Markdown document, read with Gumbo, a real HTML5 parser.
namespace raci::detail {

// One <tr>: its line in the document and its <th>/<td> cells.
struct HtmlRow {
  std::uint32_t line;
  std::vector<RawCell> cells;
};

// The rows of the first <table> of `html`, whose first line is line `first_line` of the
// document, without those of tables nested in its cells. A cell's text is written as Markdown
// would hold it, so that the importer's rules for cells apply unchanged: characters Markdown
// reads as markup are escaped, <br> is a space, <sup>2</sup> the footnote marker "(2)", and
// white space (no-break spaces included) collapses.
std::vector<HtmlRow> read_html_table(std::string_view html, std::uint32_t first_line);

// The most tags a table may hold: Gumbo frees its tree recursively, so the depth of what it
// parses must stay bounded, and a tag count bounds it.
inline constexpr std::size_t max_html_tags = 20000;

}  // namespace raci::detail
