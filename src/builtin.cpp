#include <string_view>

#include "raci/loader.hpp"

namespace raci {

namespace detail {
// Defined in the source file that raci-embed generates from data/cloud-temple-iaas.yaml.
extern const std::string_view builtin_matrix_yaml;
}  // namespace detail

Matrix load_builtin_matrix() {
  return load_matrix_yaml(detail::builtin_matrix_yaml, "built-in");
}

}  // namespace raci
