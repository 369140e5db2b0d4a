#include "raci/render/diff_report.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "raci/render/format.hpp"
#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci {
namespace {

// Beyond this many words a side, a rewording is shown without marks (the LCS is quadratic).
constexpr std::size_t max_marked_words = 400;

std::string path_text(const Matrix& matrix, const Activity& activity) {
  return section_path_text(matrix, matrix.section_of(activity));
}

std::string path_text(const Matrix& matrix, const Section& section) {
  return section_path_text(matrix, section);
}

std::string letters_or_dash(const std::string& letters) {
  return letters.empty() ? "-" : letters;
}

std::string id_text(const ActivityChange& c) {
  return c.before->id == c.after->id ? c.after->id
                                     : fmt::format("{} (was {})", c.after->id, c.before->id);
}

std::string cited(const Matrix& matrix, const Activity& activity) {
  std::string out;
  for (int number : activity.footnotes) {
    out += out.empty() ? "" : "; ";
    out += fmt::format("({}) {}", number, matrix.find_footnote(number)->text);
  }
  return out.empty() ? "-" : out;
}

std::string roles_text(const Matrix& matrix, const Activity& activity) {
  std::string out;
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (activity.roles[p].empty()) continue;
    out += out.empty() ? "" : ", ";
    out += matrix.parties()[p].id + ": " + activity.roles[p].letters();
  }
  return out;
}

std::string optional_text(const std::optional<std::string>& text) {
  return text ? escape_controls(*text) : "-";
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string summary_line(const MatrixDiff& diff) {
  std::string out = fmt::format("{} added, {} removed, {} changed", diff.added.size(),
                                diff.removed.size(), diff.changed.size());
  if (!diff.renamed_sections.empty())
    out += ", " + plural(diff.renamed_sections.size(), "section renamed", "sections renamed");
  if (!diff.parties.empty())
    out += ", " + plural(diff.parties.size(), "party changed", "parties changed");
  if (!diff.legend.empty())
    out += ", " + plural(diff.legend.size(), "legend line changed", "legend lines changed");
  if (!diff.footnotes.empty())
    out += ", " + plural(diff.footnotes.size(), "footnote changed", "footnotes changed");
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : escape_controls(text)) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '~' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::pair<std::string, std::string> mark_changed_words(std::string_view old_text,
                                                       std::string_view new_text,
                                                       std::string_view old_mark,
                                                       std::string_view new_mark,
                                                       std::string_view end) {
  const std::vector<Word> a = split_words(old_text);
  const std::vector<Word> b = split_words(new_text);
  if (a.size() > max_marked_words || b.size() > max_marked_words)
    return {escape_controls(old_text), escape_controls(new_text)};
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  std::vector<std::vector<std::uint16_t>> lcs(a.size() + 1,
                                              std::vector<std::uint16_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i].folded == b[j].folded ? static_cast<std::uint16_t>(lcs[i + 1][j + 1] + 1)
                                             : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<bool> keep_a(a.size(), false);
  std::vector<bool> keep_b(b.size(), false);
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].folded == b[j].folded) {
      keep_a[i++] = true;
      keep_b[j++] = true;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  const auto paint = [&](std::string_view text, const std::vector<Word>& words,
                         const std::vector<bool>& keep, std::string_view mark) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (keep[k]) continue;
      out += escape_controls(text.substr(at, words[k].begin - at));
      out += mark;
      out += escape_controls(text.substr(words[k].begin, words[k].end - words[k].begin));
      out += end;
      at = words[k].end;
    }
    return out + escape_controls(text.substr(at));
  };
  return {paint(old_text, a, keep_a, old_mark), paint(new_text, b, keep_b, new_mark)};
}

