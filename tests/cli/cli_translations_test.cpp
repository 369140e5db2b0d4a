// Every language of a matrix through the real binary: raci translations, the provider's
// documents merged by raci import --translation, and CSV's text_LANG columns.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "process.hpp"

using raci::test::run_raci;
using raci::test::RunResult;

namespace {

const std::string data_dir = RACI_TEST_DATA_DIR;
const std::string gaps = data_dir + "/translation-gaps.yaml";

const std::string gaps_report = R"(original: en (19 texts)
de: 1 of 19 texts missing
  activity restore-tests  Test the restores
fr: 6 of 19 texts missing
  description                  Who does what.
  role I: description          Is told
  party host: name             Host
  section backup: description  Copies of the data.
  section network: title       Network
  footnote 1                   Kept 30 days.
)";

}  // namespace

TEST_CASE("CLI translations: a matrix with gaps, per language, exit 1") {
  const RunResult r = run_raci({"--data", gaps, "translations"});
  CHECK(r.err.empty());
  CHECK(r.status == 1);
  CHECK(r.out == gaps_report);
}

TEST_CASE("CLI translations: one language, by --lang or as an argument") {
  const std::string german =
      "original: en (19 texts)\n"
      "de: 1 of 19 texts missing\n"
      "  activity restore-tests  Test the restores\n";
  const RunResult lang = run_raci({"--data", gaps, "--lang", "de", "translations"});
  CHECK(lang.status == 1);
  CHECK(lang.out == german);
  const RunResult positional = run_raci({"--data", gaps, "translations", "DE"});
  CHECK(positional.status == 1);
  CHECK(positional.out == german);
  // The original alone has nothing to miss.
  const RunResult original = run_raci({"--data", gaps, "translations", "en"});
  CHECK(original.status == 0);
  CHECK(original.out == "original: en (19 texts)\n");
  const RunResult unknown = run_raci({"--data", gaps, "translations", "it"});
  CHECK(unknown.status == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err ==
        "raci: error: the matrix has no texts in 'it' (its languages: en, de, fr)\n");
  const RunResult empty = run_raci({"--data", gaps, "translations", ""});
  CHECK(empty.status == 2);
  CHECK(empty.err == "raci: error: language: must not be empty\n");
}

TEST_CASE("CLI translations: RACI_LANG and the locale do not restrict the report") {
  const RunResult r =
      run_raci({"--data", gaps, "translations"}, {.env = {"RACI_LANG=de", "LC_ALL=fr_FR.UTF-8"}});
  CHECK(r.status == 1);
  CHECK(r.out == gaps_report);
}

TEST_CASE("CLI translations: -o json, the documented shape") {
  const RunResult r = run_raci({"--data", gaps, "translations", "de", "-o", "json"});
  CHECK(r.status == 1);
  CHECK(r.out == R"({
  "original": "en",
  "texts": 19,
  "languages": [
    {
      "language": "de",
      "missing": [
        {
          "kind": "activity",
          "id": "restore-tests",
          "field": "text",
          "place": "activity restore-tests",
          "text": "Test the restores"
        }
      ]
    }
  ]
}
)");
  const nlohmann::json all =
      nlohmann::json::parse(run_raci({"--data", gaps, "translations", "-o", "json"}).out);
  std::vector<std::string> french;
  for (const nlohmann::json& text : all.at("languages").at(1).at("missing"))
    french.push_back(text.at("kind").get<std::string>() + "|" + text.at("id").get<std::string>() +
                     "|" + text.at("field").get<std::string>());
  CHECK(french == std::vector<std::string>{"matrix||description", "role|I|description",
                                           "party|host|name", "section|backup|description",
                                           "section|network|title", "footnote|1|text"});
}

TEST_CASE("CLI translations: the built-in matrix is complete in its five languages") {
  // 144 texts: title, description, 8 legend texts, 2 party names, 14 section titles and 1
  // description, 109 activities, 8 footnotes; each has fr, de, es and it.
  const RunResult r = run_raci({"translations"});
  CHECK(r.err.empty());
  CHECK(r.status == 0);
  CHECK(r.out ==
        "original: en (144 texts)\nfr: complete\nde: complete\nes: complete\nit: complete\n");
  const nlohmann::json json = nlohmann::json::parse(run_raci({"translations", "-o", "json"}).out);
  CHECK(json.at("texts") == 144);
  CHECK(json.at("languages").size() == 4);
  for (const nlohmann::json& language : json.at("languages"))
    CHECK(language.at("missing").empty());
}

