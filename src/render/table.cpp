#include "raci/render/table.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>

#include "raci/model/matrix.hpp"
#include "raci/util/unicode.hpp"

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

Table::Table(std::vector<Cell> headers, std::vector<std::size_t> flexible)
    : headers_(std::move(headers)), flexible_(flexible) {}

void Table::add_heading(std::string heading) {
  lines_.push_back({true, {Cell(escape_controls(heading))}});
}

void Table::add_row(std::vector<Cell> cells) {
  cells.resize(headers_.size());
  for (Cell& cell : cells) {
    const std::string escaped = escape_controls(cell.text);
    // A painted cell was built from clean text; escaping changes it, so drop the paint.
    if (escaped != cell.text) cell = Cell(escaped);
  }
  lines_.push_back({false, std::move(cells)});
}

std::string Table::render(const Layout& layout) const {
  const std::size_t columns = headers_.size();
  std::vector<std::size_t> widths(columns);
  for (std::size_t c = 0; c < columns; ++c)
    widths[c] = display_width(headers_[c].text);
  for (const Line& line : lines_) {
    if (line.heading) continue;
    for (std::size_t c = 0; c < columns; ++c) {
      widths[c] = std::max(widths[c], display_width(line.cells[c].text));
    }
  }
  // Rows under headings are indented by two columns.
  const bool grouped =
      std::any_of(lines_.begin(), lines_.end(), [](const Line& line) { return line.heading; });
  const std::string indent = grouped ? "  " : "";
  if (layout.width > 0) {
    std::size_t total = indent.size() + gap * (columns - 1);
    for (std::size_t w : widths)
      total += w;
    for (std::size_t k = 0; k < flexible_.size() && total > layout.width; ++k) {
      std::size_t& width = widths[flexible_[k]];
      const std::size_t floor = k == 0 ? min_text_width : min_other_width;
      const std::size_t give = std::min(total - layout.width, width > floor ? width - floor : 0);
      width -= give;
      total -= give;
    }
  }

  std::string out;
  auto emit = [&](const std::vector<std::string>& cells, const std::vector<std::string>& painted) {
    std::string row = indent;
    for (std::size_t c = 0; c < columns; ++c) {
      const bool last = c + 1 == columns;
      const std::string padding =
          last ? "" : std::string(widths[c] - std::min(widths[c], display_width(cells[c])), ' ');
      row += (painted[c].empty() ? cells[c] : painted[c]) + padding;
      if (!last) row += std::string(gap, ' ');
    }
    while (!row.empty() && row.back() == ' ')
      row.pop_back();
    out += row + '\n';
  };

  std::vector<std::string> header_cells;
  std::vector<std::string> header_paint;
  for (const Cell& header : headers_) {
    header_cells.push_back(header.text);
    header_paint.push_back(header.painted.empty() ? paint_bold(header.text, layout.color)
                                                  : (layout.color ? header.painted : ""));
  }
  const bool has_header =
      std::any_of(headers_.begin(), headers_.end(), [](const Cell& h) { return !h.text.empty(); });
  if (has_header) emit(header_cells, header_paint);

  for (const Line& line : lines_) {
    if (line.heading) {
      const std::vector<std::string> parts = layout.width > 0
                                                 ? wrap_text(line.cells[0].text, layout.width)
                                                 : std::vector<std::string>{line.cells[0].text};
      for (const std::string& part : parts)
        out += paint_bold(part, layout.color) + '\n';
      continue;
    }
    std::vector<std::vector<std::string>> wrapped(columns);
    std::size_t height = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      const bool wraps =
          layout.width > 0 && std::find(flexible_.begin(), flexible_.end(), c) != flexible_.end();
      wrapped[c] = wraps ? wrap_text(line.cells[c].text, widths[c])
                         : std::vector<std::string>{line.cells[c].text};
      height = std::max(height, wrapped[c].size());
    }
    for (std::size_t r = 0; r < height; ++r) {
      std::vector<std::string> cells(columns);
      std::vector<std::string> painted(columns);
      for (std::size_t c = 0; c < columns; ++c) {
        if (r < wrapped[c].size()) cells[c] = wrapped[c][r];
        if (r == 0 && wrapped[c].size() == 1 && layout.color) painted[c] = line.cells[c].painted;
      }
      emit(cells, painted);
    }
  }
  return out;
}

}  // namespace raci
