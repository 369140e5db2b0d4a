#pragma once

#include <string>
#include <string_view>

namespace raci {

// Whether a regular file without write permission may be replaced (cp's --force).
enum class ReadOnly { refuse, replace };

// Writes `content` to `path` so that a regular file is never half-written: it is either as
// it was or complete.
// - A regular file (or a new name) is replaced through a temporary file in the same
//   directory and a rename; an existing file keeps its mode (and its owner when run as
//   root). The temporary file is unnamed (O_TMPFILE) while it is written where the file
//   system allows it, so even SIGKILL leaves nothing behind; otherwise it has a short name
//   that fits whatever the target's name, and is removed on failure and on SIGINT, SIGTERM
//   or SIGHUP (a signal the process inherited as ignored stays ignored).
// - A symbolic link is followed: the file it points at is replaced, in its own directory.
// - A device, FIFO or socket is written to directly, without a temporary file.
// - A directory, and a read-only file unless `read_only` is ReadOnly::replace, are errors.
// Throws Error("cannot write FILE: …").
void write_file_atomically(const std::string& path, std::string_view content,
                           ReadOnly read_only = ReadOnly::refuse);

}  // namespace raci
