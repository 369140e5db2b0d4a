// Merging translated documents into one multilingual matrix (raci import --translation).
#include "raci/import/translations.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/import/markdown_import.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"

namespace {

const std::string english = R"(# Hosting

## Setup

| Activity | Client | Host |
|---|---|---|
| Size the platform | RA | C |
| Install the servers | I | RA |

## Backup

| Activity | Client | Host |
|---|---|---|
| Define the backup policy | RA | C |
| Run the backups | I | RA |
| Restore a backup | R | A |
)";

const std::string german = R"(# Hosting auf Deutsch

## Einrichtung

| Aktivität | Kunde | Anbieter |
|---|---|---|
| Die Plattform dimensionieren | RA | C |
| Die Server installieren | I | RA |

## Sicherung

| Aktivität | Kunde | Anbieter |
|---|---|---|
| Die Sicherungsrichtlinie festlegen | RA | C |
| Die Sicherungen ausführen | I | RA |
| Eine Sicherung wiederherstellen | R | A |
)";

raci::Matrix imported(const std::string& markdown) {
  return raci::import_markdown(markdown, "doc").matrix;
}

// `text` with the first occurrence of `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

struct Merged {
  raci::Matrix matrix;
  std::vector<std::string> diagnostics;  // "FILE:LINE:COL: message"
};

Merged merge(const std::string& original, const std::string& translation) {
  const raci::Matrix source = imported(original);
  const raci::Matrix other = imported(translation);
  raci::MergeResult result =
      raci::merge_translations(source, "en", "en.md", {{"de", "de.md", &other}});
  Merged out{std::move(result.matrix), {}};
  for (const raci::MergeDiagnostic& d : result.diagnostics) {
    out.diagnostics.push_back(d.origin + ":" + std::to_string(d.location.line) + ":" +
                              std::to_string(d.location.column) + ": " + d.message);
  }
  return out;
}

std::string german_of(const raci::Translations& translations) {
  const std::string* text = raci::find_translation(translations, "de");
  return text ? *text : "(none)";
}

std::vector<std::string> german_rows(const raci::Matrix& m) {
  std::vector<std::string> out;
  for (const raci::Activity& a : m.activities())
    out.push_back(german_of(m.text_translations(a)));
  return out;
}

}  // namespace

TEST_CASE("Translations: aligned documents merge every text") {
  const Merged merged = merge(english, german);
  CHECK(merged.diagnostics.empty());
  const raci::Matrix& m = merged.matrix;
  CHECK(m.languages() == std::vector<std::string>{"en", "de"});
  CHECK(m.title() == "Hosting");
  CHECK(german_of(m.title_translations()) == "Hosting auf Deutsch");
  CHECK(german_of(m.parties()[0].name_translations) == "Kunde");
  CHECK(german_of(m.parties()[1].name_translations) == "Anbieter");
  CHECK(german_of(m.sections()[0].title_translations) == "Einrichtung");
  CHECK(german_of(m.sections()[1].title_translations) == "Sicherung");
  CHECK(german_rows(m) ==
        std::vector<std::string>{"Die Plattform dimensionieren", "Die Server installieren",
                                 "Die Sicherungsrichtlinie festlegen", "Die Sicherungen ausführen",
                                 "Eine Sicherung wiederherstellen"});
  // The merged matrix is a valid data file, in both syntaxes.
  const std::string yaml = raci::export_yaml(m);
  CHECK(raci::export_yaml(raci::load_matrix_yaml(yaml, "m.yaml")) == yaml);
  CHECK(yaml.find("    text_de: Die Sicherungen ausführen\n") != std::string::npos);
}

TEST_CASE("Translations: a missing row leaves its section untranslated, the rest merges") {
  const Merged merged =
      merge(english, replaced(german, "| Die Sicherungen ausführen | I | RA |\n", ""));
  CHECK(merged.diagnostics ==
        std::vector<std::string>{
            "de.md:10:1: section 'Sicherung' has 2 rows where the original's section 'backup' "
            "(en.md:10:1) has 3: section 'backup' left untranslated in 'de'"});
  CHECK(german_rows(merged.matrix) == std::vector<std::string>{"Die Plattform dimensionieren",
                                                               "Die Server installieren", "(none)",
                                                               "(none)", "(none)"});
  CHECK(german_of(merged.matrix.sections()[1].title_translations) == "(none)");
}

