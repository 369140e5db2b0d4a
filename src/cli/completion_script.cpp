// The shell completion scripts, generated from the command-line definition itself (the
// command table, and CLI11's options with their type names) so that they cannot drift from
// it. The shell code is in src/cli/completion/*.in; this fills their @NAME@ placeholders with
// tables of commands, options and values.
//
// Written by hand: CLI11 has no completion generator.
#include "completion_script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "command_table.hpp"
#include "completion_templates.hpp"
#include "raci/owners/owners.hpp"

namespace raci::cli {
namespace {

// What a value of an option or positional argument is, told by its type name (`PARTY` in
// `--party PARTY`). Options whose type name is not here take free text.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> value_kinds{{
    {"MATRIX", "matrix"},
    {"FILE", "file"},
    {"PARTY", "party"},
    {"SECTION", "section"},
    {"ACTIVITY", "activity"},
    {"FOOTNOTE", "footnote"},
    {"WORDS", "word"},
    {"PHASE", "phase"},
    {"STATUS", "status"},
    {"OWNER", "owner"},
    {"FORMAT", "format"},
    {"WHEN", "color"},
    {"SHELL", "shell"},
    {"KIND", "kind"},
    {"LANG", "language"},
    {"LETTERS", "role"},
    {"LETTER", "role"},
}};

struct OptionSpec {
  std::vector<std::string> names;  // "--party", "-p"
  bool takes_value = false;
  std::string kind;  // "" for free text or no value
  std::string description;
};

struct CommandSpec {
  std::string name;  // "" for raci itself
  std::string description;
  std::vector<std::string> formats;  // what -o offers
  std::vector<OptionSpec> options;
  std::vector<std::string> positionals;  // kinds, in order; "" for free text
  bool last_repeats = false;             // the last positional takes any number of words
};

std::string kind_of(const CLI::Option& option) {
  // CLI11 appends its checks' descriptions: "WHEN:{auto,always,never}".
  const std::string full = option.get_type_name();
  const std::string_view type = std::string_view(full).substr(0, full.find(':'));
  for (const auto& [name, kind] : value_kinds) {
    if (type == name) return std::string(kind);
  }
  return "";
}

CommandSpec describe(const CLI::App& app, CommandSpec spec) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    if (option->get_positional()) {
      spec.positionals.push_back(kind_of(*option));
      spec.last_repeats = option->get_expected_max() > 1;
      continue;
    }
    OptionSpec out{{}, option->get_expected_max() > 0, kind_of(*option), option->get_description()};
    for (const std::string& name : option->get_lnames())
      out.names.push_back("--" + name);
    for (const std::string& name : option->get_snames())
      out.names.push_back("-" + name);
    spec.options.push_back(std::move(out));
  }
  return spec;
}

struct Definition {
  CommandSpec global;
  std::vector<CommandSpec> commands;
};

// Names, help and formats from the command table; options from CLI11.
Definition describe_all(const CLI::App& app) {
  Definition definition{describe(app, {"", app.get_description(), format_names()}), {}};
  for (const Command& command : commands()) {
    CommandSpec spec{std::string(command.name), std::string(command.help), {}};
    for (Format format : command.formats)
      spec.formats.emplace_back(format_name(format));
    definition.commands.push_back(
        describe(*app.get_subcommand(std::string(command.name)), std::move(spec)));
  }
  return definition;
}

// The fixed values of a kind; -o's depend on the command.
std::vector<std::string> static_values(std::string_view kind, const CommandSpec& command) {
  std::vector<std::string> values;
  if (kind == "phase") {
    for (Phase phase : all_phases)
      values.emplace_back(phase_name(phase));
  } else if (kind == "status") {
    for (Status status : all_statuses)
      values.emplace_back(status_name(status));
  } else if (kind == "format") {
    values = command.formats;
  } else if (kind == "color") {
    values = color_choices();
  } else if (kind == "shell") {
    values.assign(shells.begin(), shells.end());
  } else if (kind == "kind") {
    values.assign(matrix_kinds.begin(), matrix_kinds.end());
  }
  return values;
}

std::string words(const std::vector<std::string>& list) {
  return fmt::format("{}", fmt::join(list, " "));
}