TEST_CASE("CLI translations: a matrix in one language has nothing to report, exit 0") {
  const RunResult r = run_raci({"--data", data_dir + "/findings.yaml", "translations"});
  CHECK(r.status == 0);
  CHECK(r.out == "original: en (21 texts)\n");
  const RunResult json =
      run_raci({"--data", data_dir + "/findings.yaml", "translations", "-o", "json"});
  CHECK(json.status == 0);
  CHECK(json.out == "{\n  \"original\": \"en\",\n  \"texts\": 21,\n  \"languages\": []\n}\n");
}

namespace {

namespace fs = std::filesystem;

const std::string provider = data_dir + "/import/cloud-temple/";
const std::vector<std::string> translated_languages = {"en", "de", "es", "it"};

// The warnings about parts not merged, one a line: the merge's own, not the importer's
// (paragraphs, footnotes, cells), which are the importer's business.
std::set<std::string> alignment_warnings(const std::string& err) {
  std::set<std::string> out;
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("left untranslated in '") != std::string::npos ||
        line.find(": not merged") != std::string::npos ||
        line.find("keeps the original's") != std::string::npos)
      out.insert(line);
  }
  return out;
}

// Per language, how many activities of an exported matrix have their text in it.
std::map<std::string, std::size_t> translated_activities(const nlohmann::json& value) {
  std::map<std::string, std::size_t> out;
  const auto walk = [&](const auto& self, const nlohmann::json& node) -> void {
    if (node.is_object()) {
      if (node.contains("id") && node.contains("text") && node.contains("roles")) {
        ++out["all"];
        for (const std::string& language : translated_languages) {
          std::string key = "text_";
          key += language;
          out[language] += node.contains(key) ? 1U : 0U;
        }
      }
      for (const auto& [key, child] : node.items())
        self(self, child);
    } else if (node.is_array()) {
      for (const nlohmann::json& child : node)
        self(self, child);
    }
  };
  walk(walk, value);
  return out;
}

struct ProviderDocument {
  std::string file;
  std::size_t rows;  // activity rows of every table but the legend, the same in all five
  // The original's sections left untranslated, by language, with their row counts.
  std::map<std::string, std::map<std::string, std::size_t>> unmerged;
  std::vector<std::string> warnings;  // the alignment warnings, paths relative to `provider`
};

// Rows counted in the documents (tables of activities, header and separator lines excluded);
// the sections not merged and why, found by reading the documents side by side.
const std::vector<ProviderDocument> provider_documents = {
    {"iaas-s3.md", 28, {}, {}},
    {"iaas.md", 109, {}, {}},
    {"kubernetes.md", 71, {}, {}},
    {"llmaas.md", 24, {}, {}},
    // German and Italian give Cloud Temple 'CI' on the Cloud Connect row where the French
    // original has 'C'.
    {"network-vpc.md",
     60,
     {{"de", {{"interconnexion-avec-des-reseaux-externes", 5}}},
      {"it", {{"interconnexion-avec-des-reseaux-externes", 5}}}},
     {"de/network-vpc.md:111:1: row 3 of section 'Interkonnektion mit externen Netzwerken' has "
      "'Kunde: RA, Cloud Temple: CI' where the original's 'souscrire-configurer-un-acces-2' "
      "(fr/network-vpc.md:113:1) has 'Client: RA, Cloud Temple: C': section "
      "'interconnexion-avec-des-reseaux-externes' left untranslated in 'de'",
      "it/network-vpc.md:111:1: row 3 of section 'Interconnessione con reti esterne' has "
      "'Cliente: RA, Cloud Temple: CI' where the original's 'souscrire-configurer-un-acces-2' "
      "(fr/network-vpc.md:113:1) has 'Client: RA, Cloud Temple: C': section "
      "'interconnexion-avec-des-reseaux-externes' left untranslated in 'it'"}},
    {"network.md", 4, {}, {}},
    {"paas-ocp-std.md", 58, {}, {}},
    {"paas.md", 60, {}, {}},
    // The German security section writes party names in its role cells ('**Kunde**'), which
    // the importer reads as R: its first row has 'Cloud Temple: R' where French has 'RA'.
    {"vm-instances.md",
     79,
     {{"de", {{"securite-des-instances-exposition-internet", 9}}}},
     {"de/vm-instances.md:110:1: row 1 of section 'Sicherheit von Instanzen & "
      "Internet-Exposition' has 'Cloud Temple: R' where the original's "
      "'assurer-l-isolation-reseau' (fr/vm-instances.md:110:1) has 'Cloud Temple: RA': section "
      "'securite-des-instances-exposition-internet' left untranslated in 'de'"}},
};

}  // namespace

