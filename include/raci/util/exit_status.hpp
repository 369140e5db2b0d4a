#pragma once

namespace raci {

// The process exit codes, like grep's: 0 something was printed, 1 a valid query matched
// nothing (or a check found problems), 2 a usage or data error.
enum ExitStatus : int {
  exit_success = 0,
  exit_no_match = 1,
  exit_failure = 2,
};

}  // namespace raci
