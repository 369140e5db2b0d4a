#pragma once

#include <string_view>

namespace raci::cli {

// The completion scripts in src/cli/completion/, compiled in by src/cli/CMakeLists.txt so that
// the one installed binary can print them. Each holds @NAME@ placeholders that
// completion.cpp fills from the command table and the CLI11 definition.
extern const std::string_view bash_completion_template;
extern const std::string_view zsh_completion_template;
extern const std::string_view fish_completion_template;

}  // namespace raci::cli
