#pragma once

#include <string>
#include <string_view>

#include "raci/render/sink.hpp"

namespace raci::cli {

// Thrown when the reader of our standard output has gone away (`raci list | head -1`).
struct BrokenPipe {};

// Standard output, buffered by us and written with write(2), so that every failure is seen:
// fmt and stdio report nothing when a small output fails only at close.
class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  // Closes standard output and waits for the pager, if one was started.
  ~Output();

  // Sends what follows through a pager, started when the first bytes are written (so that an
  // error before any output shows no pager): `command` is run with execvp when it is plain
  // words, else with sh -c; one that cannot be started leaves the output going straight out.
  void page_through(std::string command);

  // Buffers `text`, writing the buffer out whenever it passes 64 KiB.
  void write(std::string_view text);
  // A sink for the library's render functions that writes here.
  Sink sink() {
    return [this](std::string_view text) { write(text); };
  }
  // Flushes and closes standard output. Throws Error("write error: …") or BrokenPipe.
  void finish();

 private:
  void flush();
  void start_pager();
  void wait_for_pager();
  std::string buffer_;
  std::string pager_;  // the pager to start, if any
  int pager_pid_ = -1;
};

// The pager for standard output, as git chooses it: RACI_PAGER, else PAGER, else "less
// -FRX"; empty when output is not to a terminal, or the chosen one is "" or "cat".
std::string chosen_pager();

// Whether standard output is a terminal, and its width in columns (COLUMNS, else the ioctl),
// as they were before any pager took standard output over.
bool stdout_is_terminal();
// Whether standard error is a terminal: hints for a person go there only then.
bool stderr_is_terminal();
// Standard error's width in columns: COLUMNS, else the ioctl, else 80.
std::size_t stderr_width();
std::size_t terminal_width();

}  // namespace raci::cli