TEST_CASE("Translations: an extra row is reported the same way") {
  const Merged merged =
      merge(english, replaced(german, "| Die Server installieren | I | RA |\n",
                              "| Die Server installieren | I | RA |\n| Noch etwas | I | RA |\n"));
  CHECK(merged.diagnostics ==
        std::vector<std::string>{
            "de.md:3:1: section 'Einrichtung' has 3 rows where the original's section 'setup' "
            "(en.md:3:1) has 2: section 'setup' left untranslated in 'de'"});
  CHECK(german_rows(merged.matrix)[0] == "(none)");
  CHECK(german_rows(merged.matrix)[2] == "Die Sicherungsrichtlinie festlegen");
}

TEST_CASE("Translations: other letters on a row name the row and both letters") {
  const Merged merged = merge(english, replaced(german, "| Die Sicherungen ausführen | I | RA |",
                                                "| Die Sicherungen ausführen | I | R |"));
  CHECK(merged.diagnostics ==
        std::vector<std::string>{
            "de.md:15:1: row 2 of section 'Sicherung' has 'Kunde: I, Anbieter: R' where the "
            "original's 'run-backups' (en.md:15:1) has 'Client: I, Host: RA': section "
            "'backup' left untranslated in 'de'"});
  CHECK(german_rows(merged.matrix)[3] == "(none)");
  CHECK(german_rows(merged.matrix)[1] == "Die Server installieren");
}

TEST_CASE("Translations: a missing section is named in the original, the next ones still merge") {
  const std::string without_setup = replaced(
      german,
      "## Einrichtung\n\n| Aktivität | Kunde | Anbieter |\n|---|---|---|\n"
      "| Die Plattform dimensionieren | RA | C |\n| Die Server installieren | I | RA |\n\n",
      "");
  const Merged merged = merge(english, without_setup);
  CHECK(merged.diagnostics ==
        std::vector<std::string>{"en.md:3:1: section 'setup' ('Setup') has no counterpart in "
                                 "de.md: left untranslated in 'de'"});
  CHECK(german_rows(merged.matrix) ==
        std::vector<std::string>{"(none)", "(none)", "Die Sicherungsrichtlinie festlegen",
                                 "Die Sicherungen ausführen", "Eine Sicherung wiederherstellen"});
}

TEST_CASE("Translations: a text the original already has in that language is kept") {
  // A matrix with German already, and a German document that words one row otherwise.
  const Merged first = merge(english, german);
  const raci::Matrix other =
      imported(replaced(german, "Die Server installieren", "Die Server aufstellen"));
  const raci::MergeResult result =
      raci::merge_translations(first.matrix, "en", "en.yaml", {{"de", "de2.md", &other}});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message ==
        "activity 'install-servers' keeps the original's 'de' text 'Die Server "
        "installieren' (this document has 'Die Server aufstellen')");
  CHECK(german_rows(result.matrix)[1] == "Die Server installieren");
}

TEST_CASE("Translations: the language a file name gives") {
  CHECK(raci::language_of_file("seed/fr/iaas.md") == "fr");
  CHECK(raci::language_of_file("iaas.de.md") == "de");
  CHECK(raci::language_of_file("iaas_es.md") == "es");
  CHECK(raci::language_of_file("iaas-it.md") == "it");
  CHECK(raci::language_of_file("docs/iaas.md").empty());
  CHECK(raci::language_of_file("zz/iaas-xx.md").empty());
}

