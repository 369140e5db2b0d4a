// raci who, raci list and raci show: the commands that print activities.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "raci/analysis/query.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/render/columns.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci::cli {

void add_filter_options(CLI::App& command, FilterOptions& options, const std::string& keyword) {
  // Each option may be repeated, meaning any of its values (OR); one value per use, so that
  // `raci who -p client backup` still reads "backup" as who's TEXT.
  command
      .add_option("--party,-p", options.spec.party,
                  "Only activities where this party (id, name or alias) holds a role; repeat "
                  "for any of several")
      ->type_name("PARTY")
      ->check(not_empty())
      ->allow_extra_args(false);
  command
      .add_option("--role,-r", options.spec.roles,
                  "Only activities where the party (or, without --party, some party) holds all "
                  "these letters, e.g. RA; R,A or a repeated --role: any of them")
      ->type_name("LETTERS")
      ->delimiter(',')
      ->allow_extra_args(false);
  command.add_flag("--only", options.spec.only,
                   "With --party: no other party than those named holds any role");
  command
      .add_option("--section,-s", options.spec.section,
                  "Only this section (id or part of a title) and its subsections; repeat for "
                  "any of several")
      ->type_name("SECTION")
      ->allow_extra_args(false);
  command
      .add_option(keyword, options.spec.keyword,
                  "Only activities with every word (any form: backups, backup), \"quoted "
                  "phrase\" or glossary term, in their text, French text or id; case and "
                  "accents are ignored (see 'raci glossary'); repeat for any of several")
      ->type_name("WORDS")
      ->allow_extra_args(false);
  command
      .add_option("--phase", options.spec.phase,
                  "Only this lifecycle phase; repeat for any of several")
      ->type_name("PHASE")
      ->transform(CLI::IsMember({"onboarding", "run", "exit"}, CLI::ignore_case))
      ->allow_extra_args(false);
  command
      .add_option("--footnote", options.spec.footnote,
                  "Only activities citing this footnote; repeat for any of several")
      ->type_name("FOOTNOTE")
      ->check(footnote_number())
      ->allow_extra_args(false);
  command
      .add_option("--owner", options.owners.owner,
                  "Only the duties of this owner of the owners file (needs --owners)")
      ->type_name("OWNER")
      ->check(not_empty());
  command.add_flag("--unowned", options.owners.unowned,
                   "Only activities where a duty (R or A) of the owners file's party has no "
                   "owner (needs --owners)");
  command
      .add_option("--status", options.status,
                  "Only duties with this status in the owners file (needs --owners)")
      ->type_name("STATUS")
      ->transform(CLI::IsMember({"todo", "in-progress", "done"}, CLI::ignore_case));
  command
      .add_option("--due-before", options.owners.due_before,
                  "Only duties due before this day, YYYY-MM-DD (needs --owners)")
      ->type_name("DATE");
}

Matching select_matching(Context& context, const FilterOptions& options) {
  FilterSpec spec = options.spec;
  // A checklist is a to-do list: what a party carries out or answers for, unless --role says.
  if (context.format == Format::checklist && spec.roles.empty()) spec.roles = {"R", "A"};
  // who's TEXT must match as well as any --activity: it joins each of them.
  if (!options.words.empty()) {
    if (spec.keyword.empty()) spec.keyword.emplace_back();
    for (std::string& keyword : spec.keyword) {
      for (const std::string& word : options.words)
        keyword += " " + word;
    }
  }
  const Matrix& matrix = context.matrix();
  if (!spec.roles.empty()) spec.roles_defined = context.selected_roles();
  bool words = false;
  for (const std::string& keyword : spec.keyword)
    words = words || !split_words(keyword).empty();
  const Filter filter(matrix, spec, words ? context.word_stems() : nullptr);
  OwnersFilterSpec owners_spec = options.owners;
  if (!options.status.empty()) owners_spec.status = status_from_name(options.status);
  if (!owners_spec.given()) return {select(matrix, filter), filter.searches(), filter.parties()};
  const Owners* owners = context.given_owners();
  if (!owners) {
    const char* option = !owners_spec.owner.empty() ? "--owner"
                         : owners_spec.unowned      ? "--unowned"
                         : owners_spec.status       ? "--status"
                                                    : "--due-before";
    throw UsageError(
        fmt::format("{} needs an owners file (give --owners FILE or set RACI_OWNERS)", option));
  }
  const OwnersFilter owned(*owners, owners_spec);
  Selection selection;
  for (const Activity* activity : select(matrix, filter)) {
    if (owned.matches(static_cast<std::size_t>(activity - matrix.activities().data())))
      selection.push_back(activity);
  }
  return {std::move(selection), filter.searches(), filter.parties()};
}

