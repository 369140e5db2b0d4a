// raci validate and raci stats: checking and counting a matrix (raci diff: diff_command.cpp).
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "commands.hpp"
#include "raci/analysis/query.hpp"
#include "raci/analysis/stats.hpp"
#include "raci/analysis/validate.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {
namespace {

std::string dump(const Json& value) {
  return dump_json(value, JsonLayout::indented) + "\n";
}

}  // namespace

namespace {

// validate's text: each finding as FILE:LINE:COL: message [rule], then their count; or the
// counts of a clean matrix.
void write_findings(Context& context, const Matrix& matrix, const std::string& place,
                    const std::vector<Finding>& findings) {
  if (findings.empty()) {
    const auto plural = [](std::size_t n, std::string_view one, std::string_view many) {
      return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    context.out.write(fmt::format("{}: ok ({}, {}, {})\n", place,
                                  plural(matrix.activities().size(), "activity", "activities"),
                                  plural(matrix.sections().size(), "section", "sections"),
                                  plural(matrix.footnotes().size(), "footnote", "footnotes")));
    return;
  }
  std::string out;
  for (const Finding& f : findings) {
    out += located(place, f.location,
                   fmt::format("{}{} [{}]\n", f.severity == Severity::warning ? "warning: " : "",
                               f.message, f.rule));
  }
  out += fmt::format("{} finding{}\n", findings.size(), findings.size() == 1 ? "" : "s");
  context.out.write(out);
}

}  // namespace

Action add_validate(CLI::App& command) {
  auto file = std::make_shared<std::string>();
  command.add_option("file", *file, "The data file to check (default: --data, else built-in)")
      ->type_name("FILE");
  command.footer(
      "Rules: exactly one accountable party (A) per activity; at least one responsible\n"
      "party (R); every footnote cited; no section without activities; no two activities\n"
      "with the same text in one section. Exit 0 when clean, 1 with findings, 2 on error.\n"
      "\n"
      "Examples:\n"
      "  raci validate --data matrix.yaml\n"
      "  raci validate matrix.yaml -o json | jq '.findings[].message'");
  return [file](Context& context) {
    if (!file->empty()) context.data_files = {*file};
    bool errors = false;
    report_each_matrix(context, [&](const Matrix& matrix) {
      const std::vector<Finding> findings = validate(matrix);
      errors = errors || std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
                 return f.severity == Severity::error;
               });
      if (context.format == Format::json) return validate_json(matrix, findings);
      // A built-in matrix named by --matrix: its findings point into its data file.
      const std::string place = context.names_matrices() && !context.builtin_file().empty()
                                    ? context.builtin_file()
                                    : escape_controls(matrix.origin());
      write_findings(context, matrix, place, findings);
      return Json();
    });
    return errors ? static_cast<int>(exit_no_match) : static_cast<int>(exit_success);
  };
}

namespace {

// A count with a bar of eighth blocks, `width` columns for all the activities counted.
Cell bar_cell(std::size_t count, std::size_t total, std::size_t digits, std::size_t width) {
  static const char* const eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const std::size_t units = total == 0 ? 0 : (count * width * 8 + total / 2) / total;
  std::string bar;
  for (std::size_t i = 0; i < units / 8; ++i)
    bar += "█";
  bar += eighths[units % 8];
  if (width == 0) return Cell(fmt::format("{:>{}}", count, digits));
  return Cell(fmt::format("{:>{}} {}", count, digits, bar));
}

void add_count_rows(Table& table, const Matrix& matrix, const std::vector<PartyCounts>& parties,
                    std::size_t total, std::size_t digits, std::size_t bar) {
  for (std::size_t p = 0; p < parties.size(); ++p) {
    std::vector<Cell> row{Cell(matrix.parties()[p].name)};
    for (const RoleInfo& info : matrix.legend()) {
      row.push_back(
          bar_cell(parties[p].roles[static_cast<std::size_t>(info.role)], total, digits, bar));
    }
    row.push_back(bar_cell(parties[p].alone, total, digits, bar));
    table.add_row(std::move(row));
  }
}

// The bars' width: 10 columns, less on a terminal too narrow for five of them beside the
// widest party name (or the first header), none at all when even that is too much.
std::size_t bar_width(const Matrix& matrix, const Layout& layout, std::size_t digits) {
  constexpr std::size_t full = 10;
  if (layout.width == 0) return full;
  std::size_t name = std::string_view("SECTION / PARTY").size();
  for (const Party& party : matrix.parties())
    name = std::max(name, display_width(party.name));
  const std::size_t counts = matrix.legend().size() + 1;  // R, A, C, I, the others and ALONE
  const std::size_t fixed = 2 + name + counts * (2 + digits + 1);
  if (layout.width <= fixed) return 0;
  return std::min(full, (layout.width - fixed) / counts);
}

std::vector<Cell> count_headers(const Matrix& matrix, const Layout& layout,
                                const std::string& first) {
  std::vector<Cell> headers{Cell(first)};
  for (const RoleInfo& info : matrix.legend()) {
    const std::string letter(1, role_letter(info.role));
    headers.emplace_back(letter, paint_letters(letter, layout.color));
  }
  headers.emplace_back("ALONE");
  return headers;
}

}  // namespace

