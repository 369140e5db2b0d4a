// Translations in the data format: `KEY_LANG` beside every human text, `languages` at the top
// (docs/data-format.md, "Languages"); what the loaders take, refuse, and write back.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"

namespace {

// Every text of the format with a German translation, in the order the export writes them.
const std::string multilingual = R"(format: 1
languages: [en, de, fr]
title: Hosting
title_de: Hosting
source: Example Host offer
source_de: Example Host, de/offer.md
description: Who does what.
description_de: Wer macht was.
roles:
  R:
    name: Responsible
    name_de: Realisiert
    description: Does it
    description_de: Führt aus
  A:
    name: Accountable
    description: Approves it
  C:
    name: Consulted
    description: Is asked
  I:
    name: Informed
    description: Is told
parties:
  - id: client
    name: Client
    name_de: Kunde
    name_fr: Client
  - id: host
    name: Host
footnotes:
  - number: 1
    text: Kept 30 days.
    text_de: "30 Tage aufbewahrt."
sections:
  - id: backup
    title: Backup
    title_de: Sicherung
    description: Copies.
    description_fr: Copies.
    activities:
      - id: backup-run
        text: Run the backups
        text_de: Die Sicherungen ausführen
        text_fr: Lancer les sauvegardes
        roles: {client: I, host: RA}
        footnotes: [1]
)";

std::string error_of(const std::string& text) {
  try {
    raci::load_matrix_yaml(text, "m.yaml");
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "(no error)";
}

// `text` with the first occurrence of `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

std::string with(const std::string& from, const std::string& to) {
  return replaced(multilingual, from, to);
}

std::vector<std::string> languages_of(const raci::Translations& translations) {
  std::vector<std::string> out;
  for (const raci::Translation& t : translations)
    out.push_back(t.language);
  return out;
}

}  // namespace

TEST_CASE("Languages: every text's translations load, in the order of 'languages'") {
  const raci::Matrix m = raci::load_matrix_yaml(multilingual, "m.yaml");
  CHECK(m.languages() == std::vector<std::string>{"en", "de", "fr"});
  CHECK(*raci::find_translation(m.title_translations(), "de") == "Hosting");
  CHECK(*raci::find_translation(m.source_translations(), "de") == "Example Host, de/offer.md");
  CHECK(*raci::find_translation(m.description_translations(), "de") == "Wer macht was.");
  const raci::RoleInfo& r = m.role_info(raci::Role::responsible);
  CHECK(*raci::find_translation(r.name_translations, "de") == "Realisiert");
  CHECK(*raci::find_translation(r.description_translations, "de") == "Führt aus");
  CHECK(m.role_info(raci::Role::accountable).name_translations.empty());
  CHECK(languages_of(m.parties()[0].name_translations) == std::vector<std::string>{"de", "fr"});
  CHECK(*raci::find_translation(m.footnotes()[0].text_translations, "de") == "30 Tage aufbewahrt.");
  const raci::Section& s = m.sections()[0];
  CHECK(*raci::find_translation(s.title_translations, "de") == "Sicherung");
  CHECK(languages_of(s.description_translations) == std::vector<std::string>{"fr"});
  const raci::Activity& a = m.activities()[0];
  CHECK(a.text == "Run the backups");
  CHECK(languages_of(m.text_translations(a)) == std::vector<std::string>{"de", "fr"});
  CHECK(raci::find_translation(m.text_translations(a), "it") == nullptr);
}

TEST_CASE("Languages: translations given out of order are kept in the order of 'languages'") {
  const raci::Matrix m = raci::load_matrix_yaml(
      with("        text_de: Die Sicherungen ausführen\n        text_fr: Lancer les sauvegardes\n",
           "        text_fr: Lancer les sauvegardes\n        text_de: Die Sicherungen ausführen\n"),
      "m.yaml");
  CHECK(languages_of(m.text_translations(m.activities()[0])) ==
        std::vector<std::string>{"de", "fr"});
}

TEST_CASE("Languages: without 'languages', the original is English and text_fr is French") {
  std::string text = with("languages: [en, de, fr]\n", "");
  const raci::Matrix m = raci::load_matrix_yaml(text, "m.yaml");
  // The languages in the order first translated to: the title's German comes first.
  CHECK(m.languages() == std::vector<std::string>{"en", "de", "fr"});
  const raci::Matrix builtin = raci::load_builtin_matrix();
  CHECK(builtin.languages() == std::vector<std::string>{"en", "fr", "de", "es", "it"});
}