namespace {

std::string keyword_text(const FilterOptions& options) {
  std::string text;
  for (const std::string& keyword : options.spec.keyword) {
    if (!text.empty()) text += "' or '";
    text += keyword;
  }
  for (const std::string& word : options.words)
    text += (text.empty() ? "" : " ") + word;
  return text;
}

// For a person at a terminal, on standard error: the nearest words of the matrix when
// nothing matched, and the sections the keyword names (sections are not searched by it).
void explain_search(Context& context, const FilterOptions& options, const Matching& matching,
                    std::string_view command) {
  if (matching.searches.empty() || !stderr_is_terminal()) return;
  const Matrix& matrix = context.matrix();
  std::string hints;
  if (matching.selection.empty()) {
    const std::vector<std::string> words = vocabulary(matrix);
    std::vector<std::string> nearest;
    for (const std::shared_ptr<const Search>& search : matching.searches) {
      for (const std::string& word : search->words()) {
        if (std::ranges::find(words, word) != words.end()) continue;
        for (std::string& close : closest_matches(word, words)) {
          if (std::ranges::find(nearest, close) == nearest.end())
            nearest.push_back(std::move(close));
        }
      }
    }
    hints += fmt::format(
        "raci: no activity matches '{}'{}\n", escape_controls(keyword_text(options)),
        nearest.empty() ? "" : fmt::format(" (did you mean: {}?)", fmt::join(nearest, ", ")));
  }
  const std::vector<Section>& sections = matrix.sections();
  std::vector<std::size_t> counts(sections.size(), 0);
  for (const Activity& activity : matrix.activities()) {
    for (std::size_t s = activity.section; s != no_section; s = sections[s].parent)
      ++counts[s];
  }
  for (std::size_t s = 0; s < sections.size(); ++s) {
    bool named = false;
    for (const std::shared_ptr<const Search>& search : matching.searches)
      named = named || search->matches_title(sections[s].title);
    if (!named) continue;
    hints += fmt::format("also: section '{}' ({} activit{}): raci {} --section {}\n",
                         escape_controls(sections[s].title), counts[s],
                         counts[s] == 1 ? "y" : "ies", command, sections[s].id);
  }
  // Each hint wrapped at spaces to the terminal, its other lines indented by two: an id or a
  // command is never cut.
  std::string wrapped;
  const std::size_t width = std::max<std::size_t>(stderr_width(), 22);
  std::size_t at = 0;
  while (at < hints.size()) {
    const std::size_t end = hints.find('\n', at);
    std::vector<std::string> lines =
        wrap_words(std::string_view(hints).substr(at, end - at), width);
    wrapped += lines.front();
    wrapped += '\n';
    if (lines.size() > 1) {
      std::string rest;
      for (std::size_t i = 1; i < lines.size(); ++i) {
        if (i > 1) rest += ' ';
        rest += lines[i];
      }
      for (const std::string& line : wrap_words(rest, width - 2)) {
        wrapped += "  ";
        wrapped += line;
        wrapped += '\n';
      }
    }
    at = end + 1;
  }
  std::fputs(wrapped.c_str(), stderr);
}

MatchedWords matched_words(const Matching& matching) {
  if (matching.searches.empty()) return {};
  return [searches = matching.searches](const Activity& activity) {
    // The words of every keyword that matched, each once.
    std::vector<std::string> out;
    for (const std::shared_ptr<const Search>& search : searches) {
      if (searches.size() > 1 && !search->matches(activity)) continue;
      for (std::string& word : search->matched_words(activity)) {
        if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
      }
    }
    return out;
  };
}

// The words a search found in each activity, folded for highlighting.
MarkedWords marked_words(const Matching& matching) {
  if (matching.searches.empty()) return {};
  return [matched = matched_words(matching)](const Activity& activity) {
    std::vector<std::string> out;
    for (const std::string& word : matched(activity))
      out.push_back(fold(word));
    return out;
  };
}

}  // namespace

