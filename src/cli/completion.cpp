// raci completion: prints the completion script for a shell (completion_script.cpp), or the
// ids of parties, sections, activities or footnotes that the scripts ask for at completion
// time, so they follow --data and RACI_DATA.
#include <fmt/format.h>

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "commands.hpp"
#include "completion_script.hpp"
#include "raci/analysis/search.hpp"
#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"

namespace raci::cli {

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
                  "matrix (activity: also MATRIX:ID of every built-in matrix), its words (word, "
                  "for --activity and -k), its languages (language), its legend's letters "
                  "(role), the owners of the owners "
                  "file (owner; none without one), or the built-in matrices (matrix), one a line: "
                  "what the scripts call")
      ->type_name("KIND")
      ->check(CLI::IsMember({matrix_kinds[0], matrix_kinds[1], matrix_kinds[2], matrix_kinds[3],
                             matrix_kinds[4], matrix_kinds[5], matrix_kinds[6], matrix_kinds[7],
                             matrix_kinds[8]}));
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
      std::string text;
      const std::string& kind = options->values;
      if (kind == "matrix") {
        for (const BuiltinMatrixInfo& info : builtin_matrices())
          text += fmt::format("{}\n", info.id);
        context.out.write(text + "all\n");
        return static_cast<int>(exit_success);
      }
      // The values of every selected matrix (RACI_MATRIX may name several), each once.
      std::vector<std::string> values;
      std::unordered_set<std::string> seen;
      const auto add = [&](std::string value) {
        if (seen.insert(value).second) values.push_back(std::move(value));
      };
      if (kind == "owner") {
        if (const Owners* owners = context.given_owners()) {
          for (const Owner& owner : owners->owners())
            add(owner.id);
        }
      } else {
        context.for_each_matrix([&](const Matrix& matrix) {
          if (kind == "party") {
            for (const Party& party : matrix.parties())
              add(party.id);
          } else if (kind == "section") {
            for (const Section& section : matrix.sections())
              add(section.id);
          } else if (kind == "word") {
            for (const std::string& word : vocabulary(matrix))
              add(word);
          } else if (kind == "language") {
            for (const std::string& language : matrix.languages())
              add(language);
          } else if (kind == "role") {
            for (const RoleInfo& info : matrix.legend())
              add(std::string(1, role_letter(info.role)));
          } else if (kind == "activity") {
            for (const Activity& activity : matrix.activities())
              add(activity.id);
          } else {
            for (const Footnote& footnote : matrix.footnotes())
              add(std::to_string(footnote.number));
          }
        });
      }
      // MATRIX:ID reaches every built-in matrix (raci show kubernetes:...).
      if (kind == "activity") {
        for (const BuiltinMatrixInfo& info : builtin_matrices()) {
          const Matrix other = load_builtin_matrix(info.id);
          for (const Activity& activity : other.activities())
            add(fmt::format("{}:{}", info.id, activity.id));
        }
      }
      for (const std::string& value : values)
        text += value + "\n";
      context.out.write(text);
      return static_cast<int>(exit_success);
    }
    context.out.write(completion_script(options->shell, app));
    return static_cast<int>(exit_success);
  };
}

}  // namespace raci::cli
