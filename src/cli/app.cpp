#include "app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <span>
#include <string_view>

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

// Every name an option of `command` (and the global options) answers to, dashes included.
std::vector<std::string> option_names(const CLI::App& app, const CLI::App* command) {
  std::vector<std::string> names;
  for (const CLI::App* scope : {&app, command}) {
    if (scope == nullptr) continue;
    for (const CLI::Option* option : scope->get_options()) {
      for (const std::string& name : option->get_lnames())
        names.push_back("--" + name);
      for (const std::string& name : option->get_snames())
        names.push_back("-" + name);
    }
  }
  return names;
}

// CLI11 says "The following argument was not expected: lsit" (several, in reverse order);
// say what was meant about the first one.
std::string explain_extras(const CLI::ExtrasError& error, const CLI::App& app) {
  std::vector<std::string> extras = app.remaining();
  const std::vector<CLI::App*> chosen = app.get_subcommands();
  const CLI::App* command = chosen.empty() ? nullptr : chosen.front();
  if (command != nullptr) {
    const std::vector<std::string> more = command->remaining();
    extras.insert(extras.begin(), more.begin(), more.end());
  }
  if (extras.empty()) return error.what();
  const std::string& extra = extras.front();
  const std::string shown = escape_controls(extra);
  if (extra.size() > 1 && extra.starts_with("-")) {
    const std::string name = extra.substr(0, extra.find('='));
    if (command != nullptr) {
      const std::vector<std::string> own = option_names(*command, nullptr);
      if (std::find(own.begin(), own.end(), name) != own.end()) {
        return fmt::format("option '{}' belongs to '{}': put it after the command name", name,
                           command->get_name());
      }
    }
    // A single letter is too short to guess from.
    const std::vector<std::string> close = name.size() > 2
                                               ? closest_matches(name, option_names(app, command))
                                               : std::vector<std::string>{};
    return fmt::format("unknown option '{}'{}", shown.substr(0, shown.find('=')),
                       close.empty() ? "" : fmt::format(" (did you mean {}?)", close.front()));
  }
  if (command != nullptr) {
    // A word given to a command that takes none (or no more): most likely a search.
    const bool searches = command->get_option_no_throw("-k") != nullptr;
    return fmt::format("unexpected argument '{}'{}", shown,
                       searches ? fmt::format(" (did you mean -k {}?)", shown) : "");
  }
  std::vector<std::string> names;
  for (const Command& row : commands())
    names.emplace_back(row.name);
  return fmt::format("unknown command '{}' (commands: {}){}", shown, fmt::join(names, ", "),
                     did_you_mean(extra, names));
}

// The command line's options, bound to a Context and to these locals; `actions` has one entry
// per row of the command table (empty for a command whose options were not built).
struct CommandLine {
  CLI::App app{"raci answers \"who does what?\" from a RACI responsibility matrix.", "raci"};
  bool version = false;
  bool no_pager = false;
  std::string format = "table";  // resolved into context.format once the command is known
  CLI::Option* matrix = nullptr;
  CLI::Option* data = nullptr;
  CLI::Option* lang = nullptr;
  std::vector<Action> actions;
};

// Builds the command line into `context`. Every command is listed, but only `only`'s options
// are built when it is not empty: CLI11 takes a third of a query's instructions to build
// them all, and a command line names one command.
std::unique_ptr<CommandLine> build_command_line(Context& context, std::string_view only) {
  auto line = std::make_unique<CommandLine>();
  CLI::App& app = line->app;
  app.footer(footer);
  app.require_subcommand(0, 1);
  app.add_flag("--version", line->version, "Print the version and which matrix is loaded");
  line->matrix =
      app.add_option("--matrix,-m", context.matrix_names,
                     "The built-in matrices to read: ids (iaas, kubernetes... see 'raci "
                     "matrices'), comma-separated or repeated, or all (default: iaas, unless "
                     "--data is given)")
          ->envname("RACI_MATRIX")
          ->delimiter(',')
          ->check(not_empty())
          ->type_name("MATRIX")
          ->allow_extra_args(false);
  line->data =
      app.add_option("--data", context.data_files,
                     "Read a matrix from this YAML file (JSON if named .json; - for standard "
                     "input) instead of the built-in one; repeat for several, with --matrix "
                     "for built-in ones too")
          ->envname("RACI_DATA")
          ->check(not_empty())
          ->type_name("FILE")
          ->allow_extra_args(false);
  line->lang =
      app.add_option("--lang", context.language,
                     "Print the matrix's texts in this language (en, fr, de...; default: "
                     "RACI_LANG, else the locale's LC_ALL, LC_MESSAGES or LANG when the matrix "
                     "has it, else its original language)")
          ->envname("RACI_LANG")
          ->check(not_empty())
          ->type_name("LANG");
  app.add_option("--owners", context.owners_file,
                 "Read your own owners of the matrix's duties from this file (docs/owners.md)")
      ->envname("RACI_OWNERS")
      ->check(not_empty())
      ->type_name("FILE");
  app.add_option("--color", context.color,
                 "Colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or "
                 "never")
      ->type_name("WHEN")
      ->transform(CLI::IsMember(color_choices(), CLI::ignore_case));
  app.add_flag("--csv-raw", context.csv_raw,
               "With -o csv: write cells starting with =, +, - or @ as they are (by default they "
               "get a leading ' so that spreadsheets do not run them as formulas)");
  app.add_flag("--no-pager", line->no_pager,
               "Never page: by default long output on a terminal goes through RACI_PAGER, else "
               "PAGER, else less -FRX");
  app.add_flag("--crlf", context.crlf,
               "With -o csv: end lines with CRLF, as RFC 4180 says (by default a line feed, as "
               "most tools write it)");
  app.add_flag("--bom", context.bom,
               "With -o csv: start with a UTF-8 byte-order mark, for spreadsheets that need it "
               "to read accents right");
  app.add_option("-o,--format", line->format, "Output format")
      ->type_name("FORMAT")
      ->transform(CLI::IsMember(format_names(), CLI::ignore_case));

  for (const Command& row : commands()) {
    if (!only.empty() && row.name != only) {
      line->actions.emplace_back();
      continue;
    }
    CLI::App* command = app.add_subcommand(std::string(row.name), std::string(row.help));
    line->actions.push_back(row.add(*command));
    command->fallthrough();  // global options may follow the command name too
    command->footer(command->get_footer() +
                    "\n\nGlobal options, before or after the command: --data FILE, --color WHEN,\n"
                    "-o FORMAT (see 'raci --help').");
  }
  return line;
}