void add_flat_options(CLI::App& command, FlatOptions& options) {
  command
      .add_option("--columns", options.columns,
                  "With -o table, tsv or csv: these columns, in this order (fields of the JSON "
                  "activity object, party ids, R, A, C, I), e.g. id,text,client")
      ->type_name("COLUMNS")
      ->delimiter(',')
      ->allow_extra_args(false);
  command.add_flag("--no-headers", options.no_headers,
                   "With -o table, tsv or csv: no line of column names");
}

namespace {

// --columns and --no-headers only mean something to the formats with columns.
void check_flat_options(const FlatOptions& flat, Format format) {
  const bool flat_format =
      format == Format::table || format == Format::tsv || format == Format::csv;
  if (!flat.columns.empty() && !flat_format) {
    throw UsageError(
        fmt::format("--columns works with -o table, tsv or csv, not -o {}", format_name(format)));
  }
  if (flat.no_headers && !flat_format && format != Format::ids) {
    throw UsageError(fmt::format("--no-headers works with -o table, tsv or csv, not -o {}",
                                 format_name(format)));
  }
}

}  // namespace

namespace {

void add_count_option(CLI::App& command, bool& count) {
  command.add_flag("--count", count,
                   "Print only the number of matching activities (exit status 1 when it is 0)");
}

int print_count(Context& context, const Selection& selection) {
  context.out.write(fmt::format("{}\n", selection.size()));
  return selection.empty() ? exit_no_match : exit_success;
}

void write_count_footer(Context& context, const Selection& selection) {
  if (context.format != Format::table || selection.empty() || !stdout_is_terminal()) return;
  const std::string count =
      fmt::format("{} activit{}", selection.size(), selection.size() == 1 ? "y" : "ies");
  context.out.write("\n" + paint_dim(count, context.layout().color) + "\n");
}

}  // namespace

int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<void(const Sink&, const Layout&)>& table,
                     const Printing& printing) {
  const Matrix& matrix = context.matrix();
  const FlatOptions& flat = printing.flat;
  check_flat_options(flat, format);
  std::vector<Column> columns;
  if (!flat.columns.empty()) {
    columns = parse_columns(matrix, flat.columns);
  } else {
    columns = printing.view == ActivityView::who ? who_columns(matrix) : list_columns(matrix);
  }
  const Headers headers = flat.no_headers ? Headers::hidden : Headers::shown;
  const Sink sink = context.out.sink();
  switch (format) {
    case Format::table: {
      if (selection.empty()) break;
      Layout layout = context.layout();
      layout.headers = !flat.no_headers;
      if (flat.columns.empty()) {
        table(sink, layout);
      } else {
        write_columns_table(sink, matrix, selection, columns, layout, printing.marked,
                            printing.matched);
      }
      break;
    }
    case Format::json:
    case Format::jsonl:
      write_activities_json(sink, matrix, selection,
                            format == Format::jsonl ? JsonList::lines : JsonList::array,
                            printing.matched, printing.view, context.activity_owners());
      break;
    case Format::csv: {
      // With an owners file, its owner columns after the default ones.
      const ActivityOwners* owners = context.activity_owners();
      if (owners && flat.columns.empty()) {
        const std::vector<Column> more = owner_columns(matrix);
        columns.insert(columns.end(), more.begin(), more.end());
      }
      write_columns_csv(sink, matrix, selection, columns, context.csv_style(), headers,
                        printing.matched, owners);
      break;
    }
    case Format::tsv:
      write_activities_tsv(sink, matrix, selection, columns, headers, printing.matched);
      break;
    case Format::ids:
      write_activity_ids(sink, selection);
      break;
    case Format::markdown:
      if (selection.empty()) break;
      if (printing.view == ActivityView::who) {
        write_who_markdown(sink, matrix, selection, printing.markdown);
      } else {
        write_activities_markdown(sink, matrix, selection, printing.markdown,
                                  context.activity_owners());
      }
      break;
    case Format::checklist:
      if (!selection.empty()) {
        write_activities_checklist(sink, matrix, selection, printing.parties,
                                   context.activity_owners());
      }
      break;
    case Format::yaml:  // not among the activity formats: resolve_format refused them
    case Format::html:
      break;
  }
  return selection.empty() ? exit_no_match : exit_success;
}

