#pragma once

#include <string>
#include <string_view>

namespace raci {

// Replaces `path` with `content` through a temporary file in the same directory and a
// rename, so that `path` is never half-written: it is either as it was or complete. The
// temporary file is removed on failure and when SIGINT, SIGTERM or SIGHUP interrupts the
// write. Throws Error("cannot write FILE: …").
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace raci
