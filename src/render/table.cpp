#include "raci/render/table.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>

#include "raci/model/matrix.hpp"
#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci {
namespace {

constexpr std::size_t gap = 2;
// The narrowest a flexible column gets: the first (the text) and the others (ids).
constexpr std::size_t min_text_width = 20;
constexpr std::size_t min_other_width = 10;

}  // namespace

std::string paint_bold(const std::string& text, bool color) {
  return color ? fmt::format(fmt::emphasis::bold, "{}", text) : text;
}

std::string paint_dim(const std::string& text, bool color) {
  return color ? fmt::format(fmt::emphasis::faint, "{}", text) : text;
}

std::string paint_marked(const std::string& text, const std::vector<std::string>& marked,
                         bool color) {
  if (!color || marked.empty()) return text;
  std::string out;
  std::size_t done = 0;
  for (const Word& word : split_words(text)) {
    if (std::find(marked.begin(), marked.end(), word.folded) == marked.end()) continue;
    out += text.substr(done, word.begin - done);
    out += fmt::format(fmt::emphasis::bold | fmt::emphasis::underline, "{}",
                       text.substr(word.begin, word.end - word.begin));
    done = word.end;
  }
  return out + text.substr(done);
}

std::string paint_letters(const std::string& letters, bool color) {
  if (!color) return letters;
  std::string out;
  for (char letter : letters) {
    // One colour per role, the same in every command.
    fmt::text_style style = fmt::emphasis::bold;
    switch (role_from_letter(letter).value_or(Role::informed)) {
      case Role::responsible:
        style |= fmt::fg(fmt::terminal_color::green);
        break;
      case Role::accountable:
        style |= fmt::fg(fmt::terminal_color::red);
        break;
      case Role::consulted:
        style |= fmt::fg(fmt::terminal_color::yellow);
        break;
      case Role::informed:
        style |= fmt::fg(fmt::terminal_color::cyan);
        break;
    }
    out += fmt::format(style, "{}", letter);
  }
  return out;
}

namespace {

// Cells as a table shows them: control characters escaped, the paint dropped where escaping
// changed the text (a painted cell was built from clean text).
std::vector<Cell> clean_cells(std::vector<Cell> cells, std::size_t columns) {
  cells.resize(columns);
  for (Cell& cell : cells) {
    const std::string escaped = escape_controls(cell.text);
    if (escaped != cell.text) {
      cell.text = escaped;
      cell.painted.clear();
    }
  }
  return cells;
}

}  // namespace

TableWriter::TableWriter(std::vector<Cell> headers, std::vector<std::size_t> flexible)
    : headers_(std::move(headers)), flexible_(std::move(flexible)), widths_(headers_.size()) {
  for (std::size_t c = 0; c < headers_.size(); ++c)
    widths_[c] = display_width(headers_[c].text);
}

void TableWriter::measure_heading() {
  grouped_ = true;
}

void TableWriter::measure_row(const std::vector<Cell>& cells) {
  const std::vector<Cell> clean = clean_cells(cells, headers_.size());
  for (std::size_t c = 0; c < clean.size(); ++c)
    widths_[c] = std::max(widths_[c], display_width(clean[c].text));
}

void TableWriter::start(const Layout& layout, Sink sink) {
  layout_ = layout;
  sink_ = std::move(sink);
  const std::size_t columns = headers_.size();
  // Rows under headings are indented by two columns.
  if (layout.width > 0) {
    std::size_t total = (grouped_ ? 2 : 0) + gap * (columns - 1);
    for (std::size_t w : widths_)
      total += w;
    for (std::size_t k = 0; k < flexible_.size() && total > layout.width; ++k) {
      std::size_t& width = widths_[flexible_[k]];
      const std::size_t floor = k == 0 ? min_text_width : min_other_width;
      const std::size_t give = std::min(total - layout.width, width > floor ? width - floor : 0);
      width -= give;
      total -= give;
    }
  }
  std::vector<std::string> header_cells;
  std::vector<std::string> header_paint;
  for (const Cell& header : headers_) {
    header_cells.push_back(header.text);
    header_paint.push_back(header.painted.empty() ? paint_bold(header.text, layout.color)
                                                  : (layout.color ? header.painted : ""));
  }
  const bool has_header =
      std::any_of(headers_.begin(), headers_.end(), [](const Cell& h) { return !h.text.empty(); });
  if (has_header && layout.headers) emit(header_cells, header_paint);
}

void TableWriter::emit(const std::vector<std::string>& cells,
                       const std::vector<std::string>& painted) {
  const std::size_t columns = headers_.size();
  std::string row = grouped_ ? "  " : "";
  for (std::size_t c = 0; c < columns; ++c) {
    const bool last = c + 1 == columns;
    const std::string padding =
        last ? "" : std::string(widths_[c] - std::min(widths_[c], display_width(cells[c])), ' ');
    row += (painted[c].empty() ? cells[c] : painted[c]) + padding;
    if (!last) row += std::string(gap, ' ');
  }
  while (!row.empty() && row.back() == ' ')
    row.pop_back();
  row += '\n';
  sink_(row);
}

void TableWriter::write_heading(std::string_view heading) {
  const std::string text = escape_controls(heading);
  const std::vector<std::string> parts =
      layout_.width > 0 ? wrap_text(text, layout_.width) : std::vector<std::string>{text};
  std::string out;
  for (const std::string& part : parts)
    out += paint_bold(part, layout_.color) + '\n';
  sink_(out);
}

void TableWriter::write_row(std::vector<Cell> cells) {
  const std::size_t columns = headers_.size();
  cells = clean_cells(std::move(cells), columns);
  std::vector<std::vector<std::string>> wrapped(columns);
  std::size_t height = 1;
  for (std::size_t c = 0; c < columns; ++c) {
    const bool wraps =
        layout_.width > 0 && std::find(flexible_.begin(), flexible_.end(), c) != flexible_.end();
    wrapped[c] =
        wraps ? wrap_text(cells[c].text, widths_[c]) : std::vector<std::string>{cells[c].text};
    height = std::max(height, wrapped[c].size());
  }
  for (std::size_t r = 0; r < height; ++r) {
    std::vector<std::string> texts(columns);
    std::vector<std::string> painted(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      if (r < wrapped[c].size()) texts[c] = wrapped[c][r];
      if (r == 0 && wrapped[c].size() == 1 && layout_.color) painted[c] = cells[c].painted;
      if (layout_.color && !cells[c].marked.empty() && r < wrapped[c].size())
        painted[c] = paint_marked(wrapped[c][r], cells[c].marked, true);
    }
    emit(texts, painted);
  }
}

Table::Table(std::vector<Cell> headers, std::vector<std::size_t> flexible)
    : headers_(std::move(headers)), flexible_(std::move(flexible)) {}

void Table::add_heading(std::string heading) {
  lines_.push_back({true, {Cell(std::move(heading))}});
}

void Table::add_row(std::vector<Cell> cells) {
  lines_.push_back({false, std::move(cells)});
}

void Table::write(const Layout& layout, const Sink& sink) const {
  TableWriter writer(headers_, flexible_);
  for (const Line& line : lines_) {
    if (line.heading) {
      writer.measure_heading();
    } else {
      writer.measure_row(line.cells);
    }
  }
  writer.start(layout, sink);
  for (const Line& line : lines_) {
    if (line.heading) {
      writer.write_heading(line.cells[0].text);
    } else {
      writer.write_row(line.cells);
    }
  }
}

std::string Table::render(const Layout& layout) const {
  std::string out;
  write(layout, append_to(out));
  return out;
}

}  // namespace raci
