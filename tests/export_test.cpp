#include "raci/export.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "raci/diff.hpp"
#include "raci/loader.hpp"

TEST_CASE("Export: loading the YAML export gives the same matrix") {
  const raci::Matrix original = raci::load_builtin_matrix();
  const std::string yaml = raci::export_yaml(original);
  const raci::Matrix reloaded = raci::load_matrix_yaml(yaml, "export.yaml");
  // Everything the format holds, compared through a second export: byte for byte.
  CHECK(raci::export_yaml(reloaded) == yaml);
  CHECK(raci::diff_matrices(original, reloaded).empty());
  CHECK(reloaded.activities().size() == 109);
  CHECK(reloaded.find_activity("vm-tagging")->text_fr ==
        "Appliquer les tags aux machines virtuelles conformément à la politique définie");
  CHECK(reloaded.parties()[1].aliases == std::vector<std::string>{"ct", "provider"});
  CHECK(reloaded.find_section("access-and-identity")->phase == raci::Phase::run);
}

TEST_CASE("Export: the JSON export has the data format's keys") {
  const raci::Matrix matrix =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/small.yaml");
  const auto json = nlohmann::ordered_json::parse(raci::export_json(matrix));
  CHECK(json.at("format") == 1);
  CHECK(json.at("title") == "Hosting Responsibility Matrix");
  CHECK(json.at("roles").at("R").dump() ==
        R"({"name":"Responsible","description":"Responsible for executing the process"})");
  CHECK(
      json.at("parties").dump() ==
      R"([{"id":"client","name":"Client","aliases":["customer"]},{"id":"example-host","name":"Example Host","aliases":["host","provider"]}])");
  CHECK(
      json.at("sections")[1].at("sections")[0].at("activities")[0].dump() ==
      R"({"id":"backup-policy","text":"Define the backup policy","text_fr":"Définir la politique de sauvegarde","roles":{"client":"RA","example-host":"C"},"footnotes":[1]})");
}

TEST_CASE("Export: awkward strings survive the YAML round trip") {
  const std::string yaml = R"(format: 1
title: "null"
roles:
  R: {name: "yes", description: "a: b"}
  A: {name: "~", description: "- x"}
  C: {name: "#c", description: "x\ny"}
  I: {name: "123", description: "'quoted' \"double\""}
parties:
  - {id: p1, name: "true"}
sections:
  - id: s
    title: "[not a list]"
    activities:
      - id: a
        text: "{not: a map}"
        roles: {p1: RA}
)";
  const raci::Matrix matrix = raci::load_matrix_yaml(yaml, "m.yaml");
  const std::string exported = raci::export_yaml(matrix);
  const raci::Matrix reloaded = raci::load_matrix_yaml(exported, "export.yaml");
  CHECK(raci::export_yaml(reloaded) == exported);
  CHECK(reloaded.title() == "null");
  CHECK(reloaded.legend()[2].description == "x\ny");
  CHECK(reloaded.activities()[0].text == "{not: a map}");
}
