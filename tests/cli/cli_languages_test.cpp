// Languages through the real binary: translations in data files, raci import --translation.
#include <catch2/catch.hpp>
#include <string>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunResult;

namespace {

const std::string dir = std::string(RACI_TEST_DATA_DIR) + "/import/translations/";

}  // namespace

TEST_CASE("CLI import --translation: aligned documents merge into one multilingual matrix") {
  const RunResult r = run_raci({"import", dir + "en.md", "--translation", dir + "iaas.de.md"});
  CHECK(r.err.empty());
  CHECK(r.status == 0);
  CHECK(
      r.out.starts_with("format: 1\nlanguages: [en, de]\ntitle: Hosting\n"
                        "title_de: Hosting auf Deutsch\n"));
  CHECK(r.out.find("      - id: run-backups\n        text: Run the backups\n"
                   "        text_de: Die Sicherungen ausführen\n") != std::string::npos);
  // LANG=FILE names a language the file name does not give.
  const RunResult named =
      run_raci({"import", dir + "en.md", "--translation", "de=" + dir + "notes.md"});
  CHECK(named.status == 0);
  // The same texts; source_de names the other file.
  std::string expected = r.out;
  const std::string source = "source_de: \"" + dir + "iaas.de.md\"\n";
  REQUIRE(expected.find(source) != std::string::npos);
  expected.replace(expected.find(source), source.size(), "source_de: \"" + dir + "notes.md\"\n");
  CHECK(named.out == expected);
}

TEST_CASE("CLI import --translation: a section that does not align is reported, exit 1") {
  const RunResult r = run_raci({"import", dir + "en.md", "--translation",
                                "de=" + dir + "de-other-letters.md", "-o", "json"});
  CHECK(r.status == 1);
  CHECK(r.err == "raci: warning: " + dir +
                     "de-other-letters.md:24:1: row 2 of section 'Sicherung' has 'Kunde: I, "
                     "Anbieter: R' where the original's 'run-backups' (" +
                     dir +
                     "en.md:24:1) has 'Client: I, Host: RA': section 'backup' left untranslated "
                     "in 'de'\n");
  // The matrix is still written, with the rest merged.
  CHECK(r.out.find("\"text_de\": \"Die Server installieren\"") != std::string::npos);
  CHECK(r.out.find("Die Sicherungen ausführen") == std::string::npos);
}

TEST_CASE("CLI import --translation: the language of a file name, and what is refused") {
  const RunResult unknown = run_raci({"import", dir + "en.md", "--translation", dir + "notes.md"});
  CHECK(unknown.status == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err == "raci: error: cannot tell the language of '" + dir +
                           "notes.md' from its name: write --translation LANG=" + dir +
                           "notes.md\n");
  const RunResult same =
      run_raci({"import", dir + "en.md", "--translation", "en=" + dir + "notes.md"});
  CHECK(same.status == 2);
  CHECK(same.err == "raci: error: " + dir + "notes.md is in 'en', the original's language\n");
  const RunResult twice = run_raci({"import", dir + "en.md", "--translation", dir + "iaas.de.md",
                                    "--translation", "de=" + dir + "notes.md"});
  CHECK(twice.status == 2);
  CHECK(twice.err ==
        "raci: error: two translations into 'de': " + dir + "iaas.de.md and " + dir + "notes.md\n");
  const RunResult bad =
      run_raci({"import", dir + "en.md", "--translation", "german=" + dir + "notes.md"});
  CHECK(bad.status == 2);
  CHECK(bad.err == "raci: error: invalid language tag 'german' for " + dir +
                       "notes.md (expected a BCP 47 tag such as 'fr', 'de' or 'pt-BR')\n");
}

TEST_CASE("CLI import --translation: translations merge into a data file too") {
  const RunResult r = run_raci({"import", std::string(RACI_TEST_DATA_DIR) + "/small.yaml",
                                "--translation", "de=" + dir + "notes.md"});
  // small.yaml has other sections than the German document: each is reported, and the
  // title and legend merge.
  CHECK(r.status == 1);
  CHECK(r.out.find("title_de: Hosting auf Deutsch\n") != std::string::npos);
  CHECK(r.out.find("\nsource_de: \"" + dir + "notes.md\"\n") != std::string::npos);
}

namespace {

const std::string multilingual = std::string(RACI_TEST_DATA_DIR) + "/multilingual.yaml";

const std::string german_list = R"(  ID            ACTIVITY                       Kunde  [en] Host
Sicherung
  backup-check  [en] Check the backups         RA
  backup-run    Die Sicherungen ausführen [1]  I      RA

Footnotes
  [1] 30 Tage aufbewahrt.
)";

}  // namespace

TEST_CASE("CLI --lang: texts in that language, the untranslated ones marked with the original's") {
  const RunResult r = run_raci({"--data", multilingual, "--lang", "de", "list"});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out == german_list);
  // RACI_LANG, then the locale (LC_ALL before LC_MESSAGES before LANG), say the same.
  CHECK(run_raci({"--data", multilingual, "list"}, {.env = {"RACI_LANG=de"}}).out == german_list);
  CHECK(run_raci({"--data", multilingual, "list"}, {.env = {"LANG=de_DE.UTF-8"}}).out ==
        german_list);
  CHECK(run_raci({"--data", multilingual, "list"},
                 {.env = {"LC_ALL=de_CH.UTF-8", "LANG=fr_FR.UTF-8"}})
            .out == german_list);
  // A tag in another case or with a region names the same language.
  CHECK(run_raci({"--data", multilingual, "--lang", "DE-at", "list"}).out == german_list);
}