TEST_CASE(
    "CLI import --translation: the provider's 45 documents, each French original with its four "
    "translations") {
  std::string temp = (fs::temp_directory_path() / "raci-provider-XXXXXX").string();
  REQUIRE(::mkdtemp(temp.data()) != nullptr);
  for (const ProviderDocument& document : provider_documents) {
    INFO(document.file);
    std::vector<std::string> args = {"import", provider + "fr/" + document.file};
    for (const std::string& language : translated_languages) {
      args.push_back("--translation");
      args.push_back(provider + language + "/" + document.file);
    }
    const std::string merged = temp + "/" + document.file + ".json";
    args.insert(args.end(), {"-o", "json", "--output", merged});
    const RunResult r = run_raci(args);
    std::set<std::string> expected;
    for (const std::string& warning : document.warnings) {
      // Both places in a message are the documents' paths as given.
      std::string line = "raci: warning: ";
      line += provider;
      line += warning;
      std::string original_path = "(";
      original_path += provider;
      original_path += "fr/";
      const std::string original = "(fr/";
      line.replace(line.find(original), original.size(), original_path);
      expected.insert(line);
    }
    CHECK(alignment_warnings(r.err) == expected);
    CHECK(r.status == (expected.empty() ? 0 : 1));

    // Every other section got its translation: each language has every row's text but
    // those of the sections left untranslated.
    std::ifstream file(merged);
    const nlohmann::json matrix = nlohmann::json::parse(file);
    CHECK(matrix.at("languages") == nlohmann::json{"fr", "en", "de", "es", "it"});
    std::map<std::string, std::size_t> expected_counts{{"all", document.rows}};
    for (const std::string& language : translated_languages) {
      std::size_t left = 0;
      if (const auto it = document.unmerged.find(language); it != document.unmerged.end()) {
        for (const auto& [section, rows] : it->second)
          left += rows;
      }
      expected_counts[language] = document.rows - left;
    }
    CHECK(translated_activities(matrix) == expected_counts);

    // raci translations names the same: the sections' titles and their rows, nothing else of
    // theirs (paragraphs read as descriptions are the importer's business, left out here).
    const RunResult report = run_raci({"--data", merged, "translations", "-o", "json"});
    CHECK(report.status == (expected.empty() ? 0 : 1));
    const nlohmann::json gaps = nlohmann::json::parse(report.out);
    for (const nlohmann::json& language : gaps.at("languages")) {
      const std::string tag = language.at("language").get<std::string>();
      std::set<std::string> titles;
      std::size_t activities = 0;
      for (const nlohmann::json& text : language.at("missing")) {
        if (text.at("kind") == "activity") ++activities;
        if (text.at("kind") == "section" && text.at("field") == "title")
          titles.insert(text.at("id").get<std::string>());
      }
      std::set<std::string> unmerged_titles;
      std::size_t unmerged_rows = 0;
      if (const auto it = document.unmerged.find(tag); it != document.unmerged.end()) {
        for (const auto& [section, rows] : it->second) {
          unmerged_titles.insert(section);
          unmerged_rows += rows;
        }
      }
      CHECK(titles == unmerged_titles);
      CHECK(activities == unmerged_rows);
    }
  }
  fs::remove_all(temp);
}

