// raci export: the whole matrix in another format.
#include <fmt/format.h>

#include <memory>

#include "commands.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {
Action add_export(CLI::App& command) {
  auto output = std::make_shared<std::string>();
  command.add_option("--output", *output, "Write to this file (replaced only once complete)")
      ->type_name("FILE");
  command.footer(
      "-o yaml and -o json give the data format (load them back with --data); -o markdown a\n"
      "document like the provider's (raci import reads it back); -o csv one row per activity;\n"
      "-o html one self-contained page (search box included) to share or open in a browser.\n"
      "\n"
      "Examples:\n"
      "  raci export -o yaml --output matrix.yaml\n"
      "  raci export -o markdown > matrix.md\n"
      "  raci export -o html --output matrix.html");
  return [output](Context& context) {
    const Format format = context.format;
    const Matrix& matrix = context.matrix();
    std::string text;
    switch (format) {
      case Format::json:
        text = export_json(matrix);
        break;
      case Format::markdown:
        text = export_markdown(matrix);
        break;
      case Format::html:
        text = export_html(matrix);
        break;
      case Format::csv: {
        Selection all;
        for (const Activity& activity : matrix.activities())
          all.push_back(&activity);
        text = activities_csv(matrix, all);
        break;
      }
      default:
        text = export_yaml(matrix);
    }
    context.deliver(*output, text);
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
