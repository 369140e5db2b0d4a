// raci who, raci list and raci show: the commands that print activities.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "commands.hpp"
#include "raci/analysis/query.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci::cli {

void add_filter_options(CLI::App& command, FilterOptions& options, const std::string& keyword) {
  command
      .add_option("--party,-p", options.spec.party,
                  "Only activities where this party (id, name or alias) holds a role")
      ->type_name("PARTY")
      ->check(not_empty());
  command
      .add_option("--role,-r", options.spec.roles,
                  "Only activities where the party (or, without --party, some party) holds all "
                  "these letters, e.g. RA")
      ->type_name("LETTERS");
  command.add_flag("--only", options.spec.only, "With --party: no other party holds any role");
  command
      .add_option("--section,-s", options.spec.section,
                  "Only this section (id or part of a title) and its subsections")
      ->type_name("SECTION");
  command
      .add_option(keyword, options.spec.keyword,
                  "Only activities with every word (any form: backups, backup), \"quoted "
                  "phrase\" or glossary term, in their text, French text or id; case and "
                  "accents are ignored (see 'raci glossary')")
      ->type_name("WORDS");
  command.add_option("--phase", options.spec.phase, "Only this lifecycle phase")
      ->type_name("PHASE")
      ->check(CLI::IsMember({"onboarding", "run", "exit"}));
  command.add_option("--footnote", options.footnote, "Only activities citing this footnote")
      ->type_name("FOOTNOTE")
      ->check(CLI::PositiveNumber);
}

Matching select_matching(Context& context, const FilterOptions& options) {
  FilterSpec spec = options.spec;
  for (const std::string& word : options.words)
    spec.keyword += " " + word;
  if (options.footnote > 0) spec.footnote = options.footnote;
  const Matrix& matrix = context.matrix();
  const Filter filter(matrix, spec,
                      split_words(spec.keyword).empty() ? nullptr : context.word_stems());
  return {select(matrix, filter), filter.search()};
}

