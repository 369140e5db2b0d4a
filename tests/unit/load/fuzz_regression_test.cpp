// Inputs the fuzzers (fuzz/run) once crashed raci with, replayed on every build: each must
// now load, or fail with a DataError, and nothing else.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "raci/import/markdown_import.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"

namespace {

std::vector<std::string> inputs(const std::string& target) {
  std::vector<std::string> out;
  const auto dir = std::filesystem::path(RACI_TEST_DATA_DIR) / "fuzz" / target;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back(text.str());
  }
  return out;
}

}  // namespace

TEST_CASE("Fuzz regressions: the Markdown importer's matrix always exports and loads back") {
  const std::vector<std::string> cases = inputs("markdown_import");
  CHECK_FALSE(cases.empty());
  for (const std::string& markdown : cases) {
    try {
      const raci::ImportResult result = raci::import_markdown(markdown, "fuzz");
      CHECK_NOTHROW(raci::load_matrix_yaml(raci::export_yaml(result.matrix), "imported.yaml"));
    } catch (const raci::DataError& e) {
      // Refused as a whole, with a place in the Markdown.
      CHECK(e.location().line > 0);
    }
  }
}

TEST_CASE("Fuzz regressions: the YAML and JSON loaders throw only DataError") {
  for (const std::string& text : inputs("yaml_loader")) {
    try {
      raci::load_matrix_yaml(text, "fuzz.yaml");
    } catch (const raci::DataError&) {
    }
  }
  for (const std::string& text : inputs("json_loader")) {
    try {
      raci::load_matrix_json(text, "fuzz.json");
    } catch (const raci::DataError&) {
    }
  }
}

TEST_CASE("Fuzz regressions: a YAML export loads back to the same export") {
  const std::vector<std::string> cases = inputs("export");
  CHECK_FALSE(cases.empty());
  for (const std::string& text : cases) {
    const raci::Matrix matrix = raci::load_matrix_yaml(text, "fuzz.yaml");
    const std::string yaml = raci::export_yaml(matrix);
    CHECK(raci::export_yaml(raci::load_matrix_yaml(yaml, "exported.yaml")) == yaml);
  }
}