TEST_CASE("CLI CSV: text in the language shown, and a text_LANG column per language") {
  const RunResult list = run_raci({"--data", gaps, "list", "-o", "csv"});
  CHECK(list.status == 0);
  CHECK(list.out ==
        "id,section,phase,text,text_en,text_de,text_fr,client,host,footnotes,section_id\n"
        "run-backups,Backup,,Run the backups,Run the backups,Die Sicherungen ausführen,Lancer "
        "les sauvegardes,I,RA,1,backup\n"
        "restore-tests,Backup,,Test the restores,Test the restores,,Tester les "
        "restaurations,RA,C,,backup\n"
        "open-ports,Network,,Open the ports,Open the ports,Die Ports öffnen,Ouvrir les "
        "ports,RA,,,network\n");
  // In German: text and section in German, the untranslated text marked in `text` only;
  // text_de stays empty where there is no German.
  const RunResult who = run_raci({"--data", gaps, "--lang", "de", "who", "-o", "csv"});
  CHECK(who.out ==
        "id,section,phase,text,text_en,text_de,text_fr,R,A,C,I,footnotes,section_id\n"
        "run-backups,Sicherung,,Die Sicherungen ausführen,Run the backups,Die Sicherungen "
        "ausführen,Lancer les sauvegardes,host,host,,client,1,backup\n"
        "restore-tests,Sicherung,,[en] Test the restores,Test the restores,,Tester les "
        "restaurations,client,client,host,,,backup\n"
        "open-ports,Netzwerk,,Die Ports öffnen,Open the ports,Die Ports öffnen,Ouvrir les "
        "ports,client,client,,,,network\n");
  // The export's CSV has them too.
  const RunResult exported = run_raci({"--data", gaps, "export", "-o", "csv"});
  CHECK(exported.out == list.out);
}

