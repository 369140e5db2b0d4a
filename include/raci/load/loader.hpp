#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "raci/analysis/search.hpp"
#include "raci/model/matrix.hpp"

namespace raci {

// Parses a matrix in the YAML data format (docs/data-format.md). `origin` names the text in
// error messages and in Matrix::origin(). Throws DataError on any problem.
Matrix load_matrix_yaml(std::string_view text, const std::string& origin);

// Checks what yaml-cpp would let through silently: NUL bytes and invalid UTF-8. Throws
// DataError naming `origin` and the line and column.
void check_encoding(std::string_view text, const std::string& origin);

// The bytes of a file, refusing directories and files over the size limit (256 MiB).
// Throws DataError naming the file.
std::string read_data_file(const std::string& path);

// How messages name standard input, read for the path "-" (with the same size limit).
inline constexpr const char* stdin_origin = "<stdin>";

// Parses a matrix in the JSON form of the data format (the same keys as the YAML).
Matrix load_matrix_json(std::string_view text, const std::string& origin);

// Reads and parses a data file, as JSON when its name ends in .json and as YAML otherwise.
// Throws DataError when it cannot be read or is invalid.
// "-" reads standard input: JSON if it starts with '{', else YAML.
Matrix load_matrix_file(const std::string& path);

// The matrices compiled into raci (data/*.yaml, the catalogue), and the default one.
inline constexpr std::string_view default_matrix = "iaas";

// What `raci matrices` says of a built-in matrix, read from its tables without assembling it.
struct BuiltinMatrixInfo {
  std::string_view id;
  std::string_view title;
  std::string_view provider;
  std::string_view source;
  std::string_view file;  // the data file it was built from, e.g. data/cloud-temple-iaas.yaml
  std::vector<std::string> languages;
  std::size_t activities = 0;
  std::size_t sections = 0;
  std::size_t footnotes = 0;
};
// Every built-in matrix, the default first, in catalogue order.
std::vector<BuiltinMatrixInfo> builtin_matrices();
bool is_builtin_matrix(std::string_view id);

// A built-in matrix by its id; UsageError for an unknown id ("unknown matrix 'kubernets'
// (did you mean kubernetes?)").
Matrix load_builtin_matrix(std::string_view id = default_matrix);
// A built-in matrix's word stems, computed when raci was built: field_count strings per
// activity (search.hpp's all_fields), the stems joined by spaces, as WordStems takes them.
std::span<const std::string_view> builtin_word_stems(std::string_view id = default_matrix);
// The words of a built-in glossary with their stems, computed when raci was built.
std::span<const KnownWord> builtin_known_words(std::string_view id = default_matrix);
// A built-in glossary's phrases, folded (WordStems' `folded_glossary`).
std::span<const std::string_view> builtin_folded_glossary(std::string_view id = default_matrix);

}  // namespace raci
