// raci matrices: the built-in catalogue and the --data files, one line each.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string>
#include <vector>

#include "commands.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/json.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {

namespace {

struct MatrixLine {
  std::string id;
  std::string title;
  std::string provider;
  std::vector<std::string> languages;
  std::size_t activities = 0;
  std::string source;  // where its texts come from (the data's `source`)
  std::string file;    // the data file
  bool builtin = false;
  bool selected = false;  // what a query would read with these options
};

Json line_json(const MatrixLine& line) {
  Json object = Json::object();
  object["id"] = line.id;
  object["title"] = line.title;
  object["provider"] = line.provider;
  object["languages"] = line.languages;
  object["activities"] = line.activities;
  object["source"] = line.source;
  object["file"] = line.file;
  object["builtin"] = line.builtin;
  object["selected"] = line.selected;
  return object;
}

}  // namespace

Action add_matrices(CLI::App& command) {
  command.footer(
      "Lists every built-in matrix (select with --matrix ID[,ID...] or all) and every --data\n"
      "file; * marks the matrices the other commands would read with the same options.\n"
      "\n"
      "Examples:\n"
      "  raci matrices\n"
      "  raci who backup --matrix iaas,kubernetes\n"
      "  raci matrices -o json | jq -r '.[].id'");
  return [](Context& context) {
    std::vector<MatrixLine> lines;
    std::vector<std::string> selected;
    std::string language;  // the titles' language: the one the other commands would show
    context.for_each_matrix([&](const Matrix& matrix) {
      if (language.empty()) language = matrix.shown_language();
      selected.push_back(matrix.name());
      if (!context.builtin_file().empty()) return;
      lines.push_back({matrix.name(), matrix.title(), matrix.provider(), matrix.languages(),
                       matrix.activities().size(), matrix.source(), matrix.origin(), false, true});
    });
    std::vector<MatrixLine> builtins;
    for (const BuiltinMatrixInfo& info : builtin_matrices()) {
      std::string title(info.title);
      if (language != info.languages.front()) {
        const Matrix matrix = load_builtin_matrix(info.id);
        if (const std::string* translated = find_translation(matrix.title_translations(), language))
          title = *translated;
      }
      MatrixLine line{std::string(info.id),
                      title,
                      std::string(info.provider),
                      info.languages,
                      info.activities,
                      std::string(info.source),
                      std::string(info.file),
                      true,
                      false};
      line.selected = context.data_files.empty() || !context.matrix_names.empty()
                          ? std::ranges::find(selected, line.id) != selected.end()
                          : false;
      builtins.push_back(std::move(line));
    }
    lines.insert(lines.begin(), builtins.begin(), builtins.end());
    if (context.format == Format::json) {
      Json array = Json::array();
      for (const MatrixLine& line : lines)
        array.push_back(line_json(line));
      context.out.write(dump_json(array, JsonLayout::indented) + "\n");
      return static_cast<int>(exit_success);
    }
    const Layout layout = context.layout();
    // Narrow, the source and then the provider make way for the title.
    Table table({Cell(""), Cell("ID"), Cell("ACTIVITIES"), Cell("LANGUAGES"), Cell("PROVIDER"),
                 Cell("TITLE"), Cell("SOURCE")},
                {5, 6}, {}, {6, 4});
    for (const MatrixLine& line : lines) {
      table.add_row({Cell(line.selected ? "*" : ""),
                     Cell(line.id, paint_bold(line.id, layout.color)),
                     Cell(std::to_string(line.activities)),
                     Cell(fmt::format("{}", fmt::join(line.languages, ","))),
                     Cell(escape_controls(line.provider)), Cell(escape_controls(line.title)),
                     Cell(escape_controls(line.source.empty() ? line.file : line.source))});
    }
    table.write(layout, context.out.sink());
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
