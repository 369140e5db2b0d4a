#pragma once

namespace raci::cli {

// What run does once the command's output is complete: return, freeing what it built, or
// end the process there (the executable: like ninja, it skips the cleanup of the matrix and
// the command line, a tenth of a query's instructions, since the process ends anyway).
enum class Teardown { full, skip };

// Parses the command line, runs the chosen command, prints any error once as
// "raci: error: …" and returns the exit status (raci/exit_status.hpp).
int run(int argc, char** argv, Teardown teardown = Teardown::full);

}  // namespace raci::cli