TEST_CASE("Translations: section descriptions and notes merge by position") {
  const std::string english_prose =
      replaced(replaced(english, "## Backup\n\n", "## Backup\n\nWhat is kept.\n\n"),
               "| Restore a backup | R | A |\n",
               "| Restore a backup | R | A |\n\nRestores are billed.\n\n> Ask first.\n");
  const std::string german_prose = replaced(
      replaced(german, "## Sicherung\n\n", "## Sicherung\n\nWas aufbewahrt wird.\n\n"),
      "| Eine Sicherung wiederherstellen | R | A |\n",
      "| Eine Sicherung wiederherstellen | R | A |\n\nWiederherstellungen kosten.\n\n> Erst "
      "fragen.\n");
  const Merged merged = merge(english_prose, german_prose);
  CHECK(merged.diagnostics.empty());
  const raci::Matrix& m = merged.matrix;
  const raci::Section& backup = m.sections()[1];
  CHECK(backup.description == "What is kept.");
  CHECK(german_of(backup.description_translations) == "Was aufbewahrt wird.");
  std::vector<std::string> notes;
  for (std::size_t n : backup.notes)
    notes.push_back(m.section_notes()[n].text + " / " +
                    german_of(m.section_notes()[n].text_translations));
  CHECK(notes == std::vector<std::string>{"Restores are billed. / Wiederherstellungen kosten.",
                                          "Ask first. / Erst fragen."});
  const std::string yaml = raci::export_yaml(m);
  CHECK(yaml.find("    notes:\n"
                  "      - text: Restores are billed.\n"
                  "        text_de: Wiederherstellungen kosten.\n"
                  "      - text: Ask first.\n"
                  "        text_de: Erst fragen.\n") != std::string::npos);
  CHECK(raci::export_yaml(raci::load_matrix_yaml(yaml, "m.yaml")) == yaml);

  // One note fewer in the translation: the first merges, the second is named.
  const Merged fewer = merge(english_prose, replaced(german_prose, "\n\n> Erst fragen.\n", "\n"));
  CHECK(fewer.diagnostics ==
        std::vector<std::string>{"en.md:22:1: section 'backup' has 2 notes, de.md has 1: the "
                                 "last 1 left untranslated in 'de'"});
  CHECK(german_of(fewer.matrix.section_notes()[0].text_translations) ==
        "Wiederherstellungen kosten.");
  CHECK(german_of(fewer.matrix.section_notes()[1].text_translations) == "(none)");
}

namespace {

const std::string twice_en = R"(# Twice

## Network

| Activity | Client | Host |
|---|---|---|
| Configure the firewall (1) | RA | |

(1) The client writes the rules.

## Storage

| Activity | Client | Host |
|---|---|---|
| Encrypt the volumes (1) | RA | |
| Keep the logs (2) | | RA |

(1) The host encrypts at rest.

(2) Kept a year.
)";

// The same in German, with one more footnote than the English: its second footnote 1
// becomes footnote 4 where the English one becomes 3.
const std::string twice_de = R"(# Zweimal

## Netzwerk

| Aktivität | Kunde | Anbieter |
|---|---|---|
| Die Firewall konfigurieren (1) | RA | |

(1) Der Kunde schreibt die Regeln.

## Speicher

| Aktivität | Kunde | Anbieter |
|---|---|---|
| Die Volumes verschlüsseln (1) | RA | |
| Die Protokolle aufbewahren (2) | | RA |

(1) Der Anbieter verschlüsselt ruhende Daten.

(2) Ein Jahr lang.

(3) Eine Fußnote, die keine Zeile zitiert.
)";

}  // namespace