namespace {

using MatchingTable =
    std::function<void(const Sink&, const Layout&, const Matrix&, const Matching&)>;

// One matrix's share of the output: its matching activities, or nothing when the filters
// name something it does not have (a section only another matrix has).
struct Part {
  const Matrix* matrix = nullptr;
  std::optional<Matching> matching;
};

// The columns of several matrices' flat output: the matrix, the first matrix's columns, and
// the parties only later matrices have after its own.
std::vector<Column> parts_columns(const std::vector<Part>& parts, const Printing& printing) {
  const Matrix& first = *parts.front().matrix;
  const FlatOptions& flat = printing.flat;
  std::vector<Column> columns{matrix_column()};
  // --columns may name a letter only some of the matrices' legends have.
  std::vector<Role> letters;
  for (const Part& part : parts) {
    for (const RoleInfo& info : part.matrix->legend()) {
      if (std::ranges::find(letters, info.role) == letters.end()) letters.push_back(info.role);
    }
  }
  const std::vector<Column> own = !flat.columns.empty()
                                      ? parse_columns(first, flat.columns, letters)
                                  : printing.view == ActivityView::who ? who_columns(first)
                                                                       : list_columns(first);
  columns.insert(columns.end(), own.begin(), own.end());
  if (flat.columns.empty() && printing.view == ActivityView::who) {
    // The letters only later matrices' legends have, after the first one's, before footnotes.
    auto at = std::find_if(columns.begin(), columns.end(), [](const Column& column) {
      return column.kind == Column::Kind::footnotes;
    });
    for (Role role : letters) {
      if (first.roles().contains(role)) continue;
      at = columns.insert(at, {Column::Kind::holders, static_cast<std::size_t>(role),
                               std::string(1, role_letter(role))}) +
           1;
    }
  }
  if (!flat.columns.empty() || printing.view != ActivityView::list) return columns;
  const auto names = [](const Matrix& matrix, const Column& column, std::size_t party) {
    if (column.kind != Column::Kind::party) return false;
    const std::optional<std::size_t> found = matrix.find_party(column.name);
    return found && *found == party;
  };
  for (const Part& part : parts) {
    const std::vector<Party>& parties = part.matrix->parties();
    for (std::size_t p = 0; p < parties.size(); ++p) {
      if (std::ranges::any_of(columns, [&](const Column& c) { return names(*part.matrix, c, p); }))
        continue;
      const auto last_party = std::find_if(columns.rbegin(), columns.rend(), [](const Column& c) {
        return c.kind == Column::Kind::party;
      });
      columns.insert(last_party.base(), Column{Column::Kind::party, 0, parties[p].id});
    }
  }
  return columns;
}

// The flat outputs of several matrices: one list, one header, a matrix column or field.
void print_flat_parts(Context& context, const std::vector<Part>& parts, const Printing& printing) {
  const Sink sink = context.out.sink();
  const Format format = context.format;
  check_flat_options(printing.flat, format);
  if (format == Format::json || format == Format::jsonl) {
    JsonListWriter list(sink, format == Format::jsonl ? JsonList::lines : JsonList::array);
    for (const Part& part : parts) {
      if (!part.matching) continue;
      const MatchedWords matched = matched_words(*part.matching);
      for (const Activity* activity : part.matching->selection) {
        list.add(activity_row_json(*part.matrix, *activity, matched, printing.view, nullptr,
                                   MatrixField::shown));
      }
    }
    list.finish();
    return;
  }
  if (format == Format::ids) {
    for (const Part& part : parts) {
      if (!part.matching) continue;
      for (const Activity* activity : part.matching->selection)
        sink(part.matrix->name() + ":" + activity->id + "\n");
    }
    return;
  }
  const std::vector<Column> columns = parts_columns(parts, printing);
  CsvStyle style = context.csv_style();
  Headers headers = printing.flat.no_headers ? Headers::hidden : Headers::shown;
  for (const Part& part : parts) {
    if (!part.matching) continue;
    const std::vector<Column> own = columns_for(columns, *part.matrix);
    const MatchedWords matched = matched_words(*part.matching);
    if (format == Format::csv) {
      write_columns_csv(sink, *part.matrix, part.matching->selection, own, style, headers, matched);
      style.bom = Bom::none;
    } else {
      write_activities_tsv(sink, *part.matrix, part.matching->selection, own, headers, matched);
    }
    headers = Headers::hidden;
  }
}

}  // namespace