// The command a command line names, read as CLI11 will: the first word that is neither an
// option nor a global option's value. Empty when unsure (no such word, an unknown command,
// "--"), and for completion, whose script describes every command.
std::string_view named_command(int argc, char** argv) {
  constexpr std::string_view valued[] = {"--matrix", "-m",      "--data",   "--lang",
                                         "--owners", "--color", "--format", "-o"};
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "--") return {};
    if (std::ranges::find(valued, arg) != std::end(valued)) {
      ++i;
    } else if (!arg.starts_with("-")) {
      const std::span<const Command> table = commands();
      const auto row = std::ranges::find(table, arg, &Command::name);
      if (row == table.end() || row->name == "completion") return {};
      return row->name;
    }
  }
  return {};
}

}  // namespace

int run(int argc, char** argv, Teardown teardown) {
  // A closed pipe must not kill us silently mid-write: we see EPIPE and stop quietly.
  std::signal(SIGPIPE, SIG_IGN);

  auto owned_context = std::make_unique<Context>();
  std::unique_ptr<CommandLine> line;
  // The named command's options alone; should CLI11 read the command line otherwise (an
  // error, --help, another command), it is read again with every command's options, so that
  // what it says is the same.
  if (const std::string_view guess = named_command(argc, argv); !guess.empty()) {
    line = build_command_line(*owned_context, guess);
    try {
      line->app.parse(argc, argv);
      const std::vector<CLI::App*> chosen = line->app.get_subcommands();
      if (chosen.size() != 1 || chosen.front()->get_name() != guess) line.reset();
    } catch (const CLI::Error&) {
      line.reset();
    }
  }
  const bool parsed = line != nullptr;
  if (!parsed) {
    owned_context = std::make_unique<Context>();
    line = build_command_line(*owned_context, {});
  }
  Context& context = *owned_context;
  CLI::App& app = line->app;
  try {
    try {
      if (!parsed) app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      // Through Output, so that a failed write (--help > /dev/full) is reported, exit 2.
      context.out.write(app.help());
      context.out.finish();
      return exit_success;
    } catch (const CLI::ExtrasError& e) {
      throw UsageError(explain_extras(e, app));
    } catch (const CLI::ParseError& e) {
      // CLI11's own exit codes (105, 106, 109, ...) all mean a usage error.
      throw UsageError(e.what());
    }
    // CLI11 lets `--data ""` through as "not given" (an empty RACI_DATA is not set, as usual).
    if (line->data->count() > 0 && context.data_files.empty() &&
        std::getenv("RACI_DATA") == nullptr)
      throw UsageError("--data: must not be empty");
    const auto given_on_command_line = [&](std::string_view name, std::string_view short_name) {
      return std::any_of(argv + 1, argv + argc, [&](const char* arg) {
        const std::string_view given(arg);
        return given == name || (given.starts_with(name) && given.substr(name.size(), 1) == "=") ||
               (!short_name.empty() && given.starts_with(short_name));
      });
    };
    context.data_from_environment =
        !context.data_files.empty() && !given_on_command_line("--data", "");
    context.matrix_from_environment =
        line->matrix->count() > 0 && !given_on_command_line("--matrix", "-m");
    context.language_from_environment =
        line->lang->count() > 0 && std::none_of(argv + 1, argv + argc, [](const char* arg) {
          const std::string_view given(arg);
          return given == "--lang" || given.starts_with("--lang=");
        });
    int status = exit_success;
    if (line->version) {
      context.out.write(version_text(context));
    } else if (app.get_subcommands().empty()) {
      std::fputs(app.help().c_str(), stderr);
      throw UsageError("no command given (see the list above)");
    } else {
      const std::string chosen = app.get_subcommands().front()->get_name();
      const std::span<const Command> table = commands();
      const auto row = std::ranges::find(table, chosen, &Command::name);
      context.format = resolve_format(*row, line->format);
      context.command = row->name;
      if (!line->no_pager && row->name != "completion") context.out.page_through(chosen_pager());
      status = line->actions[static_cast<std::size_t>(row - table.begin())](context);
    }
    context.out.finish();  // standard output written and closed, the pager waited for
    if (teardown == Teardown::skip) std::_Exit(status);
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
