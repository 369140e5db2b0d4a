// missing_translations: every human text without a translation, per language.
#include "raci/analysis/missing_translations.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/load/loader.hpp"
#include "raci/render/json.hpp"

namespace {

std::vector<std::string> places(const raci::LanguageGaps& gaps) {
  std::vector<std::string> out;
  for (const raci::TextPlace& text : gaps.missing)
    out.push_back(text.place());
  return out;
}

const std::string gaps_file = std::string(RACI_TEST_DATA_DIR) + "/translation-gaps.yaml";

}  // namespace

TEST_CASE("Missing translations: each language's untranslated texts, in document order") {
  const raci::Matrix m = raci::load_matrix_file(gaps_file);
  const raci::TranslationGaps gaps = raci::missing_translations(m);
  CHECK(gaps.texts == 19);
  REQUIRE(gaps.languages.size() == 2);
  CHECK(gaps.languages[0].language == "de");
  CHECK(places(gaps.languages[0]) == std::vector<std::string>{"activity restore-tests"});
  CHECK(gaps.languages[0].missing[0].text == "Test the restores");
  CHECK(gaps.languages[1].language == "fr");
  CHECK(places(gaps.languages[1]) ==
        std::vector<std::string>{"description", "role I: description", "party host: name",
                                 "section backup: description", "section network: title",
                                 "footnote 1"});
}

TEST_CASE("Missing translations: a view in another language reports the matrix as loaded") {
  const raci::Matrix m = raci::load_matrix_file(gaps_file);
  const raci::Matrix german = raci::in_language(m, "de");
  const raci::TranslationGaps gaps = raci::missing_translations(german);
  CHECK(gaps.texts == 19);
  REQUIRE(gaps.languages.size() == 2);
  CHECK(gaps.languages[1].missing[0].text == "Who does what.");
}

TEST_CASE("Missing translations: a matrix in one language has none to report") {
  const raci::Matrix m = raci::load_matrix_yaml(R"(format: 1
title: One
roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Approves it}
  C: {name: Consulted, description: Is asked}
  I: {name: Informed, description: Is told}
parties:
  - {id: client, name: Client}
sections:
  - id: work
    title: Work
    activities:
      - {id: build, text: Build it, roles: {client: RA}}
)",
                                                "one.yaml");
  const raci::TranslationGaps gaps = raci::missing_translations(m);
  CHECK(gaps.texts == 12);
  CHECK(gaps.languages.empty());
  CHECK(raci::dump_json(raci::missing_translations_json(m, gaps), raci::JsonLayout::compact) ==
        R"({"original":"en","texts":12,"languages":[]})");
}

TEST_CASE("Missing translations: the built-in matrix is complete in its five languages") {
  const raci::Matrix m = raci::load_builtin_matrix();
  const raci::TranslationGaps gaps = raci::missing_translations(m);
  REQUIRE(gaps.languages.size() == 4);
  for (const raci::LanguageGaps& language : gaps.languages) {
    INFO(language.language);
    CHECK(places(language) == std::vector<std::string>{});
  }
}