void write_matrix_heading(Context& context, const Matrix& matrix, bool first) {
  const Format format = context.format;
  std::string heading = first ? "" : "\n";
  if (format == Format::markdown || format == Format::checklist) {
    heading += fmt::format("# {} ({})\n\n", escape_controls(matrix.title()), matrix.name());
  } else {
    // On a terminal the title wraps at its width; the name, bold, stays whole.
    const Layout layout = context.layout();
    const std::string plain = matrix.name() + ": " + escape_controls(matrix.title());
    std::vector<std::string> lines{plain};
    if (layout.width > 0) lines = wrap_text(plain, layout.width);
    lines.front().replace(0, matrix.name().size(), paint_bold(matrix.name(), layout.color));
    for (const std::string& line : lines)
      heading += line + "\n";
    heading += "\n";
  }
  context.out.write(heading);
}

void report_each_matrix(Context& context, const std::function<Json(const Matrix&)>& report) {
  const bool json = context.format == Format::json;
  Json reports = Json::array();
  bool first = true;
  context.for_each_matrix([&](const Matrix& matrix) {
    if (!json && context.matrix_count() > 1) write_matrix_heading(context, matrix, first);
    first = false;
    Json object = report(matrix);
    if (json) {
      reports.push_back(context.names_matrices() ? with_matrix_field(matrix, std::move(object))
                                                 : std::move(object));
    }
  });
  if (json) {
    context.out.write(
        dump_json(reports.size() > 1 ? reports : reports.front(), JsonLayout::indented) + "\n");
  }
}