namespace {

// `head` then `text` wrapped at spaces to the layout's width, its other lines under its first
// (a word wider than that, such as a long id, stays whole).
std::string hanging(std::string_view head, std::string_view text, const Layout& layout) {
  const std::size_t indent = display_width(head);
  std::string out(head);
  if (layout.width == 0 || indent + display_width(text) <= layout.width) {
    out += text;
    out += '\n';
    return out;
  }
  constexpr std::size_t narrowest = 20;
  const std::vector<std::string> lines =
      wrap_words(text, layout.width > indent + narrowest ? layout.width - indent : narrowest);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out.append(indent, ' ');
    out += lines[i];
    out += '\n';
  }
  return out;
}

// A text's old and new versions, each wrapped under its head ("  text: ", "     → ").
std::string old_and_new(std::string_view old_head, std::string_view old_text,
                        std::string_view new_head, std::string_view new_text,
                        const Layout& layout) {
  return hanging(old_head, old_text, layout) + hanging(new_head, new_text, layout);
}

}  // namespace

std::string diff_text(const Matrix& before, const Matrix& after, const MatrixDiff& diff,
                      const Layout& layout) {
  std::string out;
  for (const SectionRename& r : diff.renamed_sections) {
    out += r.before->id == r.after->id
               ? fmt::format("renamed  section {}\n", r.after->id)
               : fmt::format("renamed  section {} (was {})\n", r.after->id, r.before->id);
    out += old_and_new("  title: ", escape_controls(path_text(before, *r.before)), "      → ",
                       escape_controls(path_text(after, *r.after)), layout);
  }
  for (const Activity* a : diff.removed)
    out += hanging(fmt::format("removed  {}  ", a->id), escape_controls(a->text), layout);
  for (const Activity* a : diff.added)
    out += hanging(fmt::format("added    {}  ", a->id), escape_controls(a->text), layout);
  for (const ActivityChange& c : diff.changed) {
    out += fmt::format("changed  {}\n", id_text(c));
    if (c.reworded) {
      const auto [old_text, new_text] =
          layout.color ? mark_changed_words(c.before->text, c.after->text, "\x1b[9;31m",
                                            "\x1b[1;32m", "\x1b[0m")
                       : std::pair{escape_controls(c.before->text), escape_controls(c.after->text)};
      out += old_and_new("  text: ", old_text, "     → ", new_text, layout);
    }
    if (c.moved) {
      out += old_and_new("  section: ", escape_controls(path_text(before, *c.before)), "        → ",
                         escape_controls(path_text(after, *c.after)), layout);
    }
    for (const RoleChange& r : c.roles) {
      out += fmt::format("  {}: {} → {}\n", r.party, letters_or_dash(r.before),
                         letters_or_dash(r.after));
    }
    if (c.footnotes) {
      out += fmt::format("  footnotes: {}\n          → {}\n",
                         escape_controls(cited(before, *c.before)),
                         escape_controls(cited(after, *c.after)));
    }
  }
  for (const PartyChange& p : diff.parties)
    out += fmt::format("party    {}: {} → {}\n", p.id, optional_text(p.before),
                       optional_text(p.after));
  for (const LegendChange& l : diff.legend) {
    // A letter one legend lacks is "-" on that side, as a party or footnote one side lacks.
    out += old_and_new(fmt::format("legend   {}: ", role_letter(l.role)),
                       l.before.empty() ? "-" : escape_controls(l.before), "      → ",
                       l.after.empty() ? "-" : escape_controls(l.after), layout);
  }
  for (const FootnoteChange& f : diff.footnotes) {
    out += old_and_new(fmt::format("footnote ({}): ", f.number), optional_text(f.before),
                       "      → ", optional_text(f.after), layout);
  }
  return out + summary_line(diff) + "\n";
}

