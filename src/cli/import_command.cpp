// raci import: a RACI document written as Markdown tables, read into the data format.
#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "commands.hpp"
#include "raci/import/markdown_import.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {
namespace {

// raci import --explain: one paragraph per table.
void write_explanation(const Sink& sink, const std::vector<ImportedTable>& tables) {
  const auto quoted = [](const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const std::string& name : names)
      out.push_back(escape_controls(quote(name)));
    return fmt::format("{}", fmt::join(out, ", "));
  };
  for (const ImportedTable& table : tables) {
    const std::string where = fmt::format("line {}", table.location.line);
    switch (table.kind) {
      case ImportedTable::Kind::raci:
        sink(fmt::format("{}: RACI table{}, {} rows imported, {} not\n", where,
                         table.reason.empty() ? "" : " (" + escape_controls(table.reason) + ")",
                         table.rows, table.rows_skipped));
        sink(fmt::format("  activity  {}\n", escape_controls(quote(table.activity_column))));
        sink(fmt::format("  parties   {}\n", quoted(table.parties)));
        if (!table.groups.empty()) sink(fmt::format("  groups    {}\n", quoted(table.groups)));
        break;
      case ImportedTable::Kind::legend:
        sink(fmt::format("{}: legend, {} rows read, {} not\n", where, table.rows,
                         table.rows_skipped));
        break;
      case ImportedTable::Kind::skipped:
        sink(fmt::format("{}: skipped ({})\n", where, escape_controls(table.reason)));
        continue;
    }
    std::vector<std::string> readings;
    for (const auto& [written, read] : table.readings)
      readings.push_back(escape_controls(fmt::format("{} -> {}", quote(written), read)));
    if (!readings.empty()) sink(fmt::format("  read      {}\n", fmt::join(readings, "; ")));
  }
}

}  // namespace

Action add_import(CLI::App& command) {
  auto input = std::make_shared<std::string>();
  auto output = std::make_shared<OutputTarget>();
  auto mark_role = std::make_shared<std::string>("R");
  auto strict = std::make_shared<bool>(false);
  auto explain = std::make_shared<bool>(false);
  command.add_option("file", *input, "The Markdown document, or - for standard input")
      ->type_name("FILE")
      ->required();
  command
      .add_option("--mark-role", *mark_role,
                  "The role a checkmark (x, ✓) or a party's own name in its column stands for")
      ->type_name("LETTER")
      ->check(CLI::IsMember({"R", "A", "C", "I"}, CLI::ignore_case));
  command.add_flag("--strict", *strict,
                   "Make the first warning an error (status 2, nothing written)");
  command.add_flag("--explain", *explain,
                   "Print how each table was read (its kind, activity column, parties, the role "
                   "cells read) instead of the data");
  add_output_options(command, *output);
  command.footer(
      "Headings become sections, the columns after the activity become the parties, and\n"
      "footnote markers become footnotes. A table is read when most of its cells after the\n"
      "first column are roles: letters (RA, R/A, __C, I__), words (Responsible, DRI, the\n"
      "legend's own words) or checkmarks (--mark-role). Whatever cannot be read is\n"
      "reported on stderr with its line (raci: warning: FILE:LINE:COL: ...), never\n"
      "dropped silently.\n"
      "\n"
      "Examples:\n"
      "  raci import provider.md --output provider.yaml\n"
      "  raci import provider.md -o json | jq '.sections[].title'");
  return [input, output, mark_role, strict, explain](Context& context) {
    const Format format = context.format;
    const std::string markdown = read_data_file(*input);
    const bool standard_input = *input == "-";
    const std::string origin = standard_input ? stdin_origin : *input;
    const std::string stem =
        standard_input ? "stdin" : std::filesystem::path(*input).stem().string();
    ImportResult result;
    try {
      ImportOptions options;
      options.mark_role = *role_from_letter(
          static_cast<char>(std::toupper(static_cast<unsigned char>(mark_role->front()))));
      result = import_markdown(markdown, stem, options);
    } catch (const DataError& e) {
      throw DataError(origin, e.location(), e.message());
    }
    if (*strict && !result.diagnostics.empty()) {
      const ImportDiagnostic& first = result.diagnostics.front();
      throw DataError(origin, first.location,
                      fmt::format("{} (--strict: the first of {} warnings)", first.message,
                                  result.diagnostics.size()));
    }
    for (const ImportDiagnostic& d : result.diagnostics) {
      const std::string line =
          located(escape_controls(origin), d.location, escape_controls(d.message));
      std::fprintf(stderr, "raci: warning: %s\n", line.c_str());
    }
    if (*explain) {
      deliver_streamed(context, *output,
                       [&](const Sink& sink) { write_explanation(sink, result.tables); });
      return static_cast<int>(exit_success);
    }
    const Matrix& matrix = result.matrix;
    deliver_streamed(context, *output, [&](const Sink& sink) {
      if (format == Format::json) {
        write_export_json(sink, matrix);
      } else {
        write_export_yaml(sink, matrix);
      }
    });
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
