#include "raci/render/table.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <limits>

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

std::string paint_as_letter(const std::string& text, char letter, bool color) {
  if (!color) return text;
  // One colour per role, the same in every command.
  fmt::text_style style = fmt::emphasis::bold;
  // Letters besides R, A, C and I share one: a legend's extras are the matrix's own.
  const std::optional<Role> role = role_from_letter(letter);
  if (role == Role::responsible) {
    style |= fmt::fg(fmt::terminal_color::green);
  } else if (role == Role::accountable) {
    style |= fmt::fg(fmt::terminal_color::red);
  } else if (role == Role::consulted) {
    style |= fmt::fg(fmt::terminal_color::yellow);
  } else if (role == Role::informed || !role) {
    style |= fmt::fg(fmt::terminal_color::cyan);
  } else {
    style |= fmt::fg(fmt::terminal_color::magenta);
  }
  return fmt::format(style, "{}", text);
}

std::string paint_letters(const std::string& letters, bool color) {
  if (!color) return letters;
  std::string out;
  for (char letter : letters)
    out += paint_as_letter(std::string(1, letter), letter, true);
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

namespace {

// The widest run of characters between spaces: where wrapping may not cut.
std::size_t longest_word(std::string_view text) {
  std::size_t longest = 0;
  std::size_t offset = 0;
  while (offset < text.size()) {
    std::size_t end = text.find(' ', offset);
    if (end == std::string_view::npos) end = text.size();
    longest = std::max(longest, display_width(text.substr(offset, end - offset)));
    offset = end + 1;
  }
  return longest;
}

bool contains(const std::vector<std::size_t>& columns, std::size_t column) {
  return std::find(columns.begin(), columns.end(), column) != columns.end();
}

// Below this the main text is a sliver: droppable columns make way for it.
constexpr std::size_t comfortable_text_width = 50;

}  // namespace

TableWriter::TableWriter(std::vector<Cell> headers, std::vector<std::size_t> flexible,
                         std::vector<std::size_t> spillable, std::vector<std::size_t> droppable)
    : headers_(std::move(headers)),
      fit_{std::move(flexible), std::move(spillable), std::move(droppable)},
      natural_(headers_.size()),
      longest_word_(headers_.size()),
      widths_(headers_.size()),
      shown_(headers_.size(), true),
      spilled_(headers_.size(), false) {
  for (std::size_t c = 0; c < headers_.size(); ++c)
    natural_[c] = display_width(headers_[c].text);
}

void TableWriter::measure_heading() {
  grouped_ = true;
}

void TableWriter::measure_row(const std::vector<Cell>& cells) {
  const std::vector<Cell> clean = clean_cells(cells, headers_.size());
  for (std::size_t c = 0; c < clean.size(); ++c) {
    natural_[c] = std::max(natural_[c], display_width(clean[c].text));
    if (contains(fit_.flexible, c))
      longest_word_[c] = std::max(longest_word_[c], longest_word(clean[c].text));
  }
}

bool TableWriter::wraps(std::size_t column) const {
  return layout_.width > 0 && contains(fit_.flexible, column);
}

std::size_t TableWriter::fit(std::size_t width, std::size_t spilled, bool drop, bool tight) {
  const std::size_t columns = headers_.size();
  for (std::size_t c = 0; c < columns; ++c) {
    shown_[c] = !(drop && contains(fit_.droppable, c));
    spilled_[c] = false;
    widths_[c] = natural_[c];
  }
  for (std::size_t k = 0; k < spilled && k < fit_.spillable.size(); ++k)
    spilled_[fit_.spillable[k]] = shown_[fit_.spillable[k]];
  first_in_row_ = columns;
  for (std::size_t c = columns; c-- > 0;) {
    if (shown_[c] && !spilled_[c]) first_in_row_ = c;
  }
  // The row moves right under what spilled above it.
  bool above = false;
  for (std::size_t c = 0; c < first_in_row_; ++c)
    above = above || spilled_[c];
  indent_ = (grouped_ ? 2U : 0U) + (above ? 2U : 0U);
  std::size_t line = indent_;
  std::size_t in_row = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    if (!shown_[c] || spilled_[c]) continue;
    line += widths_[c] + (in_row > 0 ? gap : 0);
    ++in_row;
  }
  // The main text (the first flexible column) gives up width last.
  for (std::size_t i = 1; i <= fit_.flexible.size() && line > width; ++i) {
    const std::size_t k = i % fit_.flexible.size();
    const std::size_t c = fit_.flexible[k];
    if (!shown_[c] || spilled_[c]) continue;
    std::size_t floor = std::max(display_width(headers_[c].text), longest_word_[c]);
    if (!tight) floor = std::max(floor, k == 0 ? min_text_width : min_other_width);
    const std::size_t give = std::min(line - width, widths_[c] > floor ? widths_[c] - floor : 0);
    widths_[c] -= give;
    line -= give;
  }
  // Lines spilled below the row start where its main text does.
  below_at_ = indent_;
  const std::size_t text = fit_.flexible.empty() ? columns : fit_.flexible.front();
  for (std::size_t c = 0; c < columns && c < text; ++c) {
    if (shown_[c] && !spilled_[c]) below_at_ += widths_[c] + gap;
  }
  return line;
}