std::string diff_markdown(const Matrix& before, const Matrix& after, const MatrixDiff& diff) {
  std::string out = fmt::format("# Changes from {} to {}\n\n{}.\n", markdown_cell(before.origin()),
                                markdown_cell(after.origin()), summary_line(diff));
  if (!diff.renamed_sections.empty()) {
    out += "\n## Sections renamed\n\n| Old title | New title |\n|---|---|\n";
    for (const SectionRename& r : diff.renamed_sections) {
      out += fmt::format("| {} | {} |\n", markdown_cell(path_text(before, *r.before)),
                         markdown_cell(path_text(after, *r.after)));
    }
  }
  const auto activities = [&](std::string_view title, const Matrix& matrix,
                              const std::vector<const Activity*>& list) {
    if (list.empty()) return;
    out += fmt::format("\n## {}\n\n| Activity | Section | Roles |\n|---|---|---|\n", title);
    for (const Activity* a : list) {
      out +=
          fmt::format("| {} (`{}`) | {} | {} |\n", markdown_cell(a->text), a->id,
                      markdown_cell(path_text(matrix, *a)), markdown_cell(roles_text(matrix, *a)));
    }
  };
  activities("Added", after, diff.added);
  activities("Removed", before, diff.removed);
  if (!diff.changed.empty()) {
    out += "\n## Changed\n\n| Activity | What changed |\n|---|---|\n";
    for (const ActivityChange& c : diff.changed) {
      std::vector<std::string> what;
      if (c.reworded) {
        what.push_back(fmt::format("reworded: ~~{}~~ → {}", markdown_cell(c.before->text),
                                   markdown_cell(c.after->text)));
      }
      if (c.moved) {
        what.push_back(fmt::format("moved: {} → {}", markdown_cell(path_text(before, *c.before)),
                                   markdown_cell(path_text(after, *c.after))));
      }
      for (const RoleChange& r : c.roles) {
        what.push_back(fmt::format("**{}: {} → {}**", r.party, letters_or_dash(r.before),
                                   letters_or_dash(r.after)));
      }
      if (c.footnotes) {
        what.push_back(fmt::format("footnotes: {} → {}", markdown_cell(cited(before, *c.before)),
                                   markdown_cell(cited(after, *c.after))));
      }
      if (what.empty()) what.push_back(fmt::format("id: `{}` → `{}`", c.before->id, c.after->id));
      std::string joined;
      for (const std::string& w : what)
        joined += (joined.empty() ? "" : "<br>") + w;
      out += fmt::format("| {} (`{}`) | {} |\n", markdown_cell(c.after->text), c.after->id, joined);
    }
  }
  if (!diff.parties.empty() || !diff.legend.empty() || !diff.footnotes.empty()) {
    out += "\n## Parties, legend and footnotes\n\n";
    for (const PartyChange& p : diff.parties) {
      out += fmt::format("- party `{}`: {} → {}\n", p.id, markdown_cell(optional_text(p.before)),
                         markdown_cell(optional_text(p.after)));
    }
    for (const LegendChange& l : diff.legend) {
      out += fmt::format("- legend {}: {} → {}\n", role_letter(l.role),
                         l.before.empty() ? "-" : markdown_cell(l.before),
                         l.after.empty() ? "-" : markdown_cell(l.after));
    }
    for (const FootnoteChange& f : diff.footnotes) {
      out += fmt::format("- footnote ({}): {} → {}\n", f.number,
                         markdown_cell(optional_text(f.before)),
                         markdown_cell(optional_text(f.after)));
    }
  }
  return out;
}

std::string diff_stat_text(const MatrixDiff& diff) {
  std::string out;
  for (const auto& [name, count] : count_changes(diff))
    out += fmt::format("{:<18} {:>6}\n", name, count);
  return out;
}

namespace {

struct DutyGroup {
  std::string_view title;
  const std::vector<DutyChange>* list;
};

std::vector<DutyGroup> duty_groups(const PartyDuties& duties) {
  return {{"New duties", &duties.new_duties},
          {"Duties gone", &duties.duties_gone},
          {"Changed duties", &duties.changed_duties}};
}

std::string duty_kind(const DutyChange& d) {
  if (d.before == nullptr) return "added";
  if (d.after == nullptr) return "removed";
  if (d.old_letters.empty()) return "gained";
  if (d.new_letters.empty()) return "lost";
  return "changed";
}

std::string heading(const Matrix& before, const Matrix& after, const PartyDuties& duties,
                    std::optional<Role> role) {
  std::string name = duties.party;
  for (const Matrix* m : {&after, &before}) {
    if (const auto p = m->find_party(duties.party)) {
      name = m->parties()[*p].name;
      break;
    }
  }
  std::string out = fmt::format("Changes in the duties of {} ({})", name, duties.party);
  if (role) out += fmt::format(", role {}", role_letter(*role));
  return out;
}

std::string duty_counts(const PartyDuties& duties) {
  return fmt::format("{} new, {} gone, {} changed", duties.new_duties.size(),
                     duties.duties_gone.size(), duties.changed_duties.size());
}

}  // namespace

