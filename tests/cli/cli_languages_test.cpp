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
  CHECK(named.out == r.out);
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
