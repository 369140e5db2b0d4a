// Raw HTML tables read with Gumbo (src/import/html_table.cpp).
#include "import/html_table.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

// "line: cell@column | cell@column" per row.
std::vector<std::string> shown(const std::vector<raci::detail::HtmlRow>& rows) {
  std::vector<std::string> out;
  for (const raci::detail::HtmlRow& row : rows) {
    std::string line = std::to_string(row.line) + ":";
    for (const raci::detail::RawCell& cell : row.cells)
      line += " " + cell.text + "@" + std::to_string(cell.column) + " |";
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("HTML table: rows and cells with their lines and columns, text as Markdown holds it") {
  const std::string html =
      "<table>\n"
      "<tr><th>Activity</th><th>Client</th></tr>\n"
      "<tr><td>Sign<br/>it<sup>2</sup></td><td>\n<b>RA</b></td></tr>\n"
      "<tr><td>a*b_c [x] &lt;y&gt; \\ &amp;&nbsp;z</td><td><p>R</p><p>A</p></td></tr>\n"
      "</table>\n";
  CHECK(shown(raci::detail::read_html_table(html, 10)) ==
        std::vector<std::string>{
            "11: Activity@5 | Client@22 |",
            "12: Sign it (2)@5 | \nRA@37 |",
            "14: a\\*b\\_c \\[x] \\<y> \\\\ & z@5 |  R  A @48 |",
        });
}

TEST_CASE("HTML table: only the first table's rows, not those of a table nested in a cell") {
  const std::string html =
      "<table><tbody><tr><td>A</td><td><table><tr><td>inner</td></tr></table></td></tr>"
      "</tbody><tfoot><tr><td>last</td></tr></tfoot></table><table><tr><td>next</td></tr>"
      "</table>";
  const std::vector<raci::detail::HtmlRow> rows = raci::detail::read_html_table(html, 1);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells.size() == 2);
  CHECK(rows[0].cells[1].text == " inner ");
  CHECK(rows[1].cells[0].text == "last");
  CHECK(raci::detail::read_html_table("<p>no table</p>", 1).empty());
}
