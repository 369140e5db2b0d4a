#include "command_table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "commands.hpp"
#include "raci/util/error.hpp"

namespace raci::cli {
namespace {

using enum Format;

constexpr Format activity_formats[] = {table, json, jsonl, csv, tsv, ids, markdown, checklist};
constexpr Format record_formats[] = {table, json, jsonl, csv};
constexpr Format report_formats[] = {table, json};
constexpr Format diff_formats[] = {table, json, markdown};
constexpr Format stats_formats[] = {table, json, csv};
constexpr Format export_formats[] = {yaml, json, markdown, csv, html};
constexpr Format import_formats[] = {yaml, json};

constexpr Command command_table[] = {
    {"who", "Who holds each role (R, A, C, I) per activity", activity_formats, table, &add_who},
    {"list", "The matrix: each activity with every party's roles", activity_formats, table,
     &add_list},
    {"show", "One activity in full", activity_formats, table, &add_show},
    {"sections", "The section tree with ids, phases and activity counts", record_formats, table,
     &add_sections},
    {"parties", "The parties and the names they go by", record_formats, table, &add_parties},
    {"roles", "The legend: what R, A, C and I mean", record_formats, table, &add_roles},
    {"footnotes", "The footnotes and the activities that cite them", record_formats, table,
     &add_footnotes},
    {"glossary", "The glossary: abbreviations and words a search takes as the same", record_formats,
     table, &add_glossary},
    {"matrices", "The built-in matrices (--matrix) and the --data files", report_formats, table,
     &add_matrices},
    {"validate", "Check the RACI rules: one A and at least one R per activity, and more",
     report_formats, table, &add_validate},
    {"stats", "How many activities each party holds, by role and by section", stats_formats, table,
     &add_stats},
    {"diff", "What changed between two matrices, for everyone or for one party", diff_formats,
     table, &add_diff},
    // The natural default of export and import is the data format, not a table.
    {"export", "The whole matrix as YAML, JSON, Markdown, CSV or HTML", export_formats, yaml,
     &add_export},
    {"import", "Read a RACI document written as Markdown tables", import_formats, yaml,
     &add_import},
    {"owners", "Your own owners of the duties: init, check, stats (--owners FILE)", report_formats,
     table, &add_owners},
    {"translations", "Which texts have no translation, per language of the matrix", report_formats,
     table, &add_translations},
    {"completion", "A completion script for bash, zsh or fish", {}, table, &add_completion},
};

}  // namespace

std::span<const Command> commands() {
  return command_table;
}

Format resolve_format(const Command& command, std::string_view requested) {
  if (requested == format_name(table)) return command.default_format;
  if (command.formats.empty())
    throw UsageError(fmt::format("'raci {}' takes no -o format", command.name));
  const std::optional<Format> wanted = format_from_name(requested);
  if (wanted && std::ranges::find(command.formats, *wanted) != command.formats.end())
    return *wanted;
  std::string names;
  for (Format candidate : command.formats) {
    names += names.empty() ? "" : ", ";
    names += format_name(candidate);
  }
  throw UsageError(
      fmt::format("'raci {}' cannot print -o {} (it prints {})", command.name, requested, names));
}

}  // namespace raci::cli
