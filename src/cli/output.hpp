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
  std::string buffer_;
};

// Whether standard output is a terminal, and its width in columns (COLUMNS, else the ioctl).
bool stdout_is_terminal();
// Whether standard error is a terminal: hints for a person go there only then.
bool stderr_is_terminal();
std::size_t terminal_width();

}  // namespace raci::cli
