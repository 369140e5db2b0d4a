#pragma once

#include <cstddef>
#include <string>

#include "raci/model/matrix.hpp"

namespace raci::bench {

enum class Syntax { yaml, json };

// A synthetic matrix of `activities` activities, the same for the same count, made through
// the MatrixBuilder: 4 parties, 20 footnotes, sections of 100 activities grouped 10 to a
// top-level section, texts drawn from an IT-operations vocabulary (about 1 in 12 mentions
// backups).
Matrix generate_matrix(std::size_t activities);

// The same matrix in the data format, written by the export writer.
std::string generate_matrix(std::size_t activities, Syntax syntax);

}  // namespace raci::bench