TEST_CASE(
    "Translations: a footnote defined twice pairs with the same definition in every "
    "language") {
  const raci::ImportResult en = raci::import_markdown(twice_en, "en");
  const raci::ImportResult de = raci::import_markdown(twice_de, "de");
  REQUIRE(en.renumbered.size() == 1);
  CHECK(en.renumbered[0].number == 3);
  REQUIRE(de.renumbered.size() == 1);
  CHECK(de.renumbered[0].number == 4);
  raci::TranslatedDocument document{"de", "de.md", &de.matrix, de.renumbered, {}};
  const raci::MergeResult merged =
      raci::merge_translations(en.matrix, "en", "en.md", {document}, &en.renumbered);
  std::vector<std::string> footnotes;
  for (const raci::Footnote& f : merged.matrix.footnotes())
    footnotes.push_back(std::to_string(f.number) + " " + f.text + " / " +
                        german_of(f.text_translations));
  CHECK(footnotes ==
        std::vector<std::string>{
            "1 The client writes the rules. / Der Kunde schreibt die Regeln.",
            "2 Kept a year. / Ein Jahr lang.",
            "3 The host encrypts at rest. / Der Anbieter verschlüsselt ruhende Daten."});
  REQUIRE(merged.diagnostics.size() == 1);
  CHECK(merged.diagnostics[0].origin == "de.md");
  CHECK(merged.diagnostics[0].message == "footnote 3 is not in the original: not merged");
  // Without the original's renumbering (a data file), footnotes pair by number.
  const raci::MergeResult by_number =
      raci::merge_translations(en.matrix, "en", "en.md", {document});
  CHECK(german_of(by_number.matrix.footnotes()[2].text_translations) ==
        "Eine Fußnote, die keine Zeile zitiert.");
}

TEST_CASE("Translations: a legend raci supplied in English is not merged as another language") {
  raci::ImportOptions portuguese;
  portuguese.language = "pt";
  const raci::ImportResult pt = raci::import_markdown(english, "pt", portuguese);
  REQUIRE(pt.foreign_legend.size() == 4);
  const raci::Matrix original = imported(english);
  const raci::MergeResult merged = raci::merge_translations(
      original, "en", "en.md", {{"pt", "pt.md", &pt.matrix, {}, pt.foreign_legend}});
  std::vector<std::string> messages;
  for (const raci::MergeDiagnostic& d : merged.diagnostics)
    messages.push_back(d.origin + ": " + d.message);
  CHECK(messages ==
        std::vector<std::string>{
            "pt.md: the legend of R is not the document's (it has none in 'pt'): not merged",
            "pt.md: the legend of A is not the document's (it has none in 'pt'): not merged",
            "pt.md: the legend of C is not the document's (it has none in 'pt'): not merged",
            "pt.md: the legend of I is not the document's (it has none in 'pt'): not merged"});
  for (const raci::RoleInfo& info : merged.matrix.legend())
    CHECK(raci::find_translation(info.name_translations, "pt") == nullptr);
  CHECK(raci::find_translation(merged.matrix.text_translations(merged.matrix.activities()[0]),
                               "pt") != nullptr);
}

TEST_CASE("Translations: a legend's other letter merges by letter, or is reported missing") {
  const std::string rasci = R"(# Desk

| Role | Description |
|---|---|
| (R) Responsible | Does it |
| (A) Accountable | Answers for it |
| (C) Consulted | Is asked |
| (I) Informed | Is told |
| (S) Support | Helps |

## Tickets

| Activity | Client | Provider |
|---|---|---|
| Open the ticket | RA | S |
)";
  std::string german = rasci;
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"(S) Support | Helps", "(S) Unterstützung | Hilft"},
           {"Open the ticket", "Das Ticket öffnen"}}) {
    german.replace(german.find(from), from.size(), to);
  }
  const Merged merged = merge(rasci, german);
  CHECK(merged.diagnostics.empty());
  const raci::RoleInfo& s = merged.matrix.role_info(*raci::role_from_letter('S'));
  REQUIRE(s.name_translations.size() == 1);
  CHECK(*raci::find_translation(s.name_translations, "de") == "Unterstützung");
  CHECK(*raci::find_translation(s.description_translations, "de") == "Hilft");
  // A translation whose legend lacks S: S stays untranslated, said once.
  std::string without = german;
  without.erase(without.find("| (S) Unterstützung | Hilft |\n"), 29);
  without.replace(without.find("| RA | S |"), 10, "| RA | I |");
  const Merged lacking = merge(rasci, without);
  CHECK(std::find(lacking.diagnostics.begin(), lacking.diagnostics.end(),
                  "de.md:0:0: the legend of S is not the document's (it has none in 'de'): not "
                  "merged") != lacking.diagnostics.end());
  CHECK(lacking.matrix.role_info(*raci::role_from_letter('S')).name_translations.empty());
}
