// raci who, raci list and raci show: the commands that print activities.
#include <fmt/format.h>

#include <memory>

#include "commands.hpp"
#include "raci/analysis/query.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"

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
  command.add_option(keyword, options.spec.keyword,
                     "Only activities whose text (English or French) contains every word; "
                     "case and accents are ignored");
  command.add_option("--phase", options.spec.phase, "Only this lifecycle phase")
      ->type_name("PHASE")
      ->check(CLI::IsMember({"onboarding", "run", "exit"}));
  command.add_option("--footnote", options.footnote, "Only activities citing this footnote")
      ->type_name("FOOTNOTE")
      ->check(CLI::PositiveNumber);
}

Selection select_matching(Context& context, const FilterOptions& options) {
  FilterSpec spec = options.spec;
  for (const std::string& word : options.words)
    spec.keyword += " " + word;
  if (options.footnote > 0) spec.footnote = options.footnote;
  const Matrix& matrix = context.matrix();
  return select(matrix, Filter(matrix, spec));
}

int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<void(const Sink&, const Layout&)>& table) {
  const Matrix& matrix = context.matrix();
  const Sink sink = context.out.sink();
  switch (format) {
    case Format::table:
      if (!selection.empty()) table(sink, context.layout());
      break;
    case Format::json:
    case Format::jsonl:
      write_activities_json(sink, matrix, selection,
                            format == Format::jsonl ? JsonList::lines : JsonList::array);
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
  command.add_option("text", options->words, "Words the activity text must contain");
  add_filter_options(command, *options, "--activity,-k,--keyword");
  command.footer(
      "Examples:\n"
      "  raci who --activity backup          who does what for everything about backups\n"
      "  raci who securite                   accents and case are ignored\n"
      "  raci who --section reversibility -o json");
  return [options](Context& context) {
    const Matrix& matrix = context.matrix();
    const Format format = context.format;
    const Selection selection = select_matching(context, *options);
    return print_activities(context, selection, format,
                            [&](const Sink& sink, const Layout& layout) {
                              write_who_table(sink, matrix, selection, layout);
                            });
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
    const Selection selection = select_matching(context, *options);
    return print_activities(context, selection, format,
                            [&](const Sink& sink, const Layout& layout) {
                              write_list_table(sink, matrix, selection, layout);
                            });
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
    const std::string spelled = names.empty() ? "-" : fmt::format("{}", fmt::join(names, ", "));
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