namespace {

std::string keyword_text(const FilterOptions& options) {
  std::string text = options.spec.keyword;
  for (const std::string& word : options.words)
    text += (text.empty() ? "" : " ") + word;
  return text;
}

// For a person at a terminal, on standard error: the nearest words of the matrix when
// nothing matched, and the sections the keyword names (sections are not searched by it).
void explain_search(Context& context, const FilterOptions& options, const Matching& matching,
                    std::string_view command) {
  if (!matching.search || !stderr_is_terminal()) return;
  const Matrix& matrix = context.matrix();
  std::string hints;
  if (matching.selection.empty()) {
    const std::vector<std::string> words = vocabulary(matrix);
    std::vector<std::string> nearest;
    for (const std::string& word : matching.search->words()) {
      if (std::ranges::find(words, word) != words.end()) continue;
      for (std::string& close : closest_matches(word, words)) {
        if (std::ranges::find(nearest, close) == nearest.end()) nearest.push_back(std::move(close));
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
    if (!matching.search->matches_title(sections[s].title)) continue;
    hints += fmt::format("also: section '{}' ({} activit{}): raci {} --section {}\n",
                         escape_controls(sections[s].title), counts[s],
                         counts[s] == 1 ? "y" : "ies", command, sections[s].id);
  }
  std::fputs(hints.c_str(), stderr);
}

// The words a search found in each activity, folded for highlighting.
MarkedWords marked_words(const Matching& matching) {
  if (!matching.search) return {};
  return [search = matching.search](const Activity& activity) {
    std::vector<std::string> out;
    for (const std::string& word : search->matched_words(activity))
      out.push_back(fold(word));
    return out;
  };
}

MatchedWords matched_words(const Matching& matching) {
  if (!matching.search) return {};
  return [search = matching.search](const Activity& activity) {
    return search->matched_words(activity);
  };
}

}  // namespace

int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<void(const Sink&, const Layout&)>& table,
                     const MatchedWords& matched) {
  const Matrix& matrix = context.matrix();
  const Sink sink = context.out.sink();
  switch (format) {
    case Format::table:
      if (!selection.empty()) table(sink, context.layout());
      break;
    case Format::json:
    case Format::jsonl:
      write_activities_json(sink, matrix, selection,
                            format == Format::jsonl ? JsonList::lines : JsonList::array, matched);
      break;
    case Format::csv:
      write_activities_csv(sink, matrix, selection, context.csv_cells());
      break;
    case Format::markdown:
      if (!selection.empty()) write_activities_markdown(sink, matrix, selection);
      break;
    case Format::checklist:
      if (!selection.empty()) write_activities_checklist(sink, matrix, selection);
      break;
    case Format::yaml:  // not among the activity formats: resolve_format refused them
    case Format::html:
      break;
  }
  return selection.empty() ? exit_no_match : exit_success;
}

Action add_who(CLI::App& command) {
  auto options = std::make_shared<FilterOptions>();
  command
      .add_option("text", options->words,
                  "Words the activity must match, as with --activity (see 'raci glossary')")
      ->type_name("WORDS");
  add_filter_options(command, *options, "--activity,-k,--keyword");
  command.footer(
      "Examples:\n"
      "  raci who --activity backup          who does what for everything about backups\n"
      "  raci who backups                    any form of a word: backup, backups\n"
      "  raci who DR                         abbreviations and synonyms (raci glossary)\n"
      "  raci who securite                   accents and case are ignored\n"
      "  raci who --section reversibility -o json");
  return [options](Context& context) {
    const Matrix& matrix = context.matrix();
    const Format format = context.format;
    const Matching matching = select_matching(context, *options);
    explain_search(context, *options, matching, "who");
    const Selection& selection = matching.selection;
    return print_activities(
        context, selection, format,
        [&](const Sink& sink, const Layout& layout) {
          write_who_table(sink, matrix, selection, layout, marked_words(matching));
        },
        matched_words(matching));
  };
}

Action add_list(CLI::App& command) {
  auto options = std::make_shared<FilterOptions>();
  add_filter_options(command, *options, "--keyword,-k");
  command.footer(
      "Examples:\n"
      "  raci list --party client --only               duties that fall to the client alone\n"
      "  raci list --party client --only -o checklist  the same, as an onboarding checklist\n"
      "  raci list --phase onboarding --role A -o json | jq -r '.[].id'");
  return [options](Context& context) {
    const Matrix& matrix = context.matrix();
    const Format format = context.format;
    const Matching matching = select_matching(context, *options);
    explain_search(context, *options, matching, "list");
    const Selection& selection = matching.selection;
    return print_activities(
        context, selection, format,
        [&](const Sink& sink, const Layout& layout) {
          write_list_table(sink, matrix, selection, layout, marked_words(matching));
        },
        matched_words(matching));
  };
}

namespace {

Table show_table(const Matrix& matrix, const Activity& activity, const Layout& layout) {
  Table table({Cell(), Cell()}, {1});
  const Section& section = matrix.section_of(activity);
  table.add_row({Cell("id"), Cell(activity.id, paint_bold(activity.id, layout.color))});
  table.add_row(
      {Cell("section"), Cell(section_path_text(matrix, section) + " (" + section.id + ")")});
  table.add_row(
      {Cell("phase"), Cell(section.phase ? std::string(phase_name(*section.phase)) : "-")});
  table.add_row({Cell("text"), Cell(activity.text)});
  if (!activity.text_fr.empty()) table.add_row({Cell("text (French)"), Cell(activity.text_fr)});
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    std::vector<std::string> names;
    for (Role role : all_roles) {
      if (activity.roles[p].contains(role)) names.push_back(matrix.role_info(role).name);
    }
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
  for (int number : activity.footnotes) {
    table.add_row(
        {Cell(fmt::format("footnote {}", number)), Cell(matrix.find_footnote(number)->text)});
  }
  return table;
}

}  // namespace

Action add_show(CLI::App& command) {
  auto id = std::make_shared<std::string>();
  command.add_option("id", *id, "The activity id (see 'raci list')")
      ->type_name("ACTIVITY")
      ->required();
  command.footer(
      "Examples:\n"
      "  raci show backup-capacity\n"
      "  raci show backup-capacity -o json | jq .roles");
  return [id](Context& context) {
    const Matrix& matrix = context.matrix();
    const Format format = context.format;
    const Activity* activity = matrix.find_activity(*id);
    if (!activity) {
      std::vector<std::string> ids;
      for (const Activity& a : matrix.activities())
        ids.push_back(a.id);
      throw UsageError(
          fmt::format("unknown activity '{}'{}", escape_controls(*id), did_you_mean(*id, ids)));
    }
    if (format == Format::json) {
      context.out.write(dump_json(activity_json(matrix, *activity), JsonLayout::indented) + "\n");
      return static_cast<int>(exit_success);
    }
    return print_activities(context, {activity}, format,
                            [&](const Sink& sink, const Layout& layout) {
                              show_table(matrix, *activity, layout).write(layout, sink);
                            });
  };
}

}  // namespace raci::cli
