#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "raci/render/sink.hpp"

namespace raci {

// How text output is laid out: colour or not, the width to wrap to (0: never wrap), and
// whether tables print their header line (--no-headers).
struct Layout {
  bool color = false;
  std::size_t width = 0;
  bool headers = true;
};

// One cell: its text, and the same text with ANSI colours for when colour is on.
struct Cell {
  std::string text;
  std::string painted;  // empty: print `text` as it is
  // Words (folded) to highlight wherever they are in the text, wrapped or not, when colour
  // is on: what a search matched.
  std::vector<std::string> marked;

  Cell() = default;
  Cell(std::string plain) : text(std::move(plain)) {}  // NOLINT: cells read as strings
  Cell(std::string plain, std::string colored)
      : text(std::move(plain)), painted(std::move(colored)) {}
};

// How a table narrower than its text gives up width, column by column (the constructors'
// lists of column indexes). `flexible` columns
// wrap at word boundaries: the first, the main text, gives up width last and keeps
// at least 20 columns, the others give up width first, in order, down to 10 (and none gets
// narrower than its longest word or its header). When that is not enough, the `spillable` columns,
// in order, leave the row for lines of their own: above it when they came before it (the rest of
// the row indented by two more), else below it, under the main text; a column after the main text
// spills also when the text would otherwise get narrower than 50 columns (or its natural width).
// `droppable` columns are left out when keeping them would wrap the first flexible column narrower
// than 50 columns (or its natural width).
struct TableFit {
  std::vector<std::size_t> flexible;
  std::vector<std::size_t> spillable;
  std::vector<std::size_t> droppable;
};

// An aligned text table written row by row, for tables too large to hold: every row is first
// measured, in order, then start() fixes the column widths and writes the header, and the
// same rows are written again in the same order. Prints what Table prints.
class TableWriter {
 public:
  TableWriter(std::vector<Cell> headers, std::vector<std::size_t> flexible,
              std::vector<std::size_t> spillable = {}, std::vector<std::size_t> droppable = {});

  // The first pass.
  void measure_heading();
  void measure_row(const std::vector<Cell>& cells);
  // The second pass.
  void start(const Layout& layout, Sink sink);
  void write_heading(std::string_view heading);
  void write_row(std::vector<Cell> cells);

 private:
  void emit(const std::vector<std::string>& cells, const std::vector<std::string>& painted);
  // The line width with the first `spilled` spillable columns spilled and the droppable ones
  // dropped or not, each flexible column narrowed to its floor (`tight`: its longest word).
  std::size_t fit(std::size_t width, std::size_t spilled, bool drop, bool tight);
  bool wraps(std::size_t column) const;
  bool spills_above(std::size_t column) const;

  std::vector<Cell> headers_;
  TableFit fit_;
  std::vector<std::size_t> natural_;  // the widest cell of each column
  std::vector<std::size_t> longest_word_;
  std::vector<std::size_t> widths_;
  std::vector<bool> shown_;    // false: dropped
  std::vector<bool> spilled_;  // on a line of its own
  std::size_t indent_ = 0;     // of the row's columns, past a heading
  std::size_t first_in_row_ = 0;
  std::size_t below_at_ = 0;  // where lines spilled below a row start
  bool grouped_ = false;
  Layout layout_;
  Sink sink_;
};

// An aligned text table whose rows may be grouped under headings. Column widths follow the
// display width of the text, and the flexible columns wrap when the layout is narrower
// than the table. Control characters in cells are shown escaped.
class Table {
 public:
  // The column lists are TableFit's. With all headers empty, no header line is printed.
  Table(std::vector<Cell> headers, std::vector<std::size_t> flexible,
        std::vector<std::size_t> spillable = {}, std::vector<std::size_t> droppable = {});

  void add_heading(std::string heading);
  void add_row(std::vector<Cell> cells);
  bool empty() const { return lines_.empty(); }

  std::string render(const Layout& layout) const;
  void write(const Layout& layout, const Sink& sink) const;

 private:
  struct Line {
    bool heading = false;
    std::vector<Cell> cells;  // a heading has one
  };
  std::vector<Cell> headers_;
  TableFit fit_;
  std::vector<Line> lines_;
};

// ANSI styles used across the text formats; each returns `text` unchanged when colour is off.
std::string paint_bold(const std::string& text, bool color);
std::string paint_dim(const std::string& text, bool color);
// Role letters ("RA"), each in its role's colour (R green, A red, C yellow, I cyan).
// `text` with the words whose folded form is in `marked` in bold and underlined.
std::string paint_marked(const std::string& text, const std::vector<std::string>& marked,
                         bool color);
std::string paint_letters(const std::string& letters, bool color);
// `text` (say, the parties holding a role) in the colour of `letter`'s role.
std::string paint_as_letter(const std::string& text, char letter, bool color);

}  // namespace raci