TEST_CASE("CLI --lang: a locale the matrix lacks, or C, shows the original, asked for, an error") {
  const std::string english = run_raci({"--data", multilingual, "list"}).out;
  CHECK(english.starts_with("  ID            ACTIVITY             Client  Host\nBackup\n"));
  CHECK(run_raci({"--data", multilingual, "list"}, {.env = {"LANG=pt_BR.UTF-8"}}).out == english);
  CHECK(run_raci({"--data", multilingual, "list"}, {.env = {"LC_ALL=C.UTF-8", "LANG=de_DE"}}).out ==
        english);
  const RunResult asked = run_raci({"--data", multilingual, "--lang", "pt", "list"});
  CHECK(asked.status == 2);
  CHECK(asked.out.empty());
  CHECK(asked.err == "raci: error: the matrix has no texts in 'pt' (its languages: en, de, fr)\n");
  const RunResult from_env = run_raci({"--data", multilingual, "list"}, {.env = {"RACI_LANG=pt"}});
  CHECK(from_env.err ==
        "raci: error: the matrix has no texts in 'pt' (its languages: en, de, fr) (from "
        "RACI_LANG)\n");
}

TEST_CASE(
    "CLI --lang: JSON has the text in that language and every language's; exports stay whole") {
  const RunResult r = run_raci({"--data", multilingual, "--lang", "de", "list", "-o", "jsonl"});
  CHECK(r.out.starts_with(
      R"({"id":"backup-check","text":"Check the backups","section":["Sicherung"],)"));
  CHECK(r.out.find(R"("text":"Die Sicherungen ausführen","text_fr":"Lancer les sauvegardes",)"
                   R"("texts":{"en":"Run the backups","de":"Die Sicherungen ausführen",)"
                   R"("fr":"Lancer les sauvegardes"},)") != std::string::npos);
  // The data formats hold the matrix as it is, whatever the language shown.
  CHECK(run_raci({"--data", multilingual, "--lang", "de", "export"}).out ==
        run_raci({"--data", multilingual, "export"}).out);
  const RunResult show = run_raci({"--data", multilingual, "--lang", "de", "show", "backup-run"});
  CHECK(show.out.find("text                 Die Sicherungen ausführen\n"
                      "text (en)            Run the backups\n"
                      "text (fr)            Lancer les sauvegardes\n") != std::string::npos);
  // The section's description, untranslated, says so.
  CHECK(show.out.find("section description  [en] Copies.\n") != std::string::npos);
}

TEST_CASE("CLI --lang: a search finds words of any language, whatever the language shown") {
  for (const char* lang : {"en", "de", "fr"}) {
    CHECK(run_raci({"--data", multilingual, "--lang", lang, "list", "-k", "Sicherung", "-o", "ids"})
              .out == "backup-run\n");
    CHECK(
        run_raci({"--data", multilingual, "--lang", lang, "list", "-k", "sauvegarde", "-o", "ids"})
            .out == "backup-run\n");
  }
}

TEST_CASE("CLI import: --provider, and the documents' paths as source and source_LANG") {
  const RunResult r = run_raci({"import", dir + "en.md", "--provider", "Example Host",
                                "--translation", dir + "iaas.de.md", "-o", "json"});
  CHECK(r.err.empty());
  CHECK(r.status == 0);
  CHECK(r.out.find("\"provider\": \"Example Host\",\n") != std::string::npos);
  CHECK(r.out.find("\"source\": \"" + dir + "en.md\",\n") != std::string::npos);
  CHECK(r.out.find("\"source_de\": \"" + dir + "iaas.de.md\",\n") != std::string::npos);
  // Without --provider, no provider; from standard input, no source.
  const RunResult plain = run_raci({"import", dir + "en.md", "-o", "json"});
  CHECK(plain.out.find("\"provider\"") == std::string::npos);
  CHECK(plain.out.find("\"source\": \"" + dir + "en.md\",\n") != std::string::npos);
  raci::test::RunOptions from_stdin;
  from_stdin.stdin_file = dir + "en.md";
  const RunResult piped = run_raci({"import", "-", "-o", "json"}, from_stdin);
  CHECK(piped.status == 0);
  CHECK(piped.out.find("\"source\"") == std::string::npos);
  // A front matter's provider is the document's: kept, and the other one named.
  const std::string variations = std::string(RACI_TEST_DATA_DIR) + "/import/variations.md";
  const RunResult front = run_raci({"import", variations, "--provider", "Other Host"});
  CHECK(front.out.find("\nprovider: Example Host\n") != std::string::npos);
  CHECK(front.err.find("raci: warning: " + variations +
                       ":1:1: the front matter names the provider 'Example Host': kept over "
                       "'Other Host'\n") != std::string::npos);
  // A data file has its own.
  const RunResult data = run_raci({"import", std::string(RACI_TEST_DATA_DIR) + "/small.yaml",
                                   "--provider", "X", "--translation", "de=" + dir + "notes.md"});
  CHECK(data.status == 2);
  CHECK(data.err == "raci: error: --provider is for a Markdown document, not the data file " +
                        std::string(RACI_TEST_DATA_DIR) + "/small.yaml\n");
}
