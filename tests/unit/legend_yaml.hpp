#pragma once

#include <string>

namespace raci::test {

// The legend every inline test matrix uses, as the `roles:` block of the data format.
inline const std::string legend_yaml = R"(roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Approves it}
  C: {name: Consulted, description: Is asked}
  I: {name: Informed, description: Is told}
)";

}  // namespace raci::test