namespace {

// who and list: the matching activities of each selected matrix, in any activity format;
// with several matrices, each one's part under a heading, or one list with a matrix field.
int print_matching(Context& context, const FilterOptions& options, Printing printing, bool count,
                   std::string_view command, const MatchingTable& table) {
  const Format format = context.format;
  if (!context.names_matrices()) {
    const Matrix& matrix = context.matrix();
    const Matching matching = select_matching(context, options);
    explain_search(context, options, matching, command);
    const Selection& selection = matching.selection;
    if (count) return print_count(context, selection);
    printing.marked = marked_words(matching);
    printing.matched = matched_words(matching);
    printing.parties = matching.parties;
    const int status = print_activities(
        context, selection, format,
        [&](const Sink& sink, const Layout& layout) { table(sink, layout, matrix, matching); },
        printing);
    write_count_footer(context, selection);
    return status;
  }
  std::vector<Part> parts;
  std::optional<UsageError> refused;
  context.for_each_matrix([&](const Matrix& matrix) {
    Part& part = parts.emplace_back(Part{&matrix, std::nullopt});
    try {
      part.matching = select_matching(context, options);
    } catch (const UsageError& e) {
      if (!refused) refused = e;
    }
  });
  if (std::ranges::none_of(parts, [](const Part& p) { return p.matching.has_value(); }))
    throw *refused;
  Selection all;
  for (const Part& part : parts) {
    if (part.matching)
      all.insert(all.end(), part.matching->selection.begin(), part.matching->selection.end());
  }
  if (count) return print_count(context, all);
  if (format == Format::json || format == Format::jsonl || format == Format::csv ||
      format == Format::tsv || format == Format::ids) {
    print_flat_parts(context, parts, printing);
  } else {
    std::size_t index = 0;
    bool first = true;
    context.for_each_matrix([&](const Matrix& matrix) {
      const Part& part = parts[index++];
      if (!part.matching || part.matching->selection.empty()) return;
      // A checklist opens with the matrix's title already.
      if (context.matrix_count() > 1 && format != Format::checklist)
        write_matrix_heading(context, matrix, first);
      else if (!first)
        context.out.write("\n");
      first = false;
      Printing own = printing;
      if (context.matrix_count() > 1) own.markdown = MarkdownDocument::part;
      own.marked = marked_words(*part.matching);
      own.matched = matched_words(*part.matching);
      own.parties = part.matching->parties;
      print_activities(
          context, part.matching->selection, format,
          [&](const Sink& sink, const Layout& layout) {
            table(sink, layout, matrix, *part.matching);
          },
          own);
    });
  }
  write_count_footer(context, all);
  return all.empty() ? exit_no_match : exit_success;
}

}  // namespace

Action add_who(CLI::App& command) {
  auto options = std::make_shared<FilterOptions>();
  auto flat = std::make_shared<FlatOptions>();
  command
      .add_option("text", options->words,
                  "Words the activity must match, as with --activity (see 'raci glossary')")
      ->type_name("WORDS");
  add_filter_options(command, *options, "--activity,-k,--keyword");
  auto ids = std::make_shared<bool>(false);
  command.add_flag("--ids", *ids,
                   "Show each activity's id (by default only on a terminal wide enough for it)");
  auto count = std::make_shared<bool>(false);
  add_count_option(command, *count);
  add_flat_options(command, *flat);
  command.footer(
      "Examples:\n"
      "  raci who --activity backup          who does what for everything about backups\n"
      "  raci who backups                    any form of a word: backup, backups\n"
      "  raci who DR                         abbreviations and synonyms (raci glossary)\n"
      "  raci who securite                   accents and case are ignored\n"
      "  raci who --section reversibility -o json");
  return [options, flat, ids, count](Context& context) {
    return print_matching(
        context, *options, {ActivityView::who, *flat, {}, {}, {}}, *count, "who",
        [&](const Sink& sink, const Layout& layout, const Matrix& matrix,
            const Matching& matching) {
          write_who_table(sink, matrix, matching.selection, layout, marked_words(matching),
                          *ids ? IdColumn::always : IdColumn::when_wide, context.activity_owners());
        });
  };
}

Action add_list(CLI::App& command) {
  auto options = std::make_shared<FilterOptions>();
  auto flat = std::make_shared<FlatOptions>();
  add_filter_options(command, *options, "--keyword,-k");
  auto count = std::make_shared<bool>(false);
  add_count_option(command, *count);
  add_flat_options(command, *flat);
  command.footer(
      "Examples:\n"
      "  raci list --party client --only               duties that fall to the client alone\n"
      "  raci list --party client --only -o checklist  the same, as an onboarding checklist\n"
      "  raci list --phase onboarding --role A -o json | jq -r '.[].id'");
  return [options, flat, count](Context& context) {
    return print_matching(context, *options, {ActivityView::list, *flat, {}, {}, {}}, *count,
                          "list",
                          [&](const Sink& sink, const Layout& layout, const Matrix& matrix,
                              const Matching& matching) {
                            write_list_table(sink, matrix, matching.selection, layout,
                                             marked_words(matching), context.activity_owners());
                          });
  };
}

