#pragma once

namespace raci::cli {

// Parses the command line, runs the chosen command, prints any error once as
// "raci: error: …" and returns the exit status (raci/exit_status.hpp).
int run(int argc, char** argv);

}  // namespace raci::cli
