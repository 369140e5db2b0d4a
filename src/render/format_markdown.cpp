// The Markdown and checklist formats.
#include <fmt/format.h>

#include <cctype>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "raci/render/format.hpp"
#include "raci/render/json_writer.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

// Text in a Markdown table cell, heading or footnote, written so that the importer reads
// back exactly this text: no raw control characters; backslashes, pipes, emphasis marks and
// '<' (of <br>) escaped; a "(N)" that would read as a footnote marker escaped as "\(N)".
std::string cell(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == '|' || c == '*' || c == '_' || c == '<') {
      out += '\\';
    } else if (c == '(' && i + 2 < text.size() &&
               std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      out += '\\';
    }
    out += c;
  }
  // Last, so that the backslashes of its escapes (\x1b) stay single.
  return escape_controls(out);
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
  return fmt::format("---\ntitle: {}\n---\n\n",
                     dump_json(Json(matrix.title()), JsonLayout::compact));
}

// Passes text on but holds back the newlines at its end, so that the document ends with
// exactly one newline however many blank lines its last part leaves.
class TrimmedEnd {
 public:
  explicit TrimmedEnd(const Sink& sink) : sink_(sink) {}

  void write(std::string_view text) {
    const std::size_t end = text.find_last_not_of('\n');
    if (end == std::string_view::npos) {
      newlines_ += text.size();
      return;
    }
    if (newlines_ > 0) sink_(std::string(newlines_, '\n'));
    sink_(text.substr(0, end + 1));
    newlines_ = text.size() - end - 1;
  }

  void finish() {
    if (newlines_ > 0) sink_("\n");
    newlines_ = 0;
  }

 private:
  const Sink& sink_;
  std::size_t newlines_ = 0;
};

}  // namespace

namespace {

// The activities as Markdown tables under their section headings: each row the text with
// its footnote markers, then the cells `columns` writes for it (" x |" each, under
// `headers`); in a whole document, each section's notes after its rows. Returns the footnotes the
// rows cite.
std::set<int> write_markdown_rows(
    TrimmedEnd& trimmed, const Matrix& matrix, const Selection& selection,
    MarkdownDocument document, const std::vector<std::string>& headers,
    const std::function<void(std::string&, const Activity&)>& columns) {
  SectionHeadings headings(matrix);
  std::set<int> cited;
  std::string header = "| Activity |";
  std::string rule = "|---|";
  for (const std::string& name : headers) {
    header += fmt::format(" {} |", name);
    rule += "---|";
  }
  std::string out;
  std::size_t section = no_section;
  // A whole document's section notes follow the section's rows, its subsections' included,
  // as in the document imported: the notes of every section left for `next`, innermost first.
  const auto notes = [&](std::string& text, std::size_t next) {
    if (document != MarkdownDocument::whole) return;
    for (std::size_t s = section; s != no_section; s = matrix.sections()[s].parent) {
      std::size_t inside = next;
      while (inside != no_section && inside != s)
        inside = matrix.sections()[inside].parent;
      if (inside == s) break;  // `next` is still under it
      for (std::size_t n : matrix.sections()[s].notes) {
        text += '\n';
        text += cell(matrix.section_notes()[n].text);
        text += '\n';
      }
    }
  };
  for (const Activity* activity : selection) {
    out.clear();
    if (activity->section != section) notes(out, activity->section);
    section = activity->section;
    if (headings.open(out, *activity)) out += header + '\n' + rule + '\n';
    out += "| " + cell(activity->text);
    for (int number : activity->footnotes)
      out += fmt::format(" ({})", number);
    out += " |";
    columns(out, *activity);
    out += '\n';
    trimmed.write(out);
    cited.insert(activity->footnotes.begin(), activity->footnotes.end());
  }
  out.clear();
  notes(out, no_section);
  trimmed.write(out);
  return cited;
}

// The footnotes, one paragraph each, after a blank line.
void write_markdown_footnotes(TrimmedEnd& trimmed, const Matrix& matrix,
                              const std::set<int>& numbers) {
  if (!numbers.empty()) trimmed.write("\n");
  for (int number : numbers) {
    trimmed.write(fmt::format("*({}) {}*\n\n", number, cell(matrix.find_footnote(number)->text)));
  }
}

}  // namespace

