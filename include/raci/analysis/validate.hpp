#pragma once

#include <string>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/util/error.hpp"

namespace raci {

// One breach of a RACI rule, at the place in the data file that shows it.
struct Finding {
  std::string rule;  // one-accountable, responsible, uncited-footnote, empty-section, same-text
  Location location;
  std::string message;
};

// Checks the RACI rules a loaded matrix can still break: exactly one A per activity, at least
// one R, footnotes defined but never cited, sections without any activity, and two
// activities with the same text (ignoring case and accents) in one section. In file order.
std::vector<Finding> validate(const Matrix& matrix);

}  // namespace raci
