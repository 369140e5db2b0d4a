// The table format of `raci list` and `raci who`.
#include <fmt/format.h>

#include <set>

#include "raci/render/format.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

// Measures every row, then writes them: `cells` gives an activity's row, and a heading (its
// section's titles) comes before each change of section. A short table's rows are made once
// and kept; a long one's are made again, so that memory stays that of one row.
template <typename Cells>
void write_grouped_table(TableWriter& table, const Sink& sink, const Matrix& matrix,
                         const Selection& selection, const Layout& layout, Cells cells) {
  constexpr std::size_t kept_rows = 1024;
  const bool keep = selection.size() <= kept_rows;
  std::vector<std::vector<Cell>> rows;
  if (keep) rows.reserve(selection.size());
  std::size_t current = no_section;
  for (const Activity* activity : selection) {
    if (activity->section != current) {
      current = activity->section;
      table.measure_heading();
    }
    if (keep) {
      rows.push_back(cells(*activity));
      table.measure_row(rows.back());
    } else {
      table.measure_row(cells(*activity));
    }
  }
  table.start(layout, sink);
  current = no_section;
  for (std::size_t i = 0; i < selection.size(); ++i) {
    const Activity& activity = *selection[i];
    if (activity.section != current) {
      current = activity.section;
      table.write_heading(section_path_text(matrix, matrix.section_of(activity)));
    }
    table.write_row(keep ? std::move(rows[i]) : cells(activity));
  }
}

std::string footnote_markers(const Activity& activity) {
  std::string out;
  for (int number : activity.footnotes)
    out += fmt::format(" [{}]", number);
  return out;
}

// "Client", "both", or the names joined by commas; the owners' party named with the owner
// of the letter: "Client (Network operations)".
std::string holders(const Matrix& matrix, const Activity& activity, Role role,
                    const std::vector<LetterOwner>& owned, std::size_t owners_party) {
  std::vector<std::string> names;
  bool with_owner = false;
  for (std::size_t p = 0; p < activity.roles.size(); ++p) {
    if (!activity.roles[p].contains(role)) continue;
    names.push_back(matrix.parties()[p].name);
    if (p != owners_party) continue;
    for (const LetterOwner& letter : owned) {
      if (letter.role == role && letter.owner) {
        names.back() += " (" + letter.owner->name + ")";
        with_owner = true;
      }
    }
  }
  if (names.size() == 2 && matrix.parties().size() == 2 && !with_owner) return "both";
  return fmt::format("{}", fmt::join(names, ", "));
}

// After a table: the footnotes its activities cite, each once, in number order.
void write_cited_footnotes(const Sink& sink, const Matrix& matrix, const Selection& selection,
                           const Layout& layout) {
  std::set<int> cited;
  for (const Activity* activity : selection)
    cited.insert(activity->footnotes.begin(), activity->footnotes.end());
  if (cited.empty()) return;
  std::string out = '\n' + paint_bold("Footnotes", layout.color) + '\n';
  for (int number : cited) {
    const std::string marker = fmt::format("  [{}] ", number);
    const std::string text = escape_controls(matrix.find_footnote(number)->text);
    if (layout.width == 0) {
      out += marker + text + '\n';
      continue;
    }
    const std::size_t width = layout.width > marker.size() + 20 ? layout.width - marker.size() : 20;
    const std::vector<std::string> lines = wrap_text(text, width);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += (i == 0 ? marker : std::string(marker.size(), ' ')) + lines[i] + '\n';
    }
  }
  sink(out);
}

}  // namespace

std::string letters_with_owners(const Activity& activity, std::size_t party,
                                const ActivityOwners* owners) {
  std::string letters = activity.roles[party].letters();
  if (!owners || owners->party != party || letters.empty()) return letters;
  const std::string summary = owners_summary(owners->letters(activity));
  return summary.empty() ? letters : letters + " (" + summary + ")";
}

void write_list_table(const Sink& sink, const Matrix& matrix, const Selection& selection,
                      const Layout& layout, const MarkedWords& marked,
                      const ActivityOwners* owners) {
  std::vector<Cell> headers{Cell("ID"), Cell("ACTIVITY")};
  for (const Party& party : matrix.parties())
    headers.emplace_back(party.name);
  // An id is never cut: on a narrow terminal it goes on a line of its own.
  TableWriter table(std::move(headers), {1}, {0});
  write_grouped_table(table, sink, matrix, selection, layout, [&](const Activity& activity) {
    std::vector<Cell> cells{Cell(activity.id), Cell(activity.text + footnote_markers(activity))};
    if (marked && layout.color) cells[1].marked = marked(activity);
    for (std::size_t p = 0; p < activity.roles.size(); ++p) {
      const std::string letters = activity.roles[p].letters();
      const std::string text = letters_with_owners(activity, p, owners);
      cells.emplace_back(text, paint_letters(letters, layout.color) + text.substr(letters.size()));
    }
    return cells;
  });
  write_cited_footnotes(sink, matrix, selection, layout);
}

std::string list_table(const Matrix& matrix, const Selection& selection, const Layout& layout) {
  std::string out;
  write_list_table(append_to(out), matrix, selection, layout);
  return out;
}

void write_who_table(const Sink& sink, const Matrix& matrix, const Selection& selection,
                     const Layout& layout, const MarkedWords& marked, IdColumn ids,
                     const ActivityOwners* owners) {
  const bool with_ids = ids == IdColumn::always || layout.width > 0;
  std::vector<Cell> headers;
  if (with_ids) headers.emplace_back("ID");
  headers.emplace_back("ACTIVITY");
  const std::size_t text = with_ids ? 1 : 0;
  // A column per letter of the legend: R, A, C, I, then the matrix's own.
  for (const RoleInfo& info : matrix.legend()) {
    const std::string letter(1, role_letter(info.role));
    headers.emplace_back(letter, paint_letters(letter, layout.color));
  }
  // Party names are never cut: when the roles leave the text too little room, the text (and
  // an id asked for) go on lines of their own. An id not asked for makes way instead.
  std::vector<std::size_t> spillable{0};  // the text, without ids
  std::vector<std::size_t> droppable;
  if (with_ids && ids == IdColumn::always) spillable = {0, 1};
  if (with_ids && ids == IdColumn::when_wide) {
    spillable = {1};
    droppable = {0};
  }
  TableWriter table(std::move(headers), {text}, std::move(spillable), std::move(droppable));
  write_grouped_table(table, sink, matrix, selection, layout, [&](const Activity& activity) {
    std::vector<Cell> cells;
    if (with_ids) cells.emplace_back(activity.id);
    cells.emplace_back(activity.text + footnote_markers(activity));
    if (marked && layout.color) cells[text].marked = marked(activity);
    const std::vector<LetterOwner> owned =
        owners ? owners->letters(activity) : std::vector<LetterOwner>{};
    for (const RoleInfo& info : matrix.legend()) {
      const Role role = info.role;
      const std::string names =
          holders(matrix, activity, role, owned, owners ? owners->party : no_section);
      cells.emplace_back(names, paint_as_letter(names, role_letter(role), layout.color));
    }
    return cells;
  });
  write_cited_footnotes(sink, matrix, selection, layout);
}

std::string who_table(const Matrix& matrix, const Selection& selection, const Layout& layout) {
  std::string out;
  write_who_table(append_to(out), matrix, selection, layout);
  return out;
}

}  // namespace raci
