#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/util/error.hpp"

namespace raci {

// An error breaks a rule; a warning points at something likely unintended.
enum class Severity : std::uint8_t { error, warning };

// One breach of a RACI rule, at the place in the data file that shows it.
struct Finding {
  std::string rule;  // one-accountable, responsible, uncited-footnote, empty-section,
                     // same-text; unused-glossary-term (a warning)
  Location location;
  std::string message;
  Severity severity = Severity::error;
};

// Checks the RACI rules a loaded matrix can still break: exactly one A per activity, at least
// one R, footnotes defined but never cited, sections without any activity, and two
// activities with the same text (ignoring case and accents) in one section; and warns of a
// glossary entry that finds no activity. In file order.
std::vector<Finding> validate(const Matrix& matrix);

}  // namespace raci
