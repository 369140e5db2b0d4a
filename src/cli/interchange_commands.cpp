// raci export: the whole matrix in another format.
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <vector>

#include "commands.hpp"
#include "raci/analysis/query.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {

void deliver_streamed(Context& context, const OutputTarget& output,
                      const std::function<void(const Sink&)>& write) {
  if (output.file.empty() || output.file == "-") {
    write(context.out.sink());
    return;
  }
  std::string text;
  write(append_to(text));
  context.deliver(output, text);
}

void add_output_options(CLI::App& command, OutputTarget& target) {
  command
      .add_option("--output", target.file,
                  "Write to this file (replaced only once complete; a symbolic link is followed, "
                  "a device or FIFO written to)")
      ->type_name("FILE")
      ->check(not_empty());
  command.add_flag("--force", target.force, "Replace the --output file even if it is read-only");
}

namespace {

// -o html of several matrices: one page, a section per matrix (each cut down to what the
// filters select; a matrix they select nothing of, or that refuses them, is left out).
int export_pages(Context& context, const OutputTarget& output, const FilterOptions& filters) {
  std::vector<Matrix> kept;
  std::optional<UsageError> refused;
  context.for_each_matrix([&](const Matrix& matrix) {
    if (!filters.given()) {
      kept.push_back(matrix);
      return;
    }
    try {
      const Selection selection = select_matching(context, filters).selection;
      if (!selection.empty()) kept.push_back(selected_matrix(matrix, selection));
    } catch (const UsageError& e) {
      if (!refused) refused = e;
    }
  });
  if (kept.empty() && refused) throw *refused;
  if (kept.empty()) return static_cast<int>(exit_no_match);
  std::vector<const Matrix*> pages;
  for (const Matrix& matrix : kept)
    pages.push_back(&matrix);
  context.deliver(output, export_html(pages, context.activity_owners()));
  return static_cast<int>(exit_success);
}

}  // namespace

Action add_export(CLI::App& command) {
  auto output = std::make_shared<OutputTarget>();
  add_output_options(command, *output);
  auto filters = std::make_shared<FilterOptions>();
  add_filter_options(command, *filters, "--keyword,-k");
  command.footer(
      "-o yaml and -o json give the data format (load them back with --data); -o markdown a\n"
      "document like the provider's (raci import reads it back); -o csv one row per activity;\n"
      "-o html one self-contained page (search box included) to share or open in a browser.\n"
      "\n"
      "Examples:\n"
      "  raci export -o yaml --output matrix.yaml\n"
      "  raci export -o markdown > matrix.md\n"
      "  raci export -o html --output matrix.html\n"
      "  raci export -o html --party client --only --output client-duties.html");
  return [output, filters](Context& context) {
    const Format format = context.format;
    if (format == Format::html && context.matrix_count() > 1)
      return export_pages(context, *output, *filters);
    // With filters, the matrix cut down to what they select, as every format shows it.
    std::optional<Matrix> selected;
    if (filters->given()) {
      const Selection selection = select_matching(context, *filters).selection;
      if (selection.empty()) return static_cast<int>(exit_no_match);
      selected = selected_matrix(context.matrix(), selection);
    }
    const Matrix& matrix = selected ? *selected : context.matrix();
    switch (format) {
      case Format::json:
        deliver_streamed(context, *output,
                         [&](const Sink& sink) { write_export_json(sink, matrix); });
        break;
      case Format::markdown:
        deliver_streamed(context, *output,
                         [&](const Sink& sink) { write_export_markdown(sink, matrix); });
        break;
      case Format::html:
        context.deliver(*output, export_html(matrix, context.activity_owners()));
        break;
      case Format::csv: {
        Selection all;
        for (const Activity& activity : matrix.activities())
          all.push_back(&activity);
        deliver_streamed(context, *output, [&](const Sink& sink) {
          write_activities_csv(sink, matrix, all, context.csv_style(), context.activity_owners());
        });
        break;
      }
      default:
        deliver_streamed(context, *output,
                         [&](const Sink& sink) { write_export_yaml(sink, matrix); });
    }
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
