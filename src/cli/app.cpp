#include "app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "command_table.hpp"
#include "commands.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"

#ifndef RACI_VERSION
#define RACI_VERSION "unknown"
#endif

namespace raci::cli {
namespace {

constexpr const char* footer =
    "Examples:\n"
    "  raci who --activity backup                  who does what for backups\n"
    "  raci list --party client --only             the client's duties alone\n"
    "  raci list --party client --only -o checklist\n"
    "  raci list -k backup -o json | jq -r '.[] | [.id, .roles.client] | @tsv'\n"
    "  raci show backup-capacity\n"
    "\n"
    "Exit status: 0 something was printed, 1 a valid query matched nothing,\n"
    "2 a usage or data error (one line on stderr: raci: error: ...).";

void print_error(const std::string& message) {
  std::fprintf(stderr, "raci: error: %s\n", escape_controls(message).c_str());
}

std::string version_text(Context& context) {
  const Matrix& matrix = context.matrix();
  std::string out =
      fmt::format("raci {}\nmatrix: {}", RACI_VERSION, escape_controls(matrix.title()));
  if (!matrix.provider().empty()) out += fmt::format(" ({})", escape_controls(matrix.provider()));
  out += fmt::format(", {} activities\nsource: {}", matrix.activities().size(),
                     escape_controls(matrix.origin()));
  if (!matrix.source().empty()) out += fmt::format(" ({})", escape_controls(matrix.source()));
  return out + "\n";
}

// CLI11 says "The following argument was not expected: lsit"; say what was meant.
std::string explain_extras(const CLI::ExtrasError& error, const std::vector<std::string>& extras) {
  if (extras.empty() || extras.front().starts_with("-")) return error.what();
  std::vector<std::string> names;
  for (const Command& command : commands())
    names.emplace_back(command.name);
  return fmt::format("unknown command '{}' (commands: {}){}", extras.front(),
                     fmt::join(names, ", "), did_you_mean(extras.front(), names));
}

}  // namespace

int run(int argc, char** argv) {
  // A closed pipe must not kill us silently mid-write: we see EPIPE and stop quietly.
  std::signal(SIGPIPE, SIG_IGN);

  Context context;
  CLI::App app("raci answers \"who does what?\" from a RACI responsibility matrix.", "raci");
  app.footer(footer);
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, "Print the version and which matrix is loaded");
  CLI::Option* data =
      app.add_option("--data", context.data_file,
                     "Read the matrix from this YAML file (JSON if named .json; - for standard "
                     "input) instead of the built-in one")
          ->envname("RACI_DATA")
          ->check(not_empty())
          ->type_name("FILE");
  app.add_option("--owners", context.owners_file,
                 "Read your own owners of the matrix's duties from this file (docs/owners.md)")
      ->envname("RACI_OWNERS")
      ->check(not_empty())
      ->type_name("FILE");
  app.add_option("--color", context.color,
                 "Colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or "
                 "never")
      ->type_name("WHEN")
      ->check(CLI::IsMember(color_choices()));
  app.add_flag("--csv-raw", context.csv_raw,
               "With -o csv: write cells starting with =, +, - or @ as they are (by default they "
               "get a leading ' so that spreadsheets do not run them as formulas)");
  app.add_flag("--crlf", context.crlf,
               "With -o csv: end lines with CRLF, as RFC 4180 says (by default a line feed, as "
               "most tools write it)");
  app.add_flag("--bom", context.bom,
               "With -o csv: start with a UTF-8 byte-order mark, for spreadsheets that need it "
               "to read accents right");
  std::string format = "table";  // resolved into context.format once the command is known
  app.add_option("-o,--format", format, "Output format")
      ->type_name("FORMAT")
      ->check(CLI::IsMember(format_names()));

  std::vector<Action> actions;  // one per row of the command table
  for (const Command& row : commands()) {
    CLI::App* command = app.add_subcommand(std::string(row.name), std::string(row.help));
    actions.push_back(row.add(*command));
    command->fallthrough();  // global options may follow the command name too
    command->footer(command->get_footer() +
                    "\n\nGlobal options, before or after the command: --data FILE, --color WHEN,\n"
                    "-o FORMAT (see 'raci --help').");
  }

  try {
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      // Through Output, so that a failed write (--help > /dev/full) is reported, exit 2.
      context.out.write(app.help());
      context.out.finish();
      return exit_success;
    } catch (const CLI::ExtrasError& e) {
      throw UsageError(explain_extras(e, app.remaining()));
    } catch (const CLI::ParseError& e) {
      // CLI11's own exit codes (105, 106, 109, ...) all mean a usage error.
      throw UsageError(e.what());
    }
    // CLI11 lets `--data ""` through as "not given" (an empty RACI_DATA is not set, as usual).
    if (data->count() > 0 && context.data_file.empty() && std::getenv("RACI_DATA") == nullptr)
      throw UsageError("--data: must not be empty");
    int status = exit_success;
    if (version) {
      context.out.write(version_text(context));
    } else if (app.get_subcommands().empty()) {
      std::fputs(app.help().c_str(), stderr);
      throw UsageError("no command given (see the list above)");
    } else {
      const std::string chosen = app.get_subcommands().front()->get_name();
      const std::span<const Command> table = commands();
      const auto row = std::ranges::find(table, chosen, &Command::name);
      context.format = resolve_format(*row, format);
      status = actions[static_cast<std::size_t>(row - table.begin())](context);
    }
    context.out.finish();
    return status;
  } catch (const BrokenPipe&) {
    return exit_success;
  } catch (const Error& e) {
    print_error(e.what());
    return exit_failure;
  } catch (const std::bad_alloc&) {
    print_error("out of memory");
    return exit_failure;
  }
}

}  // namespace raci::cli
