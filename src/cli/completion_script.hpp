#pragma once

#include <CLI/CLI.hpp>
#include <array>
#include <string>
#include <string_view>

namespace raci::cli {

// Kinds whose values are in the matrix: the scripts ask 'raci completion --values KIND'.
constexpr std::array<std::string_view, 9> matrix_kinds{
    "party", "section", "activity", "footnote", "word", "owner", "matrix", "language", "role"};
constexpr std::array<std::string_view, 3> shells{"bash", "zsh", "fish"};

// The completion script for `shell` (one of `shells`): its template from
// src/cli/completion/ filled from the command table and `app`'s CLI11 options.
std::string completion_script(std::string_view shell, const CLI::App& app);

}  // namespace raci::cli
