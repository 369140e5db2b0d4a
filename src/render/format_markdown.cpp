// The Markdown and checklist formats.
#include <fmt/format.h>

#include <set>

#include "raci/render/format.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

// Text in a Markdown table cell: no raw control characters, no unescaped pipe.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : escape_controls(text)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// Prints the headings of `section` and of its ancestors that were not printed yet.
void add_headings(std::string& out, const Matrix& matrix, const Section& section,
                  std::vector<bool>& printed) {
  for (const Section* s : matrix.section_path(section)) {
    const auto index = static_cast<std::size_t>(s - matrix.sections().data());
    if (printed[index]) continue;
    printed[index] = true;
    // Top-level sections are "##" under the document's title, as in the provider's document.
    const std::size_t level = std::min<std::size_t>(s->depth + 2, 6);
    out += fmt::format("{} {}\n\n", std::string(level, '#'), escape_controls(s->title));
    if (!s->description.empty()) out += escape_controls(s->description) + "\n\n";
  }
}

// Opens a new section's headings each time the section changes from one activity to the
// next, with a blank line before all but the first.
class SectionHeadings {
 public:
  explicit SectionHeadings(const Matrix& matrix)
      : matrix_(matrix), printed_(matrix.sections().size(), false) {}

  // Whether `activity` starts a new section (whose headings are then in `out`).
  bool open(std::string& out, const Activity& activity) {
    if (activity.section == current_) return false;
    if (current_ != no_section) out += '\n';
    current_ = activity.section;
    add_headings(out, matrix_, matrix_.section_of(activity), printed_);
    return true;
  }

 private:
  const Matrix& matrix_;
  std::vector<bool> printed_;
  std::size_t current_ = no_section;
};

std::string front_matter(const Matrix& matrix) {
  // A JSON string is a valid YAML scalar, whatever the title holds.
  return fmt::format("---\ntitle: {}\n---\n\n", nlohmann::json(matrix.title()).dump());
}

}  // namespace

std::string activities_markdown(const Matrix& matrix, const Selection& selection,
                                MarkdownDocument document) {
  std::string out = front_matter(matrix);
  const bool whole = document == MarkdownDocument::whole;
  if (whole) {
    if (!matrix.description().empty()) out += cell(matrix.description()) + "\n\n";
    out += "## Roles\n\n| Role | Description |\n|---|---|\n";
    for (const RoleInfo& info : matrix.legend()) {
      out += fmt::format("| ({}) {} | {} |\n", role_letter(info.role), cell(info.name),
                         cell(info.description));
    }
    out += '\n';
  }
  SectionHeadings headings(matrix);
  std::set<int> cited;
  std::string header = "| Activity |";
  std::string rule = "|---|";
  for (const Party& party : matrix.parties()) {
    header += fmt::format(" {} |", cell(party.name));
    rule += "---|";
  }
  for (const Activity* activity : selection) {
    if (headings.open(out, *activity)) out += header + '\n' + rule + '\n';
    std::string row = "| " + cell(activity->text);
    for (int number : activity->footnotes)
      row += fmt::format(" ({})", number);
    row += " |";
    for (const RoleSet roles : activity->roles) {
      row += roles.empty() ? std::string("  |") : fmt::format(" **{}** |", roles.letters());
    }
    out += row + '\n';
    cited.insert(activity->footnotes.begin(), activity->footnotes.end());
  }
  if (whole) {
    cited.clear();
    for (const Footnote& footnote : matrix.footnotes())
      cited.insert(footnote.number);
  }
  if (!cited.empty()) out += '\n';
  for (int number : cited) {
    out += fmt::format("*({}) {}*\n\n", number, cell(matrix.find_footnote(number)->text));
  }
  while (out.size() > 1 && out.ends_with("\n\n"))
    out.pop_back();
  return out;
}

std::string activities_checklist(const Matrix& matrix, const Selection& selection) {
  std::string out = fmt::format("# {}\n\n", escape_controls(matrix.title()));
  SectionHeadings headings(matrix);
  for (const Activity* activity : selection) {
    headings.open(out, *activity);
    out += fmt::format("- [ ] {}\n", escape_controls(activity->text));
  }
  return out;
}

}  // namespace raci
