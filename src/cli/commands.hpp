#pragma once

#include <CLI/CLI.hpp>

#include "context.hpp"
#include "raci/analysis/query.hpp"

namespace raci::cli {

// The filter options of who, list and stats, as typed.
struct FilterOptions {
  FilterSpec spec;
  std::vector<std::string> words;  // who's positional TEXT
  int footnote = 0;
};

void add_filter_options(CLI::App& command, FilterOptions& options, const std::string& keyword);
// The activities of the context's matrix that the options select, in document order.
Selection select_matching(Context& context, const FilterOptions& options);

// Each adds its subcommand to `app` and returns the action to run when it is chosen.
Action add_who(CLI::App& app);
Action add_list(CLI::App& app);
Action add_show(CLI::App& app);
Action add_sections(CLI::App& app);
Action add_parties(CLI::App& app);
Action add_roles(CLI::App& app);
Action add_footnotes(CLI::App& app);
Action add_validate(CLI::App& app);
Action add_stats(CLI::App& app);
Action add_diff(CLI::App& app);
Action add_import(CLI::App& app);
Action add_export(CLI::App& app);
// Keeps a reference to `app`: its actions describe the whole command line.
Action add_completion(CLI::App& app);

// Prints activities in any activity format, streamed to standard output; `table` writes the
// command's own table.
int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<void(const Sink&, const Layout&)>& table);

}  // namespace raci::cli