TEST_CASE("CLI --columns text_LANG: csv, tsv and table, in any case") {
  const RunResult tsv = run_raci({"--data", gaps, "--lang", "de", "list", "-o", "tsv", "--columns",
                                  "id,text,text_de,TEXT_FR"});
  CHECK(tsv.status == 0);
  CHECK(tsv.out ==
        "id\ttext\ttext_de\ttext_fr\n"
        "run-backups\tDie Sicherungen ausführen\tDie Sicherungen ausführen\tLancer les "
        "sauvegardes\n"
        "restore-tests\t[en] Test the restores\t\tTester les restaurations\n"
        "open-ports\tDie Ports öffnen\tDie Ports öffnen\tOuvrir les ports\n");
  const RunResult csv =
      run_raci({"--data", gaps, "who", "-o", "csv", "--columns", "id,text_de", "-k", "ports"});
  CHECK(csv.out == "id,text_de\nopen-ports,Die Ports öffnen\n");
  const RunResult table = run_raci({"--data", gaps, "list", "--columns", "id,text_de,text_en"});
  CHECK(table.out ==
        "ID             TEXT_DE                    TEXT_EN\n"
        "run-backups    Die Sicherungen ausführen  Run the backups\n"
        "restore-tests                             Test the restores\n"
        "open-ports     Die Ports öffnen           Open the ports\n");
  const RunResult unknown = run_raci({"--data", gaps, "list", "--columns", "id,text_it"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err ==
        "raci: error: --columns: unknown column 'text_it' (columns: id, text, text_en, text_de, "
        "text_fr, note, section, section_id, phase, footnotes, matched, client, host, R, A, C, "
        "I); did you mean 'text_en', 'text_de' or 'text_fr'?\n");
}

TEST_CASE("CLI CSV: a matrix in one language has no text_LANG column") {
  const RunResult r = run_raci({"--data", data_dir + "/findings.yaml", "list", "-o", "csv"});
  CHECK(r.out.substr(0, r.out.find('\n')) ==
        "id,section,phase,text,client,host,footnotes,section_id");
  const RunResult column =
      run_raci({"--data", data_dir + "/findings.yaml", "list", "--columns", "text_en"});
  CHECK(column.status == 2);
}

namespace {

const std::string small_documents = data_dir + "/import/translations/";

// Each section of an exported matrix with its German title and its activities' German
// texts: "setup=Einrichtung: size-platform=Die Plattform dimensionieren, ...", "-" for none.
std::vector<std::string> german_sections(const std::string& json) {
  std::vector<std::string> out;
  const auto german = [](const nlohmann::json& object, const std::string& key) {
    return object.contains(key) ? object.at(key).get<std::string>() : std::string("-");
  };
  const nlohmann::json matrix = nlohmann::json::parse(json);
  for (const nlohmann::json& section : matrix.at("sections")) {
    std::string line = section.at("id").get<std::string>();
    line += '=';
    line += german(section, "title_de");
    line += ':';
    for (const nlohmann::json& activity : section.at("activities")) {
      line += ' ';
      line += activity.at("id").get<std::string>();
      line += '=';
      line += german(activity, "text_de");
    }
    out.push_back(std::move(line));
  }
  return out;
}

RunResult merge(const std::string& german) {
  return run_raci({"import", small_documents + "en.md", "--translation",
                   "de=" + small_documents + german, "-o", "json"});
}

const std::string setup_de =
    "setup=Einrichtung: size-platform=Die Plattform dimensionieren install-servers=Die Server "
    "installieren";
const std::string backup_de =
    "backup=Sicherung: define-backup-policy=Die Sicherungsrichtlinie festlegen run-backups=Die "
    "Sicherungen ausführen restore-backup=Eine Sicherung wiederherstellen";
const std::string setup_none = "setup=-: size-platform=- install-servers=-";
const std::string backup_none = "backup=-: define-backup-policy=- run-backups=- restore-backup=-";

}  // namespace

TEST_CASE("CLI import --translation: an aligned document merges every section") {
  const RunResult r = merge("iaas.de.md");
  CHECK(r.err.empty());
  CHECK(r.status == 0);
  CHECK(german_sections(r.out) == std::vector<std::string>{setup_de, backup_de});
}

TEST_CASE("CLI import --translation: a missing row leaves its section untranslated, exit 1") {
  const RunResult r = merge("de-missing-row.md");
  CHECK(r.status == 1);
  CHECK(r.err == "raci: warning: " + small_documents +
                     "de-missing-row.md:19:1: section 'Sicherung' has 2 rows where the "
                     "original's section 'backup' (" +
                     small_documents +
                     "en.md:19:1) has 3: section 'backup' left untranslated in 'de'\n");
  CHECK(german_sections(r.out) == std::vector<std::string>{setup_de, backup_none});
}

TEST_CASE("CLI import --translation: an extra row leaves its section untranslated, exit 1") {
  const RunResult r = merge("de-extra-row.md");
  CHECK(r.status == 1);
  CHECK(r.err == "raci: warning: " + small_documents +
                     "de-extra-row.md:19:1: section 'Sicherung' has 4 rows where the original's "
                     "section 'backup' (" +
                     small_documents +
                     "en.md:19:1) has 3: section 'backup' left untranslated in 'de'\n");
  CHECK(german_sections(r.out) == std::vector<std::string>{setup_de, backup_none});
}

TEST_CASE("CLI import --translation: other letters leave their section untranslated, exit 1") {
  const RunResult r = merge("de-other-letters.md");
  CHECK(r.status == 1);
  CHECK(german_sections(r.out) == std::vector<std::string>{setup_de, backup_none});
}

TEST_CASE("CLI import --translation: a missing section is named in the original, the next merges") {
  const RunResult r = merge("de-missing-section.md");
  CHECK(r.status == 1);
  CHECK(r.err == "raci: warning: " + small_documents +
                     "en.md:12:1: section 'setup' ('Setup') has no counterpart in " +
                     small_documents + "de-missing-section.md: left untranslated in 'de'\n");
  CHECK(german_sections(r.out) == std::vector<std::string>{setup_none, backup_de});
}

TEST_CASE("CLI translations: several matrices, a report under each one's heading") {
  const RunResult r = run_raci({"--matrix", "iaas", "--matrix", "network", "translations"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "iaas: IaaS Responsibility Matrix\n\n"
        "original: en (144 texts)\nfr: complete\nde: complete\nes: complete\nit: complete\n\n"
        "network: Network Responsibility Matrix\n\n"
        "original: fr (17 texts)\nen: complete\nde: complete\nes: complete\nit: complete\n");
  // The catalogue's matrices were merged from the provider's documents: German and Italian
  // lack the rows and titles of the sections the merge of the 45 documents leaves out
  // (above), nothing else (descriptions read from paragraphs are the importer's business).
  const RunResult all = run_raci({"--matrix", "all", "translations", "-o", "json"});
  CHECK(all.status == 1);
  std::vector<std::string> incomplete;
  for (const nlohmann::json& report : nlohmann::json::parse(all.out)) {
    for (const nlohmann::json& language : report.at("languages")) {
      std::size_t texts = 0;
      for (const nlohmann::json& text : language.at("missing")) {
        if (text.at("kind") == "activity" || text.at("field") == "title") ++texts;
      }
      if (texts == 0) continue;
      incomplete.push_back(report.at("matrix").get<std::string>() + " " +
                           language.at("language").get<std::string>() + " " +
                           std::to_string(texts));
    }
  }
  CHECK(incomplete ==
        std::vector<std::string>{"network-vpc de 6", "network-vpc it 6", "vm-instances de 10"});
}
