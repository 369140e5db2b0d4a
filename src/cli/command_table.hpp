#pragma once

#include <CLI/CLI.hpp>
#include <span>
#include <string_view>

#include "context.hpp"
#include "raci/render/format.hpp"

namespace raci::cli {

// One row of the command table, like ninja's kTools[]: a command's name is written here once,
// and 'raci --help', the -o check, dispatch and the completion scripts all read this row.
struct Command {
  std::string_view name;
  std::string_view help;            // the one line of 'raci --help' and the completion scripts
  std::span<const Format> formats;  // what -o may ask for; empty: the command takes no -o
  Format default_format;            // what -o table, the global default, stands for
  // Adds the command's options and footer to `command` (already named from this row) and
  // returns the action to run when it is chosen.
  Action (*add)(CLI::App& command);
};

// Every command, in the order 'raci --help' lists them.
std::span<const Command> commands();

// The -o value checked against what `command` prints; UsageError if it cannot print it.
Format resolve_format(const Command& command, std::string_view requested);

}  // namespace raci::cli
