// Any command line (one argument per input line) against the built-in matrix: raci prints
// or fails with a status of 0, 1 or 2, and never crashes. Arguments that would write files
// (--output) are left out: the fuzzer must not scatter files around.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"raci"};
  std::string current;
  for (std::size_t i = 0; i < size && args.size() < 24; ++i) {
    if (data[i] == '\n') {
      args.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  if (!current.empty()) args.push_back(current);
  for (const std::string& arg : args) {
    if (arg.find("--output") != std::string::npos) return 0;
  }
  std::vector<char*> argv;
  for (std::string& arg : args)
    argv.push_back(arg.data());
  argv.push_back(nullptr);
  // raci writes to and closes standard output: give it a fresh /dev/null every time.
  const int null = ::open("/dev/null", O_WRONLY);
  ::dup2(null, STDOUT_FILENO);
  ::close(null);
  const int status = raci::cli::run(static_cast<int>(args.size()), argv.data());
  if (status < 0 || status > 2) std::abort();
  return 0;
}
