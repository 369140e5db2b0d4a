#include "raci/analysis/validate.hpp"

#include <catch2/catch.hpp>

#include "raci/load/loader.hpp"

namespace {

std::vector<std::string> describe(const std::vector<raci::Finding>& findings) {
  std::vector<std::string> out;
  for (const raci::Finding& f : findings) {
    out.push_back(std::to_string(f.location.line) + ":" + std::to_string(f.location.column) + " " +
                  f.rule + ": " + f.message);
  }
  return out;
}

}  // namespace

TEST_CASE("Validate: the built-in matrix is clean") {
  CHECK(raci::validate(raci::load_builtin_matrix()).empty());
}

TEST_CASE("Validate: each rule is reported at its place, in file order") {
  const raci::Matrix matrix =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/findings.yaml");
  CHECK(describe(raci::validate(matrix)) ==
        std::vector<std::string>{
            "15:5 uncited-footnote: footnote 2 is never cited",
            "25:9 one-accountable: activity 'no-accountable' has no accountable party (A)",
            "28:9 one-accountable: activity 'two-accountable' has 2 accountable parties (client, "
            "host); a RACI matrix has exactly one",
            "31:9 responsible: activity 'no-responsible' has no responsible party (R)",
            "34:9 same-text: activity 'same-text' has the same text as 'fine' (line 21) in section "
            "'work'",
            "37:5 empty-section: section 'empty' has no activities",
            "40:9 empty-section: section 'empty-too' has no activities",
        });
}

TEST_CASE("Validate: the same text in two different sections is fine") {
  const raci::Matrix matrix = raci::load_builtin_matrix();
  // "Manage the lifecycle of backup policies" stands in both backup sections.
  CHECK(matrix.find_activity("backup-policy-lifecycle")->text ==
        matrix.find_activity("third-party-backup-policy-lifecycle")->text);
  CHECK(raci::validate(matrix).empty());
}
