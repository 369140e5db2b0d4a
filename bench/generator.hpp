#pragma once

#include <cstddef>
#include <string>

namespace raci::bench {

enum class Syntax { yaml, json };

// A synthetic matrix of `activities` activities in the data format, the same for the same
// arguments: 4 parties, 20 footnotes, sections of 100 activities grouped 10 to a top-level
// section, texts drawn from an IT-operations vocabulary (about 1 in 12 mentions backups).
std::string generate_matrix(std::size_t activities, Syntax syntax);

}  // namespace raci::bench