namespace {

// The owner, status, due date and note of each letter the owners' party holds.
void add_owner_rows(Table& table, const ActivityOwners& owners, const Activity& activity) {
  for (const LetterOwner& letter : owners.letters(activity)) {
    std::string text = letter.owner ? letter.owner->name : std::string("no owner");
    text += fmt::format(", {}", status_name(letter.status));
    if (!letter.due.empty()) text += fmt::format(", due {}", letter.due);
    if (!letter.note.empty()) text += fmt::format("; note: {}", letter.note);
    table.add_row({Cell(fmt::format("owner of {}", role_letter(letter.role))), Cell(text)});
  }
}

Table show_table(const Matrix& matrix, const Activity& activity, const Layout& layout,
                 const ActivityOwners* owners) {
  Table table({Cell(), Cell()}, {1});
  const Section& section = matrix.section_of(activity);
  table.add_row({Cell("id"), Cell(activity.id, paint_bold(activity.id, layout.color))});
  table.add_row(
      {Cell("section"), Cell(section_path_text(matrix, section) + " (" + section.id + ")")});
  table.add_row(
      {Cell("phase"), Cell(section.phase ? std::string(phase_name(*section.phase)) : "-")});
  table.add_row({Cell("text"), Cell(activity.text)});
  // The text in every other language: the original's too when shown in another (--lang).
  const Matrix& original = matrix.original();
  if (&original != &matrix) {
    const auto index = static_cast<std::size_t>(&activity - matrix.activities().data());
    table.add_row({Cell("text (" + original.languages().front() + ")"),
                   Cell(original.activities()[index].text)});
  }
  for (const Translation& translation : matrix.text_translations(activity)) {
    if (translation.language != matrix.shown_language())
      table.add_row({Cell("text (" + translation.language + ")"), Cell(translation.text)});
  }
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    std::vector<std::string> names;
    for (Role role : activity.roles[p].roles())
      names.push_back(matrix.role_info(role).name);
    const std::string letters = activity.roles[p].letters();
    std::string spelled = names.empty() ? "-" : fmt::format("{}", fmt::join(names, ", "));
    if (p < activity.cell_notes.size() && !activity.cell_notes[p].empty()) {
      spelled += " (" + activity.cell_notes[p] + ")";
    }
    table.add_row(
        {Cell(matrix.parties()[p].name),
         Cell(letters.empty() ? spelled : letters + "  " + spelled,
              letters.empty() ? "" : paint_letters(letters, layout.color) + "  " + spelled)});
  }
  // What the document says of the whole section, from its paragraphs.
  if (!section.description.empty())
    table.add_row({Cell("section description"), Cell(section.description)});
  for (std::size_t n : section.notes)
    table.add_row({Cell("section note"), Cell(matrix.section_notes()[n].text)});
  if (owners) add_owner_rows(table, *owners, activity);
  for (int number : activity.footnotes) {
    table.add_row(
        {Cell(fmt::format("footnote {}", number)), Cell(matrix.find_footnote(number)->text)});
  }
  return table;
}

