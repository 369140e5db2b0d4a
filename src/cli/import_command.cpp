// raci import: a RACI document written as Markdown tables, read into the data format.
#include <fmt/format.h>

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

Action add_import(CLI::App& command) {
  auto input = std::make_shared<std::string>();
  auto output = std::make_shared<OutputTarget>();
  command.add_option("file", *input, "The Markdown document, or - for standard input")
      ->type_name("FILE")
      ->required();
  add_output_options(command, *output);
  command.footer(
      "Headings become sections, the columns after the activity become the parties, and\n"
      "footnote markers become footnotes. Whatever cannot be read is reported on stderr\n"
      "with its line (raci: warning: FILE:LINE:COL: ...), never dropped silently.\n"
      "\n"
      "Examples:\n"
      "  raci import provider.md --output provider.yaml\n"
      "  raci import provider.md -o json | jq '.sections[].title'");
  return [input, output](Context& context) {
    const Format format = context.format;
    const std::string markdown = read_data_file(*input);
    const bool standard_input = *input == "-";
    const std::string origin = standard_input ? stdin_origin : *input;
    const std::string stem =
        standard_input ? "stdin" : std::filesystem::path(*input).stem().string();
    ImportResult result;
    try {
      result = import_markdown(markdown, stem);
    } catch (const DataError& e) {
      throw DataError(origin, e.location(), e.message());
    }
    for (const ImportDiagnostic& d : result.diagnostics) {
      const std::string line =
          located(escape_controls(origin), d.location, escape_controls(d.message));
      std::fprintf(stderr, "raci: warning: %s\n", line.c_str());
    }
    const Matrix& matrix = result.matrix;
    context.deliver(*output, format == Format::json ? export_json(matrix) : export_yaml(matrix));
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
