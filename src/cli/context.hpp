#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output.hpp"
#include "raci/model/matrix.hpp"
#include "raci/render/format.hpp"

namespace raci::cli {

// What every command shares: the global options, the matrix (loaded on first use) and
// standard output.
class Context {
 public:
  std::string data_file;  // --data or RACI_DATA; empty for the built-in matrix
  std::string color = "auto";
  std::string format = "table";
  Output out;

  const Matrix& matrix();
  // The -o format, checked against those the command can print (command_formats).
  Format format_for(std::string_view command) const;
  Layout layout() const;
  // Writes `text` to standard output, or replaces the file `output` once `text` is complete.
  void deliver(const std::string& output, const std::string& text);

 private:
  std::optional<Matrix> matrix_;
};

// The formats each command can print with -o; empty for a command that has none. One table
// for the commands and their completion scripts.
const std::vector<Format>& command_formats(std::string_view command);

// The values of --color.
std::vector<std::string> color_choices();

// A subcommand's action, run once the whole command line has been parsed; returns the exit
// status.
using Action = std::function<int(Context&)>;

}  // namespace raci::cli
