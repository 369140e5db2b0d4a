// raci completion: shell completion scripts generated from the command-line definition itself
// (the command table, and CLI11's options and their type names), so that they cannot drift
// from it. The
// ids of parties, sections, activities and footnotes come at completion time from
// 'raci completion --values KIND', so they follow --data and RACI_DATA.
//
// Written by hand: CLI11 has no completion generator.
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "command_table.hpp"
#include "commands.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"

namespace raci::cli {
namespace {

// What a value of an option or positional argument is, told by its type name (`PARTY` in
// `--party PARTY`). Options whose type name is not here take free text.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> value_kinds{{
    {"FILE", "file"},
    {"PARTY", "party"},
    {"SECTION", "section"},
    {"ACTIVITY", "activity"},
    {"FOOTNOTE", "footnote"},
    {"PHASE", "phase"},
    {"FORMAT", "format"},
    {"WHEN", "color"},
    {"SHELL", "shell"},
    {"KIND", "kind"},
}};

// Kinds whose values are in the matrix, asked for at completion time.
constexpr std::array<std::string_view, 4> matrix_kinds{"party", "section", "activity", "footnote"};
constexpr std::array<std::string_view, 3> shells{"bash", "zsh", "fish"};

struct OptionSpec {
  std::vector<std::string> names;  // "--party", "-p"
  bool takes_value = false;
  std::string kind;  // "" for free text or no value
  std::string description;
};

