#pragma once

#include <string>
#include <string_view>

#include "raci/matrix.hpp"

namespace raci {

// Parses a matrix in the YAML data format (docs/data-format.md). `origin` names the text in
// error messages and in Matrix::origin(). Throws DataError on any problem.
Matrix load_matrix_yaml(std::string_view text, const std::string& origin);

// Reads and parses a data file. Throws DataError when it cannot be read or is invalid.
Matrix load_matrix_file(const std::string& path);

// The matrix compiled into raci (data/cloud-temple-iaas.yaml).
Matrix load_builtin_matrix();

}  // namespace raci
