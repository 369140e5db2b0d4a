// The table format of `raci list` and `raci who`.
#include <fmt/format.h>

#include <set>

#include "raci/render/format.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

// Adds a heading each time the section changes from one activity to the next.
void add_heading_if_new(Table& table, const Matrix& matrix, const Activity& activity,
                        std::size_t& current) {
  if (activity.section == current) return;
  current = activity.section;
  table.add_heading(section_path_text(matrix, matrix.section_of(activity)));
}

std::string footnote_markers(const Activity& activity) {
  std::string out;
  for (int number : activity.footnotes)
    out += fmt::format(" [{}]", number);
  return out;
}

// "Client", "both", or the names joined by commas.
std::string holders(const Matrix& matrix, const Activity& activity, Role role) {
  std::vector<std::string> names;
  for (std::size_t p = 0; p < activity.roles.size(); ++p) {
    if (activity.roles[p].contains(role)) names.push_back(matrix.parties()[p].name);
  }
  if (names.size() == 2 && matrix.parties().size() == 2) return "both";
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

std::string list_table(const Matrix& matrix, const Selection& selection, const Layout& layout) {
  std::vector<Cell> headers{Cell("ID"), Cell("ACTIVITY")};
  for (const Party& party : matrix.parties())
    headers.emplace_back(party.name);
  Table table(std::move(headers), {1, 0});
  std::set<int> cited;
  std::size_t current = no_section;
  for (const Activity* activity : selection) {
    add_heading_if_new(table, matrix, *activity, current);
    std::vector<Cell> cells{Cell(activity->id), Cell(activity->text + footnote_markers(*activity))};
    for (const RoleSet roles : activity->roles) {
      cells.emplace_back(roles.letters(), paint_letters(roles.letters(), layout.color));
    }
    table.add_row(std::move(cells));
    cited.insert(activity->footnotes.begin(), activity->footnotes.end());
  }
  std::string out = table.render(layout);
  if (!cited.empty()) {
    out += '\n' + paint_bold("Footnotes", layout.color) + '\n';
    for (int number : cited) {
      const std::string marker = fmt::format("  [{}] ", number);
      const std::string text = escape_controls(matrix.find_footnote(number)->text);
      if (layout.width == 0) {
        out += marker + text + '\n';
        continue;
      }
      const std::size_t width =
          layout.width > marker.size() + 20 ? layout.width - marker.size() : 20;
      const std::vector<std::string> lines = wrap_text(text, width);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        out += (i == 0 ? marker : std::string(marker.size(), ' ')) + lines[i] + '\n';
      }
    }
  }
  return out;
}

std::string who_table(const Matrix& matrix, const Selection& selection, const Layout& layout) {
  std::vector<Cell> headers{Cell("ACTIVITY")};
  for (Role role : all_roles) {
    const std::string letter(1, role_letter(role));
    headers.emplace_back(letter, paint_letters(letter, layout.color));
  }
  Table table(std::move(headers), {0});
  std::size_t current = no_section;
  for (const Activity* activity : selection) {
    add_heading_if_new(table, matrix, *activity, current);
    std::vector<Cell> cells{Cell(activity->text)};
    for (Role role : all_roles)
      cells.emplace_back(holders(matrix, *activity, role));
    table.add_row(std::move(cells));
  }
  return table.render(layout);
}

}  // namespace raci
