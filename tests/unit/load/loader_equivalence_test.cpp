// The JSON and YAML loaders build identical matrices from the same generated data.
#include <catch2/catch.hpp>

#include "generator.hpp"
#include "raci/analysis/diff.hpp"
#include "raci/analysis/validate.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"

TEST_CASE("Loaders: YAML and JSON give the same matrix on generated data") {
  for (const std::size_t size : {1U, 250U, 3000U}) {
    INFO(size);
    const raci::Matrix yaml = raci::load_matrix_yaml(
        raci::bench::generate_matrix(size, raci::bench::Syntax::yaml), "g.yaml");
    const raci::Matrix json = raci::load_matrix_json(
        raci::bench::generate_matrix(size, raci::bench::Syntax::json), "g.json");
    CHECK(yaml.activities().size() == size);
    CHECK(json.activities().size() == size);
    CHECK(yaml.parties().size() == 4);
    CHECK(yaml.footnotes().size() == 20);
    // The exports hold everything the format carries: equal text means equal matrices.
    CHECK(raci::export_yaml(yaml) == raci::export_yaml(json));
    CHECK(raci::diff_matrices(yaml, json).empty());
    // The generator promises one A and at least one R per activity; small matrices leave
    // some footnotes uncited.
    for (const raci::Finding& finding : raci::validate(yaml))
      CHECK(finding.rule == "uncited-footnote");
  }
}