TEST_CASE("Languages: a one-language matrix exports as before, without 'languages'") {
  const raci::Matrix m = raci::load_matrix_yaml(R"(format: 1
title: T
roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Approves it}
  C: {name: Consulted, description: Is asked}
  I: {name: Informed, description: Is told}
parties:
  - {id: client, name: Client}
sections:
  - id: s
    title: S
    activities:
      - {id: a, text: Do it, roles: {client: RA}}
)",
                                                "m.yaml");
  CHECK(m.languages() == std::vector<std::string>{"en"});
  CHECK(raci::export_yaml(m).starts_with("format: 1\ntitle: T\n"));
}

TEST_CASE("Languages: a matrix in another original language declares it") {
  std::string text = with("languages: [en, de, fr]", "languages: [fr, en, de]");
  for (const char* key : {"name_fr", "description_fr", "text_fr"})
    text = replaced(text, key, std::string(key).replace(std::string(key).size() - 2, 2, "en"));
  const raci::Matrix m = raci::load_matrix_yaml(text, "m.yaml");
  CHECK(m.languages() == std::vector<std::string>{"fr", "en", "de"});
  CHECK(languages_of(m.text_translations(m.activities()[0])) ==
        std::vector<std::string>{"en", "de"});
}

TEST_CASE("Languages: the YAML and JSON exports load back to the same export") {
  const raci::Matrix m = raci::load_matrix_yaml(multilingual, "m.yaml");
  const std::string yaml = raci::export_yaml(m);
  CHECK(yaml == multilingual);  // the example is written as the export writes it
  CHECK(raci::export_yaml(raci::load_matrix_yaml(yaml, "e.yaml")) == yaml);
  const std::string json = raci::export_json(m);
  CHECK(raci::export_json(raci::load_matrix_json(json, "e.json")) == json);
  CHECK(json.find(R"("text_de": "Die Sicherungen ausführen",)") != std::string::npos);
}

TEST_CASE("Languages: what the loader refuses, with its place") {
  CHECK(error_of(with("title_de: Hosting", "title_it: Hosting")) ==
        "m.yaml:4:11: language 'it' is not among 'languages' (en, de, fr)");
  CHECK(error_of(with("title_de: Hosting", "title_en: Hosting")) ==
        "m.yaml:4:11: 'en' is the original language, whose texts have no language suffix");
  CHECK(error_of(replaced(with("languages: [en, de, fr]\n", ""), "title_de", "title_en")) ==
        "m.yaml:3:11: 'en' is the original language, whose texts have no language suffix "
        "(without 'languages', it is 'en')");
  CHECK(error_of(with("title_de: Hosting", "title_DE: Hosting")) ==
        "m.yaml:4:1: invalid language tag 'DE' in the key 'title_DE' (expected a BCP 47 tag such "
        "as 'fr', 'de' or 'pt-BR' after '_')");
  CHECK(error_of(with("title_de: Hosting", "titel_de: Hosting")) ==
        "m.yaml:4:1: unknown key 'titel_de' in the matrix; did you mean 'title_de'?");
  CHECK(error_of(with("languages: [en, de, fr]", "languages: [en, de, en]")) ==
        "m.yaml:2:21: language 'en' listed twice (first at 2:13)");
  CHECK(error_of(with("languages: [en, de, fr]", "languages: [en, german]")) ==
        "m.yaml:2:17: invalid language tag 'german' (expected a BCP 47 tag such as 'en', 'fr' or "
        "'pt-BR')");
  CHECK(error_of(with("    text_de: \"30 Tage aufbewahrt.\"", "    text_de: ''")) ==
        "m.yaml:34:14: the 'de' translation must not be empty");
  CHECK(error_of(with("        text_fr: Lancer les sauvegardes",
                      "        text_de: Lancer les sauvegardes")) ==
        "m.yaml:45:9: duplicate key 'text_de' (first at 44:9)");
  CHECK(error_of(with("    name: Host", "    name: Host\n    id_de: gastgeber")) ==
        "m.yaml:31:5: 'id' in a party has no translations (unknown key 'id_de')");
}