std::string party_duties_text(const Matrix& before, const Matrix& after, const PartyDuties& duties,
                              std::optional<Role> role) {
  std::string out = escape_controls(heading(before, after, duties, role)) + "\n";
  for (const DutyGroup& group : duty_groups(duties)) {
    if (group.list->empty()) continue;
    out += fmt::format("\n{}\n", group.title);
    for (const DutyChange& d : *group.list) {
      const Activity& shown = d.after ? *d.after : *d.before;
      out += fmt::format("  {:<8} {}  {}  {} → {}\n", duty_kind(d), shown.id,
                         escape_controls(shown.text), letters_or_dash(d.old_letters),
                         letters_or_dash(d.new_letters));
    }
  }
  return out + "\n" + duty_counts(duties) + "\n";
}

std::string party_duties_markdown(const Matrix& before, const Matrix& after,
                                  const PartyDuties& duties, std::optional<Role> role) {
  std::string out = fmt::format(
      "# {}\n\n{}: {}.\n", markdown_cell(heading(before, after, duties, role)),
      fmt::format("From {} to {}", markdown_cell(before.origin()), markdown_cell(after.origin())),
      duty_counts(duties));
  for (const DutyGroup& group : duty_groups(duties)) {
    if (group.list->empty()) continue;
    out += fmt::format(
        "\n## {}\n\n| Activity | Section | Change | Old | New |\n|---|---|---|---|---|\n",
        group.title);
    for (const DutyChange& d : *group.list) {
      const Activity& shown = d.after ? *d.after : *d.before;
      const Matrix& matrix = d.after ? after : before;
      out += fmt::format("| {} (`{}`) | {} | {} | {} | {} |\n", markdown_cell(shown.text), shown.id,
                         markdown_cell(path_text(matrix, shown)), duty_kind(d),
                         letters_or_dash(d.old_letters), letters_or_dash(d.new_letters));
    }
  }
  return out;
}

std::string explanation_text(const Matrix& before, const Matrix& after,
                             const PairingExplanation& e) {
  const Matrix& own = e.in_before ? before : after;
  const Matrix& other = e.in_before ? after : before;
  std::string out = fmt::format("{} ({} matrix): {}\n  section: {}\n", e.activity->id,
                                e.in_before ? "old" : "new", escape_controls(e.activity->text),
                                escape_controls(path_text(own, *e.activity)));
  if (e.partner) {
    out += fmt::format("  paired with {} by {}\n", e.partner->id, paired_by_name(*e.paired_by));
  } else {
    out += fmt::format("  not paired: {}\n", e.in_before ? "removed" : "added");
  }
  out += fmt::format("candidates in the {} matrix, most similar first:\n",
                     e.in_before ? "new" : "old");
  if (e.candidates.empty()) out += "  none shares a word\n";
  for (const PairingCandidate& c : e.candidates) {
    std::string notes;
    if (c.same_roles) notes += ", same roles";
    notes += c.same_section ? ", corresponding section" : ", other section";
    out += fmt::format("{} {:.2f}  {}  {}\n    {}{}\n", c.chosen ? "*" : " ", c.similarity,
                       c.activity->id, escape_controls(c.activity->text),
                       escape_controls(path_text(other, *c.activity)), notes);
  }
  out += fmt::format(
      "(pairs need a similarity of at least {:.2f} where the documents correspond, {:.2f} "
      "across sections; texts found once on each side and similar ones with the same id pair "
      "first)\n",
      diff_align_threshold, diff_moved_threshold);
  return out;
}

}  // namespace raci