std::string lines(const std::vector<std::string>& list) {
  return fmt::format("{}", fmt::join(list, "\n"));
}

// Single-quoted for bash and zsh.
std::string shell_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> option_names(const CommandSpec& command) {
  std::vector<std::string> names;
  for (const OptionSpec& option : command.options)
    names.insert(names.end(), option.names.begin(), option.names.end());
  return names;
}

// Whether raci itself has this option too (--help): completed once, as a global option.
bool is_global(const OptionSpec& option, const CommandSpec& global) {
  const std::vector<std::string> shared = option_names(global);
  return std::find(shared.begin(), shared.end(), option.names.front()) != shared.end();
}

// A command's own options' names, without the global ones.
std::vector<std::string> own_option_names(const CommandSpec& command, const CommandSpec& global) {
  std::vector<std::string> names;
  for (const OptionSpec& option : command.options) {
    if (!is_global(option, global))
      names.insert(names.end(), option.names.begin(), option.names.end());
  }
  return names;
}

std::vector<std::string> command_names(const Definition& definition) {
  std::vector<std::string> names;
  for (const CommandSpec& command : definition.commands)
    names.push_back(command.name);
  return names;
}

std::string positional_kinds(const CommandSpec& command) {
  std::vector<std::string> kinds;
  for (const std::string& kind : command.positionals)
    kinds.push_back(kind.empty() ? "text" : kind);
  if (command.last_repeats && !kinds.empty()) kinds.back() += "...";
  return words(kinds);
}

// The template with each @NAME@ replaced by its value; other '@' are shell text.
std::string fill(std::string_view text, const std::map<std::string_view, std::string>& values) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = text.find('@', at);
    const std::size_t end = start == text.npos ? text.npos : text.find('@', start + 1);
    if (end == text.npos) {
      out += text.substr(at);
      break;
    }
    const auto value = values.find(text.substr(start + 1, end - start - 1));
    if (value == values.end()) {
      out += text.substr(at, end - at);
      at = end;
      continue;
    }
    out += text.substr(at, start - at);
    out += value->second;
    at = end + 1;
  }
  return out;
}

// Keys stay unquoted (zsh would keep the quotes): they are command and option names only.
// The tables both the bash and the zsh scripts walk: option names per command, the kind of
// value each option takes ("text" for free text), the kinds of the positional arguments, and
// the fixed values of each kind.
std::map<std::string_view, std::string> shell_tables(const Definition& definition) {
  std::vector<std::string> out;
  for (const CommandSpec& command : definition.commands) {
    out.push_back(fmt::format("_raci_options[{}]={}", command.name,
                              shell_quoted(words(own_option_names(command, definition.global)))));
    out.push_back(fmt::format("_raci_positionals[{}]={}", command.name,
                              shell_quoted(positional_kinds(command))));
  }
  auto value_entries = [&](const CommandSpec& command) {
    for (const OptionSpec& option : command.options) {
      if (!option.takes_value) continue;
      for (const std::string& name : option.names) {
        const std::string key = command.name.empty() ? name : command.name + ":" + name;
        out.push_back(fmt::format("_raci_option_values[{}]={}", key,
                                  option.kind.empty() ? "text" : option.kind));
      }
    }
  };
  value_entries(definition.global);
  for (const CommandSpec& command : definition.commands)
    value_entries(command);
  for (std::string_view kind : {"phase", "status", "color", "shell", "kind", "format"}) {
    out.push_back(fmt::format("_raci_values[{}]={}", kind,
                              shell_quoted(words(static_values(kind, definition.global)))));
  }
  for (const CommandSpec& command : definition.commands) {
    out.push_back(fmt::format("_raci_values[format:{}]={}", command.name,
                              shell_quoted(words(static_values("format", command)))));
  }
  return {{"COMMANDS", shell_quoted(words(command_names(definition)))},
          {"GLOBAL_OPTIONS", shell_quoted(words(option_names(definition.global)))},
          {"TABLES", lines(out)}};
}