// The activity `typed` names: its id, in any case, or the start of exactly one id. Else a
// UsageError listing the candidates, or the ids near it and the activities whose text has
// its words.
const Activity* find_activity_as_typed(Context& context, const std::string& typed) {
  const Matrix& matrix = context.matrix();
  if (const Activity* exact = matrix.find_activity(typed)) return exact;
  const std::string folded = fold(typed);
  std::vector<const Activity*> starting;
  for (const Activity& activity : matrix.activities()) {
    const std::string id = fold(activity.id);
    if (id == folded) return &activity;
    if (!folded.empty() && id.starts_with(folded)) starting.push_back(&activity);
  }
  constexpr std::size_t named = 8;  // candidates named in a message, at most
  auto some_ids = [&](const std::vector<const Activity*>& activities) {
    std::string out;
    for (std::size_t i = 0; i < activities.size() && i < named; ++i)
      out += (i == 0 ? "" : ", ") + activities[i]->id;
    if (activities.size() > named) out += fmt::format(" and {} more", activities.size() - named);
    return out;
  };
  if (starting.size() == 1) return starting.front();
  if (starting.size() > 1) {
    throw UsageError(fmt::format("ambiguous activity '{}': {} ids start with it ({})", typed,
                                 starting.size(), some_ids(starting)));
  }
  std::vector<std::string> ids;
  for (const Activity& a : matrix.activities())
    ids.push_back(a.id);
  std::string hint = did_you_mean(typed, ids);
  if (hint.empty() && !split_words(typed).empty()) {
    // Not an id at all: perhaps words of the activity's text.
    const Search search(matrix, typed, context.word_stems());
    std::vector<const Activity*> about;
    for (const Activity& activity : matrix.activities()) {
      if (!search.empty() && search.matches(activity)) about.push_back(&activity);
    }
    if (!about.empty()) {
      hint = fmt::format("; activities with '{}' in their text: {} (raci who {})", typed,
                         some_ids(about), typed);
    }
  }
  throw UsageError(fmt::format("unknown activity '{}'{}", typed, hint));
}

// With several matrices and an id without MATRIX:, the one matrix that has that id.
void focus_matrix_of(Context& context, const std::string& typed) {
  std::vector<std::string> having;
  const std::string folded = fold(typed);
  // Ids are lowercase ASCII (the loader checks), so folding the typed one is enough.
  context.for_each_matrix([&](const Matrix& matrix) {
    if (matrix.find_activity(folded)) having.push_back(matrix.name());
  });
  if (having.size() == 1) return context.focus_matrix(having.front());
  if (having.empty()) {
    throw UsageError(
        fmt::format("no selected matrix has an activity '{}' (give MATRIX:ID, "
                    "e.g. iaas:backup-capacity)",
                    escape_controls(typed)));
  }
  throw UsageError(fmt::format("'{}' is an activity of {} matrices ({}): say which, e.g. {}:{}",
                               escape_controls(typed), having.size(), fmt::join(having, ", "),
                               having.front(), escape_controls(typed)));
}

}  // namespace

Action add_show(CLI::App& command) {
  auto id = std::make_shared<std::string>();
  auto flat = std::make_shared<FlatOptions>();
  command
      .add_option("id", *id, "The activity id, in any case, or the start of one (see 'raci list')")
      ->type_name("ACTIVITY")
      ->required();
  add_flat_options(command, *flat);
  command.footer(
      "Examples:\n"
      "  raci show backup-capacity\n"
      "  raci show backup-cap                 the start of an id is enough when only one has it\n"
      "  raci show backup-capacity -o json | jq .roles");
  return [id, flat](Context& context) {
    std::string typed = *id;
    if (const std::size_t colon = typed.rfind(':'); colon != std::string::npos) {
      context.focus_matrix(typed.substr(0, colon));
      typed.erase(0, colon + 1);
    } else if (context.matrix_count() > 1) {
      focus_matrix_of(context, typed);
    }
    const Matrix& matrix = context.matrix();
    const Format format = context.format;
    const Activity* activity = find_activity_as_typed(context, typed);
    const ActivityOwners* owners = context.activity_owners();
    if (format == Format::json) {
      check_flat_options(*flat, format);
      Json object = activity_json(matrix, *activity);
      if (owners) object["owners"] = owners_json(matrix, *owners, *activity);
      context.out.write(dump_json(object, JsonLayout::indented) + "\n");
      return static_cast<int>(exit_success);
    }
    return print_activities(context, {activity}, format,
                            [&](const Sink& sink, const Layout& layout) {
                              show_table(matrix, *activity, layout, owners).write(layout, sink);
                            },
                            {ActivityView::list, *flat, {}, {}, {}});
  };
}

}  // namespace raci::cli
