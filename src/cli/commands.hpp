#pragma once

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace raci::cli {

// Each adds its subcommand to `app` and returns the action to run when it is chosen.
Action add_who(CLI::App& app);
Action add_list(CLI::App& app);
Action add_show(CLI::App& app);
Action add_sections(CLI::App& app);
Action add_parties(CLI::App& app);
Action add_roles(CLI::App& app);
Action add_footnotes(CLI::App& app);

// Prints activities in any activity format; `table` is the command's own table.
int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<std::string(const Layout&)>& table);

}  // namespace raci::cli