struct CommandSpec {
  std::string name;  // "" for raci itself
  std::string description;
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

CommandSpec describe(const CLI::App& app, std::string command_name) {
  CommandSpec spec{std::move(command_name), app.get_description(), {}, {}, false};
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

// Names and help from the command table; options from CLI11.
Definition describe_all(const CLI::App& app) {
  Definition definition{describe(app, ""), {}};
  for (const Command& command : commands()) {
    CommandSpec spec = describe(*app.get_subcommand(std::string(command.name)), "");
    spec.name = command.name;
    spec.description = command.help;
    definition.commands.push_back(std::move(spec));
  }
  return definition;
}

// What -o offers after `name`: its row's formats.
std::span<const Format> formats_of(std::string_view name) {
  for (const Command& command : commands()) {
    if (command.name == name) return command.formats;
  }
  return {};
}

// The fixed values of a kind; "" for a command-independent kind.
std::vector<std::string> static_values(std::string_view kind, std::string_view command) {
  std::vector<std::string> values;
  if (kind == "phase") {
    for (Phase phase : all_phases)
      values.emplace_back(phase_name(phase));
  } else if (kind == "format") {
    if (command.empty()) return format_names();
    for (Format format : formats_of(command))
      values.emplace_back(format_name(format));
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

// Keys stay unquoted (zsh would keep the quotes): they are command and option names only.
// The tables both the bash and the zsh scripts walk: option names per command, the kind of
// value each option takes ("text" for free text), the kinds of the positional arguments, and
// the fixed values of each kind.
std::string shell_tables(const Definition& definition, std::string_view declare) {
  std::string out;
  fmt::format_to(std::back_inserter(out), "_raci_commands={}\n_raci_global_options={}\n",
                 shell_quoted(words(command_names(definition))),
                 shell_quoted(words(option_names(definition.global))));
  fmt::format_to(std::back_inserter(out),
                 "{} _raci_options _raci_option_values _raci_positionals "
                 "_raci_values\n",
                 declare);
  for (const CommandSpec& command : definition.commands) {
    fmt::format_to(std::back_inserter(out), "_raci_options[{}]={}\n", command.name,
                   shell_quoted(words(own_option_names(command, definition.global))));
    fmt::format_to(std::back_inserter(out), "_raci_positionals[{}]={}\n", command.name,
                   shell_quoted(positional_kinds(command)));
  }
  auto value_entries = [&](const CommandSpec& command) {
    for (const OptionSpec& option : command.options) {
      if (!option.takes_value) continue;
      for (const std::string& name : option.names) {
        const std::string key = command.name.empty() ? name : command.name + ":" + name;
        fmt::format_to(std::back_inserter(out), "_raci_option_values[{}]={}\n", key,
                       option.kind.empty() ? "text" : option.kind);
      }
    }
  };
  value_entries(definition.global);
  for (const CommandSpec& command : definition.commands)
    value_entries(command);
  for (std::string_view kind : {"phase", "color", "shell", "kind"}) {
    fmt::format_to(std::back_inserter(out), "_raci_values[{}]={}\n", kind,
                   shell_quoted(words(static_values(kind, ""))));
  }
  fmt::format_to(std::back_inserter(out), "_raci_values[format]={}\n",
                 shell_quoted(words(static_values("format", ""))));
  for (const CommandSpec& command : definition.commands) {
    const std::vector<std::string> formats = static_values("format", command.name);
    fmt::format_to(std::back_inserter(out), "_raci_values[format:{}]={}\n", command.name,
                   shell_quoted(words(formats)));
  }
  return out;
}

constexpr std::string_view header =
    "# {} completion for raci, generated by 'raci completion {}' from raci's own definition of\n"
    "# its commands and options. Ids of parties, sections, activities and footnotes come from\n"
    "# the matrix raci loads (--data on the command line, else RACI_DATA, else built-in).\n";

// Shared by bash and zsh (both run it): finds, from the words before the cursor, the
// command, how many positional arguments it has, the --data given, and whether the cursor is
// on an option's value. Sets _raci_command, _raci_npos, _raci_data, _raci_pending.
constexpr std::string_view walk = R"sh(
_raci_walk() {
  # _raci_walk WORD... : the words after the program name, up to the cursor's.
  _raci_command= _raci_npos=0 _raci_pending= _raci_data=()
  local word option key
  while (( $# > 0 )); do
    word=$1; shift
    if [[ -n $_raci_pending ]]; then
      [[ $_raci_pending == --data ]] && _raci_data=(--data "$(_raci_path "$word")")
      _raci_pending=
      continue
    fi
    case $word in
      --) ;;
      -?*=*)
        [[ ${word%%=*} == --data ]] && _raci_data=(--data "$(_raci_path "${word#*=}")") ;;
      -?*)
        option=$word key=$_raci_command:$word
        if [[ -n ${_raci_option_values[$key]-} || -n ${_raci_option_values[$option]-} ]]; then
          _raci_pending=$option
        fi ;;
      *)
        if [[ -z $_raci_command ]]; then _raci_command=$word
        else _raci_npos=$((_raci_npos + 1)); fi ;;
    esac
  done
}

_raci_path() {
  # A file name as typed, for raci to open: without surrounding quotes, ~ expanded.
  local path=$1
  case $path in
    \'*\') path=${path#\'}; path=${path%\'} ;;
    \"*\") path=${path#\"}; path=${path%\"} ;;
  esac
  case $path in
    \~/*) path=$HOME/${path#\~/} ;;
  esac
  printf '%s\n' "$path"
}

_raci_kind_of_option() {
  # The kind of value OPTION takes in the current command.
  local kind=${_raci_option_values[$_raci_command:$1]-}
  [[ -n $kind ]] || kind=${_raci_option_values[$1]-}
  printf '%s\n' "$kind"
}

_raci_kind_of_positional() {
  # The kind of the next positional argument of the current command.
  local -a kinds
  kinds=(${=_raci_positionals[$_raci_command]-})
  local count=${#kinds[@]} last
  (( count == 0 )) && return
  if (( _raci_npos < count )); then
    printf '%s\n' "${kinds[@]:_raci_npos:1}"
  else
    last=${kinds[@]: -1}
    [[ $last == *... ]] && printf '%s\n' "${last%...}"
  fi
}

_raci_candidates() {
  # The words KIND offers, one a line; file completion is the caller's.
  case $1 in
    party|section|activity|footnote)
      "$_raci_program" "${_raci_data[@]}" completion --values "$1" 2>/dev/null ;;
    format)
      local key=format
      [[ -n $_raci_command ]] && key=format:$_raci_command
      printf '%s\n' ${=_raci_values[$key]-} ;;
    *) printf '%s\n' ${=_raci_values[$1]-} ;;
  esac
}
)sh";

std::string bash_script(const Definition& definition) {
  std::string out = fmt::format(header, "bash", "bash");
  out +=
      "# Install: raci completion bash > ~/.local/share/bash-completion/completions/raci\n"
      "# or add to ~/.bashrc: source <(raci completion bash)\n\n";
  out += shell_tables(definition, "declare -gA");
  // ${=name} is zsh's word splitting; bash splits unquoted expansions by itself.
  std::string shared(walk);
  for (std::size_t at; (at = shared.find("${=")) != std::string::npos;)
    shared.replace(at, 3, "${");
  out += shared;
  out += R"sh(
_raci() {
  local cur=${COMP_WORDS[COMP_CWORD]} _raci_program=${COMP_WORDS[0]}
  local _raci_command _raci_npos _raci_pending kind
  local -a _raci_data
  local -a before=("${COMP_WORDS[@]:1:COMP_CWORD-1}")
  # bash splits --option=value at '='; join such words back.
  local -a joined=()
  local i
  for ((i = 0; i < ${#before[@]}; i++)); do
    if [[ ${before[i]} == = && ${#joined[@]} -gt 0 ]]; then
      joined[${#joined[@]}-1]+="=${before[i+1]-}"
      i=$((i + 1))
    else
      joined+=("${before[i]}")
    fi
  done
  local prefix=
  if [[ $cur == = && ${#joined[@]} -gt 0 && ${joined[-1]} == -* ]]; then
    _raci_pending=${joined[-1]}; unset 'joined[-1]'; cur=
  elif [[ ${#joined[@]} -gt 0 && ${joined[-1]} == -*= ]]; then
    _raci_pending=${joined[-1]%=}; unset 'joined[-1]'
  elif [[ $cur == -?*=* ]]; then  # '=' is not in COMP_WORDBREAKS
    _raci_pending=${cur%%=*}; prefix=${cur%%=*}=; cur=${cur#*=}
  fi
  local pending=$_raci_pending
  _raci_walk "${joined[@]}"
  [[ -n $pending ]] && _raci_pending=$pending
  COMPREPLY=()
  if [[ -n $_raci_pending ]]; then
    kind=$(_raci_kind_of_option "$_raci_pending")
  elif [[ $cur == -* ]]; then
    local options=$_raci_global_options
    [[ -n $_raci_command ]] && options+=" ${_raci_options[$_raci_command]-}"
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return 0
  elif [[ -z $_raci_command ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$_raci_commands" -- "$cur")
    return 0
  else
    kind=$(_raci_kind_of_positional)
  fi
  case $kind in
    ''|text) ;;
    file)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -P "$prefix" -- "$cur") ;;
    *)
      mapfile -t COMPREPLY < <(compgen -W "$(_raci_candidates "$kind")" -P "$prefix" -- "$cur") ;;
  esac
  return 0
}

complete -F _raci raci
)sh";
  return out;
}

std::string zsh_script(const Definition& definition) {
  std::string out = "#compdef raci\n" + fmt::format(header, "zsh", "zsh");
  out +=
      "# Install: raci completion zsh > \"${fpath[1]}/_raci\"\n"
      "# or add to ~/.zshrc, after compinit: source <(raci completion zsh)\n\n";
  out += shell_tables(definition, "typeset -gA");
  out += "typeset -ga _raci_command_help\n_raci_command_help=(\n";
  auto escaped = [](std::string_view text) {  // _describe splits "name:description" at ':'
    std::string name;
    for (char c : text) {
      if (c == ':') name += '\\';
      name += c;
    }
    return name;
  };
  for (const CommandSpec& command : definition.commands) {
    out += "  " + shell_quoted(command.name + ":" + command.description) + "\n";
  }
  out += ")\ntypeset -gA _raci_option_descriptions\n";
  auto option_help = [&](const CommandSpec& command) {
    for (const OptionSpec& option : command.options) {
      for (const std::string& name : option.names) {
        const std::string key = command.name.empty() ? name : command.name + ":" + name;
        fmt::format_to(std::back_inserter(out), "_raci_option_descriptions[{}]={}\n", key,
                       shell_quoted(escaped(name) + ":" + option.description));
      }
    }
  };
  option_help(definition.global);
  for (const CommandSpec& command : definition.commands)
    option_help(command);
  out += walk;
  out += R"sh(
_raci() {
  local cur=${words[CURRENT]} _raci_program=${words[1]}
  local _raci_command _raci_npos _raci_pending kind name
  local -a _raci_data candidates
  _raci_walk "${(@)words[2,CURRENT-1]}"
  if [[ -z $_raci_pending && $cur == -?*=* ]]; then
    _raci_pending=${cur%%=*}
    compset -P '*='
  fi
  if [[ -n $_raci_pending ]]; then
    kind=$(_raci_kind_of_option "$_raci_pending")
  elif [[ $cur == -* ]]; then
    for name in ${=_raci_global_options}; do
      candidates+=("${_raci_option_descriptions[$name]}")
    done
    if [[ -n $_raci_command ]]; then
      for name in ${=_raci_options[$_raci_command]-}; do
        candidates+=("${_raci_option_descriptions[$_raci_command:$name]}")
      done
    fi
    _describe -t options 'raci option' candidates
    return
  elif [[ -z $_raci_command ]]; then
    _describe -t commands 'raci command' _raci_command_help
    return
  else
    kind=$(_raci_kind_of_positional)
  fi
  case $kind in
    ''|text) return 1 ;;
    file) _files ;;
    *)
      candidates=(${(f)"$(_raci_candidates "$kind")"})
      compadd -- "${candidates[@]}" ;;
  esac
}

if [[ ${funcstack[1]-} == _raci ]]; then
  _raci "$@"
else
  compdef _raci raci
fi
)sh";
  return out;
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

std::string fish_arguments(std::string_view kind, std::string_view command) {
  if (kind == "file") return " -r -F";
  if (kind.empty()) return " -x";
  for (std::string_view matrix_kind : matrix_kinds) {
    if (kind == matrix_kind) return fmt::format(" -x -a '(__raci_values {})'", kind);
  }
  return fmt::format(" -x -a {}", fish_quoted(words(static_values(kind, command))));
}

std::string fish_option(const OptionSpec& option, std::string_view condition,
                        std::string_view command) {
  std::string out = "complete -c raci";
  if (!condition.empty()) out += fmt::format(" -n {}", fish_quoted(condition));
  for (const std::string& name : option.names)
    out += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
  if (option.takes_value) out += fish_arguments(option.kind, command);
  return out + " -d " + fish_quoted(option.description) + "\n";
}

std::string fish_script(const Definition& definition) {
  std::string out = fmt::format(header, "fish", "fish");
  out += "# Install: raci completion fish > ~/.config/fish/completions/raci.fish\n\n";
  out += R"fish(function __raci_values --description 'Ids of KIND in the matrix raci loads'
    set -l tokens (commandline -opc)
    set -l data
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case --data
                set i (math $i + 1)
                set data --data $tokens[$i]
            case '--data=*'
                set data --data (string replace -- --data= '' $tokens[$i])
        end
        set i (math $i + 1)
    end
    set data (string replace -r '^~/' "$HOME/" -- $data)
    $tokens[1] $data completion --values $argv[1] 2>/dev/null
end

function __raci_needs_command --description 'No raci command on the line yet'
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $token
            case GLOBAL_VALUE_OPTIONS
                set skip 1
            case '-*'
            case '*'
                return 1
        end
    end
    return 0
end

complete -c raci -f
)fish";
  std::vector<std::string> value_options;  // raci's own options that take a value
  for (const OptionSpec& option : definition.global.options) {
    if (option.takes_value)
      value_options.insert(value_options.end(), option.names.begin(), option.names.end());
  }
  const std::size_t placeholder = out.find("GLOBAL_VALUE_OPTIONS");
  out.replace(placeholder, std::string_view("GLOBAL_VALUE_OPTIONS").size(), words(value_options));
  for (const CommandSpec& command : definition.commands) {
    out += fmt::format("complete -c raci -n '__raci_needs_command' -a {} -d {}\n", command.name,
                       fish_quoted(command.description));
  }
  for (const OptionSpec& option : definition.global.options) {
    if (option.kind != "format") {
      out += fish_option(option, "", "");
      continue;
    }
    out += fish_option(option, "__raci_needs_command", "");
    for (const CommandSpec& command : definition.commands) {
      if (formats_of(command.name).empty()) continue;
      out += fish_option(option, "__fish_seen_subcommand_from " + command.name, command.name);
    }
  }
  for (const CommandSpec& command : definition.commands) {
    const std::string condition = "__fish_seen_subcommand_from " + command.name;
    for (const OptionSpec& option : command.options) {
      if (is_global(option, definition.global)) continue;
      out += fish_option(option, condition, command.name);
    }
    // fish cannot count positional arguments; it offers the first one's values throughout.
    if (!command.positionals.empty() && !command.positionals.front().empty()) {
      const std::string& kind = command.positionals.front();
      std::string arguments = fish_arguments(kind, command.name);
      if (kind == "file") arguments = " -F";
      out += fmt::format("complete -c raci -n {}{}\n", fish_quoted(condition), arguments);
    }
  }
  return out;
}

}  // namespace

Action add_completion(CLI::App& command) {
  struct Options {
    std::string shell;
    std::string values;
  };
  auto options = std::make_shared<Options>();
  command.add_option("shell", options->shell, "The shell: bash, zsh or fish")
      ->type_name("SHELL")
      ->check(CLI::IsMember({shells[0], shells[1], shells[2]}));
  command
      .add_option("--values", options->values,
                  "Print the ids of KIND (party, section, activity, footnote) in the loaded "
                  "matrix, one a line: what the scripts call")
      ->type_name("KIND")
      ->check(CLI::IsMember({matrix_kinds[0], matrix_kinds[1], matrix_kinds[2], matrix_kinds[3]}));
  command.footer(
      "Examples:\n"
      "  raci completion bash > ~/.local/share/bash-completion/completions/raci\n"
      "  raci completion zsh > \"${fpath[1]}/_raci\"\n"
      "  raci completion fish > ~/.config/fish/completions/raci.fish\n"
      "  raci completion --values activity");
  return [options, &app = *command.get_parent()](Context& context) {
    if (options->shell.empty() && options->values.empty())
      throw UsageError("'raci completion' needs a shell (bash, zsh or fish) or --values KIND");
    if (!options->shell.empty() && !options->values.empty())
      throw UsageError("'raci completion' takes a shell or --values KIND, not both");
    if (!options->values.empty()) {
      const Matrix& matrix = context.matrix();
      std::string text;
      const std::string& kind = options->values;
      if (kind == "party") {
        for (const Party& party : matrix.parties())
          text += party.id + "\n";
      } else if (kind == "section") {
        for (const Section& section : matrix.sections())
          text += section.id + "\n";
      } else if (kind == "activity") {
        for (const Activity& activity : matrix.activities())
          text += activity.id + "\n";
      } else {
        for (const Footnote& footnote : matrix.footnotes())
          text += fmt::format("{}\n", footnote.number);
      }
      context.out.write(text);
      return static_cast<int>(exit_success);
    }
    const Definition definition = describe_all(app);
    context.out.write(options->shell == "bash"  ? bash_script(definition)
                      : options->shell == "zsh" ? zsh_script(definition)
                                                : fish_script(definition));
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