bool TableWriter::spills_above(std::size_t column) const {
  return spilled_[column] && column < first_in_row_;
}

void TableWriter::start(const Layout& layout, Sink sink) {
  layout_ = layout;
  sink_ = std::move(sink);
  if (layout.width == 0) {
    fit(std::numeric_limits<std::size_t>::max(), 0, false, false);
  } else {
    const std::size_t width = layout.width;
    bool drop = false;
    if (!fit_.droppable.empty()) {
      drop = fit(width, 0, false, false) > width;
      if (!fit_.flexible.empty()) {
        const std::size_t text = fit_.flexible.front();
        drop = drop || widths_[text] < std::min(natural_[text], comfortable_text_width);
      }
    }
    // Spill as few columns as it takes; past the last, narrow the text to its longest word.
    // A column after the text also spills below it rather than squeeze it.
    std::size_t spilled = 0;
    std::size_t line = fit(width, spilled, drop, false);
    auto squeezed = [&] {
      if (fit_.flexible.empty()) return false;
      const std::size_t text = fit_.flexible.front();
      return fit_.spillable[spilled] > text &&
             widths_[text] < std::min(natural_[text], comfortable_text_width);
    };
    while (spilled < fit_.spillable.size() && (line > width || squeezed()))
      line = fit(width, ++spilled, drop, false);
    if (line > width) fit(width, spilled, drop, true);
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
  if (!has_header || !layout.headers) return;
  const std::string base(grouped_ ? 2 : 0, ' ');
  for (std::size_t c : fit_.spillable) {
    if (spills_above(c) && !header_cells[c].empty()) sink_(base + header_paint[c] + '\n');
  }
  emit(header_cells, header_paint);
  for (std::size_t c : fit_.spillable) {
    if (spilled_[c] && !spills_above(c) && !header_cells[c].empty())
      sink_(std::string(below_at_, ' ') + header_paint[c] + '\n');
  }
}

void TableWriter::emit(const std::vector<std::string>& cells,
                       const std::vector<std::string>& painted) {
  const std::size_t columns = headers_.size();
  std::size_t last = columns;
  for (std::size_t c = 0; c < columns; ++c) {
    if (shown_[c] && !spilled_[c]) last = c;
  }
  std::string row(indent_, ' ');
  for (std::size_t c = 0; c < columns; ++c) {
    if (!shown_[c] || spilled_[c]) continue;
    const std::string padding =
        c == last ? ""
                  : std::string(widths_[c] - std::min(widths_[c], display_width(cells[c])), ' ');
    row += (painted[c].empty() ? cells[c] : painted[c]) + padding;
    if (c != last) row += std::string(gap, ' ');
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
  // Each spilled column on lines of its own, wrapped to the whole width when it may wrap.
  auto spill = [&](std::size_t c, std::size_t at) {
    const std::vector<std::string> lines =
        wraps(c) ? wrap_text(cells[c].text, layout_.width > at ? layout_.width - at : 1)
                 : std::vector<std::string>{cells[c].text};
    std::string out;
    for (const std::string& line : lines) {
      std::string painted;
      if (layout_.color && lines.size() == 1) painted = cells[c].painted;
      if (layout_.color && !cells[c].marked.empty())
        painted = paint_marked(line, cells[c].marked, true);
      out += std::string(at, ' ') + (painted.empty() ? line : painted) + '\n';
    }
    sink_(out);
  };
  for (std::size_t c : fit_.spillable) {
    if (spills_above(c) && !cells[c].text.empty()) spill(c, grouped_ ? 2 : 0);
  }
  std::vector<std::vector<std::string>> wrapped(columns);
  std::size_t height = 1;
  for (std::size_t c = 0; c < columns; ++c) {
    if (!shown_[c] || spilled_[c]) continue;
    wrapped[c] =
        wraps(c) ? wrap_text(cells[c].text, widths_[c]) : std::vector<std::string>{cells[c].text};
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
  for (std::size_t c : fit_.spillable) {
    if (spilled_[c] && !spills_above(c) && !cells[c].text.empty()) spill(c, below_at_);
  }
}

Table::Table(std::vector<Cell> headers, std::vector<std::size_t> flexible,
             std::vector<std::size_t> spillable, std::vector<std::size_t> droppable)
    : headers_(std::move(headers)),
      fit_{std::move(flexible), std::move(spillable), std::move(droppable)} {}

void Table::add_heading(std::string heading) {
  lines_.push_back({true, {Cell(std::move(heading))}});
}

void Table::add_row(std::vector<Cell> cells) {
  lines_.push_back({false, std::move(cells)});
}

void Table::write(const Layout& layout, const Sink& sink) const {
  TableWriter writer(headers_, fit_.flexible, fit_.spillable, fit_.droppable);
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