// Which share of the output one matrix's stats are: the only one, or the first or a later
// one of several.
enum class Part { only, first, next };

namespace {

int print_stats(Context& context, const Matrix& matrix, const FilterOptions& options, Part part) {
  const Format format = context.format;
  const Selection selection = select_matching(context, options).selection;
  const Stats stats = compute_stats(matrix, selection);
  if (format == Format::json) {
    context.out.write(dump(stats_json(matrix, stats)));
  } else if (format == Format::csv) {
    const bool named = part != Part::only;
    std::string out(part == Part::next ? "" : csv_start(context.csv_style()));
    // A column per letter of the legend; of several matrices, each letter one of them has,
    // so that the rows of all share the header.
    const std::vector<Role> letters = context.selected_legend();
    std::vector<std::string> headers{"section", "party", "activities"};
    for (Role role : letters)
      headers.emplace_back(1, role_letter(role));
    headers.emplace_back("alone");
    headers.emplace_back("any");
    if (named) headers.insert(headers.begin(), "matrix");
    if (part != Part::next) out += csv_record(headers, context.csv_style());
    auto rows = [&](const std::string& section, std::size_t total,
                    const std::vector<PartyCounts>& parties) {
      for (std::size_t p = 0; p < parties.size(); ++p) {
        std::vector<std::string> fields{section, matrix.parties()[p].id, std::to_string(total)};
        if (named) fields.insert(fields.begin(), matrix.name());
        for (Role role : letters)
          fields.push_back(std::to_string(parties[p].roles[static_cast<std::size_t>(role)]));
        fields.push_back(std::to_string(parties[p].alone));
        fields.push_back(std::to_string(parties[p].any));
        out += csv_record(fields, context.csv_style());
      }
    };
    rows("", stats.activities, stats.parties);
    for (const SectionCounts& s : stats.sections) {
      rows(matrix.sections()[s.section].id, s.activities, s.parties);
    }
    context.out.write(out);
  } else if (stats.activities > 0) {
    if (context.matrix_count() > 1) write_matrix_heading(context, matrix, part != Part::next);
    const Layout layout = context.layout();
    Table overall(count_headers(matrix, layout, "PARTY"), {});
    const std::size_t digits = std::to_string(stats.activities).size();
    const std::size_t bar = bar_width(matrix, layout, digits);
    add_count_rows(overall, matrix, stats.parties, stats.activities, digits, bar);
    Table by_section(count_headers(matrix, layout, "SECTION / PARTY"), {});
    for (const SectionCounts& s : stats.sections) {
      const Section& section = matrix.sections()[s.section];
      by_section.add_heading(fmt::format(
          "{} ({}, {} activities)", section_path_text(matrix, section), section.id, s.activities));
      add_count_rows(by_section, matrix, s.parties, s.activities, digits, bar);
    }
    context.out.write(fmt::format("{} activities\n\n", stats.activities) + overall.render(layout) +
                      "\n" + by_section.render(layout));
  }
  return stats.activities == 0 ? static_cast<int>(exit_no_match) : static_cast<int>(exit_success);
}

}  // namespace

Action add_stats(CLI::App& command) {
  auto options = std::make_shared<FilterOptions>();
  add_filter_options(command, *options, "--keyword,-k");
  command.footer(
      "Each bar is full for all the activities counted; ALONE counts the activities a party\n"
      "holds with no other party involved.\n"
      "\n"
      "Examples:\n"
      "  raci stats\n"
      "  raci stats --phase onboarding -o json");
  return [options](Context& context) {
    if (!context.names_matrices())
      return print_stats(context, context.matrix(), *options, Part::only);
    Json reports = Json::array();
    std::size_t index = 0;
    int status = exit_no_match;
    context.for_each_matrix([&](const Matrix& matrix) {
      const Part part = index++ == 0 ? Part::first : Part::next;
      if (context.format == Format::json) {
        reports.push_back(with_matrix_field(
            matrix, stats_json(matrix, compute_stats(
                                           matrix, select_matching(context, *options).selection))));
      } else if (print_stats(context, matrix, *options, part) == exit_success) {
        status = exit_success;
      }
    });
    if (context.format == Format::json) {
      context.out.write(dump(context.matrix_count() > 1 ? reports : reports.front()));
      for (const Json& report : reports) {
        if (report["activities"].get<std::size_t>() > 0) status = exit_success;
      }
    }
    return status;
  };
}

}  // namespace raci::cli
