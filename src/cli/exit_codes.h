#pragma once

namespace passerelle::cli {

// The exit codes are a contract with scripts and outside test suites.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,   // findings (check) or a failure while doing the work
    ExitBadInput = 2,  // bad usage, or an input file that is not valid
};

}  // namespace passerelle::cli