void write_activities_markdown(const Sink& sink, const Matrix& matrix, const Selection& selection,
                               MarkdownDocument document, const ActivityOwners* owners) {
  TrimmedEnd trimmed(sink);
  std::string out = document == MarkdownDocument::part ? std::string() : front_matter(matrix);
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
  trimmed.write(out);
  std::vector<std::string> parties;
  for (const Party& party : matrix.parties())
    parties.push_back(cell(party.name));
  std::set<int> cited = write_markdown_rows(
      trimmed, matrix, selection, document, parties, [&](std::string& row, const Activity& a) {
        for (std::size_t p = 0; p < a.roles.size(); ++p) {
          const std::string letters = a.roles[p].letters();
          if (letters.empty()) {
            row += "  |";
            continue;
          }
          const std::string owned = letters_with_owners(a, p, owners).substr(letters.size());
          row += fmt::format(" **{}**{} |", letters, cell(owned));
        }
      });
  if (whole) {
    cited.clear();
    for (const Footnote& footnote : matrix.footnotes())
      cited.insert(footnote.number);
  }
  write_markdown_footnotes(trimmed, matrix, cited);
  trimmed.finish();
}

std::string activities_markdown(const Matrix& matrix, const Selection& selection,
                                MarkdownDocument document) {
  std::string out;
  write_activities_markdown(append_to(out), matrix, selection, document);
  return out;
}

void write_who_markdown(const Sink& sink, const Matrix& matrix, const Selection& selection,
                        MarkdownDocument document) {
  TrimmedEnd trimmed(sink);
  if (document != MarkdownDocument::part) trimmed.write(front_matter(matrix));
  std::vector<std::string> letters;
  for (const RoleInfo& info : matrix.legend())
    letters.emplace_back(1, role_letter(info.role));
  const std::set<int> cited =
      write_markdown_rows(trimmed, matrix, selection, MarkdownDocument::selection, letters,
                          [&](std::string& row, const Activity& a) {
                            for (const RoleInfo& info : matrix.legend()) {
                              const Role role = info.role;
                              std::string names;
                              for (std::size_t p = 0; p < a.roles.size(); ++p) {
                                if (!a.roles[p].contains(role)) continue;
                                if (!names.empty()) names += ", ";
                                names += cell(matrix.parties()[p].name);
                              }
                              row += names.empty() ? std::string("  |") : " " + names + " |";
                            }
                          });
  write_markdown_footnotes(trimmed, matrix, cited);
  trimmed.finish();
}

std::string who_markdown(const Matrix& matrix, const Selection& selection) {
  std::string out;
  write_who_markdown(append_to(out), matrix, selection);
  return out;
}

void write_activities_checklist(const Sink& sink, const Matrix& matrix, const Selection& selection,
                                const std::vector<std::size_t>& parties,
                                const ActivityOwners* owners) {
  sink(fmt::format("# {}\n\n", escape_controls(matrix.title())));
  std::vector<std::size_t> shown = parties;
  if (shown.empty()) {
    for (std::size_t p = 0; p < matrix.parties().size(); ++p)
      shown.push_back(p);
  }
  SectionHeadings headings(matrix);
  std::string out;
  for (const Activity* activity : selection) {
    out.clear();
    headings.open(out, *activity);
    // One party's letters alone, "(RA)"; several parties' with their names.
    std::string letters;
    for (std::size_t p : shown) {
      const std::string held = activity->roles[p].letters();
      if (held.empty()) continue;
      if (!letters.empty()) letters += ", ";
      letters += shown.size() == 1 ? held : escape_controls(matrix.parties()[p].name) + " " + held;
    }
    // With owners, who carries it, and ticked when they are done.
    std::string summary;
    bool done = false;
    if (owners) {
      const std::vector<LetterOwner> owned = owners->letters(*activity);
      summary = owners_summary(owned);
      done = owners_done(owned);
    }
    out += fmt::format("- [{}] {}{}{}\n", done ? 'x' : ' ', escape_controls(activity->text),
                       letters.empty() ? std::string() : fmt::format(" ({})", letters),
                       summary.empty() ? std::string() : " — " + summary);
    for (int number : activity->footnotes) {
      out += fmt::format("  - Footnote {}: {}\n", number,
                         escape_controls(matrix.find_footnote(number)->text));
    }
    sink(out);
  }
}

std::string activities_checklist(const Matrix& matrix, const Selection& selection,
                                 const std::vector<std::size_t>& parties) {
  std::string out;
  write_activities_checklist(append_to(out), matrix, selection, parties);
  return out;
}

}  // namespace raci
