#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace raci::test {

// How to run the raci binary in an end-to-end test.
struct RunOptions {
  // "NAME=value", on top of a clean environment: PATH, and PAGER=cat on a terminal.
  std::vector<std::string> env;
  enum class Stdout { pipe, terminal, closed_early, file } stdout_kind = Stdout::pipe;
  std::string stdout_file;       // with Stdout::file
  std::string stdin_file;        // standard input read from this file (else /dev/null's)
  unsigned short columns = 80;   // the terminal's width, with Stdout::terminal
  int timeout_ms = 20000;        // killed after this long, and run_raci throws
  std::size_t memory_limit = 0;  // bytes of address space (RLIMIT_AS); 0 for none
};

struct RunResult {
  int status = -1;  // the exit status, or 128 + signal number
  std::string out;  // standard output (with a terminal: output and errors, as the terminal shows)
  std::string err;
};

// Runs the raci binary under test (RACI_BINARY) with `args`. Throws std::runtime_error when
// it does not finish within the timeout.
RunResult run_raci(const std::vector<std::string>& args, const RunOptions& options = {});

// A fresh empty directory for one test, under the system's temporary directory.
std::filesystem::path scratch(const std::string& name);
// A file's whole content, byte for byte; throws std::runtime_error when it cannot be read.
std::string read(const std::filesystem::path& path);

}  // namespace raci::test