std::string zsh_script(const Definition& definition) {
  std::map<std::string_view, std::string> values = shell_tables(definition);
  std::vector<std::string> help;
  for (const CommandSpec& command : definition.commands)
    help.push_back("  " + shell_quoted(command.name + ":" + command.description));
  auto escaped = [](std::string_view text) {  // _describe splits "name:description" at ':'
    std::string name;
    for (char c : text) {
      if (c == ':') name += '\\';
      name += c;
    }
    return name;
  };
  std::vector<std::string> descriptions;
  auto option_help = [&](const CommandSpec& command) {
    for (const OptionSpec& option : command.options) {
      for (const std::string& name : option.names) {
        const std::string key = command.name.empty() ? name : command.name + ":" + name;
        descriptions.push_back(fmt::format("_raci_option_descriptions[{}]={}", key,
                                           shell_quoted(escaped(name) + ":" + option.description)));
      }
    }
  };
  option_help(definition.global);
  for (const CommandSpec& command : definition.commands)
    option_help(command);
  values.emplace("COMMAND_HELP", lines(help));
  values.emplace("OPTION_DESCRIPTIONS", lines(descriptions));
  return fill(zsh_completion_template, values);
}

// fish's own completion model is declarative: one 'complete' line per option and argument.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_arguments(std::string_view kind, const CommandSpec& command) {
  if (kind == "file") return " -r -F";
  if (kind.empty()) return " -x";
  for (std::string_view matrix_kind : matrix_kinds) {
    if (kind == matrix_kind) return fmt::format(" -x -a '(__raci_values {})'", kind);
  }
  return fmt::format(" -x -a {}", fish_quoted(words(static_values(kind, command))));
}

std::string fish_option(const OptionSpec& option, std::string_view condition,
                        const CommandSpec& command) {
  std::string out = "complete -c raci";
  if (!condition.empty()) out += fmt::format(" -n {}", fish_quoted(condition));
  for (const std::string& name : option.names)
    out += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
  if (option.takes_value) out += fish_arguments(option.kind, command);
  return out + " -d " + fish_quoted(option.description);
}

std::string fish_script(const Definition& definition) {
  const CommandSpec& global = definition.global;
  std::vector<std::string> value_options;  // raci's own options that take a value
  for (const OptionSpec& option : global.options) {
    if (option.takes_value)
      value_options.insert(value_options.end(), option.names.begin(), option.names.end());
  }
  std::vector<std::string> out;
  for (const CommandSpec& command : definition.commands) {
    out.push_back(fmt::format("complete -c raci -n '__raci_needs_command' -a {} -d {}",
                              command.name, fish_quoted(command.description)));
  }
  for (const OptionSpec& option : global.options) {
    if (option.kind != "format") {
      out.push_back(fish_option(option, "", global));
      continue;
    }
    out.push_back(fish_option(option, "__raci_needs_command", global));
    for (const CommandSpec& command : definition.commands) {
      if (command.formats.empty()) continue;
      out.push_back(fish_option(option, "__fish_seen_subcommand_from " + command.name, command));
    }
  }
  for (const CommandSpec& command : definition.commands) {
    const std::string condition = "__fish_seen_subcommand_from " + command.name;
    for (const OptionSpec& option : command.options) {
      if (is_global(option, global)) continue;
      out.push_back(fish_option(option, condition, command));
    }
    // fish cannot count positional arguments; it offers the first one's values throughout.
    if (!command.positionals.empty() && !command.positionals.front().empty()) {
      const std::string& kind = command.positionals.front();
      std::string arguments = fish_arguments(kind, command);
      if (kind == "file") arguments = " -F";
      out.push_back(fmt::format("complete -c raci -n {}{}", fish_quoted(condition), arguments));
    }
  }
  return fill(fish_completion_template,
              {{"GLOBAL_VALUE_OPTIONS", words(value_options)}, {"COMPLETIONS", lines(out)}});
}

}  // namespace

std::string completion_script(std::string_view shell, const CLI::App& app) {
  const Definition definition = describe_all(app);
  if (shell == "bash") return fill(bash_completion_template, shell_tables(definition));
  if (shell == "zsh") return zsh_script(definition);
  return fish_script(definition);
}

}  // namespace raci::cli
