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

// An aligned text table written row by row, for tables too large to hold: every row is first
// measured, in order, then start() fixes the column widths and writes the header, and the
// same rows are written again in the same order. Prints what Table prints.
class TableWriter {
 public:
  TableWriter(std::vector<Cell> headers, std::vector<std::size_t> flexible);

  // The first pass.
  void measure_heading();
  void measure_row(const std::vector<Cell>& cells);
  // The second pass.
  void start(const Layout& layout, Sink sink);
  void write_heading(std::string_view heading);
  void write_row(std::vector<Cell> cells);

 private:
  void emit(const std::vector<std::string>& cells, const std::vector<std::string>& painted);

  std::vector<Cell> headers_;
  std::vector<std::size_t> flexible_;
  std::vector<std::size_t> widths_;
  bool grouped_ = false;
  Layout layout_;
  Sink sink_;
};

// An aligned text table whose rows may be grouped under headings. Column widths follow the
// display width of the text, and the flexible columns wrap when the layout is narrower
// than the table. Control characters in cells are shown escaped.
class Table {
 public:
  // `flexible` lists the columns that may wrap, in the order they give up width. With all
  // headers empty, no header line is printed.
  Table(std::vector<Cell> headers, std::vector<std::size_t> flexible);

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
  std::vector<std::size_t> flexible_;
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

}  // namespace raci
