#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

#include "output.hpp"
#include "raci/format.hpp"
#include "raci/matrix.hpp"

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
  // The -o format, checked against those the command can print.
  Format format_for(std::string_view command, std::initializer_list<Format> allowed) const;
  Layout layout() const;
  // Writes `text` to standard output, or replaces the file `output` once `text` is complete.
  void deliver(const std::string& output, const std::string& text);

 private:
  std::optional<Matrix> matrix_;
};

// A subcommand's action, run once the whole command line has been parsed; returns the exit
// status.
using Action = std::function<int(Context&)>;

}  // namespace raci::cli
