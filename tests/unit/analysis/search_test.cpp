#include "raci/analysis/search.hpp"

#include <catch2/catch.hpp>

#include "raci/analysis/query.hpp"
#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"

namespace {

using Ids = std::vector<std::string>;

const raci::Matrix& builtin() {
  static const raci::Matrix m = raci::load_builtin_matrix();
  return m;
}

enum class Stems { at_build_time, at_run_time };

Ids search(const raci::Matrix& matrix, const std::string& query, Stems how = Stems::at_run_time) {
  auto stems = how == Stems::at_build_time
                   ? std::make_shared<raci::WordStems>(matrix, raci::builtin_word_stems(),
                                                       raci::builtin_known_words(),
                                                       raci::builtin_folded_glossary())
                   : std::make_shared<raci::WordStems>(matrix);
  const raci::Search s(matrix, query, stems);
  Ids out;
  for (const raci::Activity& a : matrix.activities()) {
    if (s.matches(a)) out.push_back(a.id);
  }
  return out;
}

// Written by reading the rows of data/cloud-temple-iaas.yaml, not by running the search.
const Ids backup_rows{
    "platform-sizing",
    "backup-initial-configuration",
    "vm-backup-plan",
    "backup-operational-condition",
    "backup-security-maintenance",
    "backup-incidents",
    "backup-problems",
    "backup-capacity",
    "tenant-backup-operational-maintenance",
    "tenant-backup-security-maintenance",
    "tenant-backup-incidents",
    "tenant-backup-problems",
    "tenant-backup-capacity",
    "backup-policy-lifecycle",
    "backup-policy-consistency",
    "backup-strategy-tests",
    "third-party-backup-operational-maintenance",
    "third-party-backup-security-maintenance",
    "third-party-backup-incidents",
    "third-party-backup-problems",
    "third-party-backup-capacity",
    "third-party-backup-policy-lifecycle",
    "third-party-backup-policy-consistency",
    "third-party-backup-strategy-tests",
};
// Each says "disaster recovery" and "business continuity".
const Ids dr_rows{"dr-bc-strategy",
                  "vm-dr-bc-plan",
                  "dr-bc-plan-consistency",
                  "dr-bc-strategy-tests",
                  "third-party-dr-bc-plan-consistency",
                  "third-party-dr-bc-strategy-tests"};
const Ids vm_rows{"vm-create-install-update",
                  "vm-software-and-middleware",
                  "vm-os-licenses",
                  "vm-network-configuration",
                  "vm-backup-plan",
                  "vm-dr-bc-plan",
                  "vm-antivirus",
                  "vm-monitoring",
                  "vm-tag-policy",
                  "client-system-accessibility",
                  "vm-operational-maintenance",
                  "vm-security-maintenance",
                  "vm-or-environment-creation",
                  "vm-configuration-change",
                  "vm-deletion",
                  "vm-tagging",
                  "vm-performance",
                  "vm-cmdb-tracking"};
const Ids capacity_rows{
    "datacenter-capacity",         "compute-capacity",      "storage-capacity",
    "backbone-capacity",           "backup-capacity",       "tenant-backup-capacity",
    "third-party-backup-capacity", "operator-link-capacity"};
// Four say "problems", two "issues"... the document's two words for one thing.
const Ids problem_rows{
    "datacenter-problems",         "compute-problems",      "storage-problems",
    "backbone-problems",           "backup-problems",       "tenant-backup-problems",
    "third-party-backup-problems", "operator-link-problems"};
const Ids operational_maintenance_rows{"datacenter-operational-maintenance",
                                       "compute-operational-maintenance",
                                       "storage-operational-maintenance",
                                       "backbone-operational-maintenance",
                                       "vm-operational-maintenance",
                                       "middleware-operational-maintenance",
                                       "backup-operational-condition",
                                       "tenant-backup-operational-maintenance",
                                       "third-party-backup-operational-maintenance"};
const Ids security_maintenance_rows{"datacenter-security-maintenance",
                                    "compute-security-maintenance",
                                    "storage-security-maintenance",
                                    "backbone-security-maintenance",
                                    "vm-security-maintenance",
                                    "middleware-security-maintenance",
                                    "backup-security-maintenance",
                                    "tenant-backup-security-maintenance",
                                    "third-party-backup-security-maintenance"};
// "security", "sécurité" (French rows) and "secure": one English stem, "secur".
const Ids security_rows{"console-access-administration",
                        "client-system-access-administration",
                        "datacenter-security-maintenance",
                        "compute-security-maintenance",
                        "storage-security-maintenance",
                        "backbone-security-maintenance",
                        "vm-security-maintenance",
                        "middleware-security-maintenance",
                        "backup-security-maintenance",
                        "tenant-backup-security-maintenance",
                        "third-party-backup-security-maintenance",
                        "secure-data-deletion"};
const Ids policy_rows{"vm-tag-policy",
                      "console-access-administration",
                      "client-system-access-administration",
                      "vm-tagging",
                      "backup-policy-lifecycle",
                      "backup-policy-consistency",
                      "third-party-backup-policy-lifecycle",
                      "third-party-backup-policy-consistency",
                      "console-access-policy-upkeep"};
const Ids secnumcloud_rows{"secnumcloud-compliance-validation", "cloud-temple-team-authorizations",
                           "equipment-monitoring", "resource-inventory", "technical-documentation"};
const Ids log_rows{"platform-logs", "client-system-logs"};
const Ids deletion_rows{"vm-deletion", "secure-data-deletion"};
const Ids datacenter_rows{"datacenter-implementation",
                          "datacenter-operational-maintenance",
                          "datacenter-security-maintenance",
                          "datacenter-incidents",
                          "datacenter-problems",
                          "datacenter-capacity",
                          "operator-connectivity-subscription"};
const Ids tenant_rows{"tenants-and-availability-zones",
                      "tenant-basic-configuration",
                      "console-users-and-permissions",
                      "client-system-access-administration",
                      "vm-operational-maintenance",
                      "vm-security-maintenance",
                      "middleware-operational-maintenance",
                      "middleware-security-maintenance",
                      "vm-or-environment-creation",
                      "physical-resource-performance",
                      "tenant-backup-operational-maintenance",
                      "tenant-backup-security-maintenance",
                      "tenant-backup-incidents",
                      "tenant-backup-problems",
                      "tenant-backup-capacity",
                      "third-party-backup-operational-maintenance",
                      "third-party-backup-security-maintenance",
                      "third-party-backup-incidents",
                      "third-party-backup-problems",
                      "third-party-backup-capacity",
                      "client-system-logs"};

struct Query {
  const char* text;
  Ids expected;
};

const std::vector<Query>& natural_queries() {
  static const std::vector<Query> queries{
      // Whole words, never the inside of another word.
      {"backup", backup_rows},
      {"log", log_rows},  // not "logical", "metrology" or "Log Management" (a section)
      {"logical", {"cloud-temple-team-authorizations"}},
      {"metrology", {"vm-monitoring"}},
      {"antivirus", {"vm-antivirus"}},
      {"virus", {}},
      {"ip", {"ip-addressing-plan"}},
      {"dress", {}},  // inside "addressing"
      // Word forms.
      {"backups", backup_rows},
      {"BACKUPS", backup_rows},
      {"logs", log_rows},
      {"capacity", capacity_rows},
      {"capacities", capacity_rows},
      {"delete", deletion_rows},
      {"deletion", deletion_rows},
      {"deleting", deletion_rows},
      {"policy", policy_rows},
      {"policies", policy_rows},
      {"machines", vm_rows},
      {"incident",
       {"datacenter-incidents", "compute-incidents", "storage-incidents", "backbone-incidents",
        "backup-incidents", "tenant-backup-incidents", "third-party-backup-incidents",
        "operator-link-incidents"}},
      {"tenant", tenant_rows},
      // Several words: all of them, anywhere.
      {"backup policies",
       {"backup-policy-lifecycle", "backup-policy-consistency",
        "third-party-backup-policy-lifecycle", "third-party-backup-policy-consistency"}},
      {"capacity backbone", {"backbone-capacity"}},
      // Phrases: consecutive words.
      {"virtual machines", vm_rows},
      {"\"virtual machine\"", vm_rows},
      {"\"virtual machines\"", vm_rows},
      {"\"machine virtual\"", {}},
      {"\"disaster recovery plans\"",
       {"dr-bc-plan-consistency", "third-party-dr-bc-plan-consistency"}},
      // Abbreviations and synonyms, both ways.
      {"DR", dr_rows},
      {"dr", dr_rows},
      {"disaster recovery", dr_rows},
      {"BC", dr_rows},
      {"PRA", dr_rows},
      {"PCA", dr_rows},
      {"VM", vm_rows},
      {"vms", vm_rows},
      {"problem", problem_rows},
      {"issues", problem_rows},
      {"MCO", operational_maintenance_rows},
      {"operational maintenance", operational_maintenance_rows},
      {"MCS", security_maintenance_rows},
      {"CMDB", {"vm-cmdb-tracking"}},
      {"configuration management database", {"vm-cmdb-tracking"}},
      {"SecNumCloud", secnumcloud_rows},
      {"SNC", secnumcloud_rows},
      {"datacentre", datacenter_rows},
      {"DR VM", {"vm-dr-bc-plan"}},
      // French, with and without accents.
      {"plan de reprise d'activité", dr_rows},
      {"plan de reprise d'activite", dr_rows},
      {"machine virtuelle", vm_rows},
      {"machines virtuelles", vm_rows},
      {"sauvegarde", backup_rows},
      {"sauvegardes", backup_rows},
      {"sécurité", security_rows},
      {"SECURITE", security_rows},
      // Every row's French text (the provider's French document): every policy row.
      {"politique",
       {"vm-tag-policy", "console-access-administration", "client-system-access-administration",
        "vm-tagging", "backup-policy-lifecycle", "backup-policy-consistency",
        "third-party-backup-policy-lifecycle", "third-party-backup-policy-consistency",
        "console-access-policy-upkeep"}},
      {"ressources",
       {"resource-change-decision", "resource-change-execution", "physical-resource-performance",
        "resource-inventory"}},
      {"décision", {"resource-change-decision", "resource-change-execution"}},
      {"journaux", log_rows},
      {"réversibilité", {"reversibility-planning"}},
      // Ids: their words are searched too.
      {"vm-dr-bc-plan", {"vm-dr-bc-plan"}},
      {"third-party capacity", {"third-party-backup-capacity"}},
      // Nothing.
      {"bakup", {}},
      {"mpls", {}},  // only in a section title
      {"backup sauvegarde", backup_rows},
      {"backup unicorn", {}},
      {"バックアップ", {}},
  };
  return queries;
}

}  // namespace

TEST_CASE("Search: natural queries on the built-in matrix find exactly their rows") {
  REQUIRE(natural_queries().size() >= 40);
  for (const Query& query : natural_queries()) {
    INFO("query: " << query.text);
    CHECK(search(builtin(), query.text) == query.expected);
    CHECK(search(builtin(), query.text, Stems::at_build_time) == query.expected);
  }
}

TEST_CASE("Search: 'who --activity backup' answers 24 activities through the filter too") {
  raci::FilterSpec spec;
  spec.keyword = {"backup"};
  CHECK(raci::select(builtin(), raci::Filter(builtin(), spec)).size() == 24);
}

TEST_CASE("Search: the stems raci-embed wrote are those the stemmers give") {
  raci::WordStems run_time(builtin());
  const auto built = raci::builtin_word_stems();
  REQUIRE(built.size() == raci::field_count * builtin().activities().size());
  for (std::size_t i = 0; i < builtin().activities().size(); ++i) {
    const raci::Activity& a = builtin().activities()[i];
    for (std::size_t f = 0; f < raci::field_count; ++f)
      CHECK(raci::joined_stems(a, raci::all_fields[f], run_time) ==
            built[raci::field_count * i + f]);
  }
  CHECK(built[0] == "defin the overal architectur of your cloud templ platform");
  const auto known = raci::builtin_known_words();
  const auto words = raci::glossary_words(builtin(), run_time);
  REQUIRE(known.size() == words.size());
  for (std::size_t i = 0; i < known.size(); ++i) {
    CHECK(known[i].folded == words[i][0]);
    for (std::size_t l = 0; l + 1 < raci::language_count; ++l)
      CHECK(known[i].stems[l] == words[i][l + 1]);
  }
  CHECK(known.front().folded == "a");  // "infrastructure as a service"
  const auto folded = raci::builtin_folded_glossary();
  CHECK(std::vector<std::string>(folded.begin(), folded.end()) == raci::folded_glossary(builtin()));
  CHECK(folded[9] == "plan de reprise d activite");  // PRA's first equivalent
}

namespace {

const char* const glossary_matrix = R"(format: 1
title: T
roles:
  R: {name: Responsible, description: r}
  A: {name: Accountable, description: a}
  C: {name: Consulted, description: c}
  I: {name: Informed, description: i}
parties:
  - {id: client, name: Client}
sections:
  - id: s
    title: Disaster recovery
    activities:
      - {id: a1, text: Test the disaster recovery plan, roles: {client: R}}
      - {id: a2, text: Fix the issues, roles: {client: R}}
      - {id: a3, text: Fix the problems, text_fr: Corriger les problèmes et les issues, roles: {client: R}}
      - {id: a4, text: Disaster after recovery, roles: {client: R}}
glossary:
  - {term: DR, same: [disaster recovery]}
  - {term: problem, same: [issue], lang: en}
  - {term: PRA, same: [plan de reprise d'activité, disaster recovery plan]}
)";

}  // namespace

TEST_CASE("Search: a glossary term finds its equivalents, and an equivalent the term") {
  const raci::Matrix m = raci::load_matrix_yaml(glossary_matrix, "g.yaml");
  CHECK(search(m, "DR") == Ids{"a1"});
  CHECK(search(m, "dr plan") == Ids{"a1"});
  // The words of an equivalent typed without quotes are taken as the phrase.
  CHECK(search(m, "disaster recovery") == Ids{"a1"});
  CHECK(search(m, "recovery disaster") == Ids{"a1", "a4"});
  CHECK(search(m, "PRA") == Ids{"a1"});
  CHECK(search(m, "plan de reprise d'activite") == Ids{"a1"});
  CHECK(search(m, "problem") == Ids{"a2", "a3"});
  CHECK(search(m, "issue") == Ids{"a2", "a3"});
}

TEST_CASE("Search: an entry with a language holds for texts of that language only") {
  const raci::Matrix m = raci::load_matrix_yaml(glossary_matrix, "g.yaml");
  raci::Search s(m, "problem", std::make_shared<raci::WordStems>(m));
  // The word typed is looked for everywhere; the English equivalent "issue" is not looked
  // for in the French text, where "issues" is another word.
  const std::vector<raci::Hit> hits = s.hits(m.activities()[2]);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].field == raci::Field::text);
  CHECK(hits[1].field == raci::Field::text_fr);
  CHECK(s.matched_words(m.activities()[2]) == Ids{"problems", "problèmes"});
  CHECK(s.matched_words(m.activities()[1]) == Ids{"issues"});
}

TEST_CASE("Search: hits are the matched words, as written, in text, French text and id") {
  raci::Search s(builtin(), "sauvegardes backup", std::make_shared<raci::WordStems>(builtin()));
  const raci::Activity& a = *builtin().find_activity("vm-backup-plan");
  // The English text's word, then the French text's.
  CHECK(s.matched_words(a) == Ids{"backup", "sauvegarde"});
  raci::Search fr(builtin(), "politique", std::make_shared<raci::WordStems>(builtin()));
  CHECK(fr.matched_words(*builtin().find_activity("vm-tagging")) == Ids{"politique"});
  raci::Search id(builtin(), "DR", std::make_shared<raci::WordStems>(builtin()));
  CHECK(id.matched_words(*builtin().find_activity("dr-bc-strategy")) ==
        Ids{"disaster", "recovery", "dr"});
}

TEST_CASE("Search: a section title can be asked whether the query names it") {
  auto stems = std::make_shared<raci::WordStems>(builtin());
  CHECK(raci::Search(builtin(), "reversibility", stems).matches_title("Reversibility"));
  CHECK(raci::Search(builtin(), "logs", stems).matches_title("Log Management"));
  CHECK_FALSE(raci::Search(builtin(), "log", stems).matches_title("Logical things"));
}

TEST_CASE("Search: the vocabulary is every distinct folded word of the texts") {
  const raci::Matrix m = raci::load_matrix_yaml(glossary_matrix, "g.yaml");
  CHECK(raci::vocabulary(m) == Ids{"test", "the", "disaster", "recovery", "plan", "fix", "issues",
                                   "problems", "corriger", "les", "problemes", "et", "after"});
}

namespace {

// Texts in five languages, the original French: each is stemmed in its own language.
const char* const languages_matrix = R"(format: 1
languages: [fr, en, de, es, it]
title: T
roles:
  R: {name: Réalise, description: r}
  A: {name: Approuve, description: a}
  C: {name: Consulté, description: c}
  I: {name: Informé, description: i}
parties:
  - {id: client, name: Client}
sections:
  - id: s
    title: Sauvegardes
    activities:
      - id: backup
        text: Effectuer les sauvegardes
        text_en: Run the backups
        text_de: Die Sicherungen ausführen
        text_es: Realizar las copias de seguridad
        text_it: Eseguire i backup
        roles: {client: R}
      - id: restore
        text: Restaurer une machine
        text_de: Eine Maschine wiederherstellen
        roles: {client: R}
)";

std::vector<std::string> found(const raci::Matrix& m, std::string_view query) {
  const raci::Search search(m, query, std::make_shared<raci::WordStems>(m));
  std::vector<std::string> out;
  for (const raci::Activity& a : m.activities()) {
    if (search.matches(a)) out.push_back(a.id);
  }
  return out;
}

}  // namespace

TEST_CASE("Search: every language's text is searched, stemmed in its own language") {
  const raci::Matrix m = raci::load_matrix_yaml(languages_matrix, "l.yaml");
  using Ids = std::vector<std::string>;
  CHECK(found(m, "sauvegarde") == Ids{"backup"});  // the French original, singular
  CHECK(found(m, "backup") == Ids{"backup"});      // English
  CHECK(found(m, "Sicherung") == Ids{"backup"});   // German, singular
  CHECK(found(m, "copia") == Ids{"backup"});       // Spanish, singular
  CHECK(found(m, "eseguire backup") == Ids{"backup"});
  CHECK(found(m, "Maschinen") == Ids{"restore"});  // German plural of the translation's word
  CHECK(found(m, "machines") == Ids{"restore"});
  CHECK(found(m, "Sicherung Maschine").empty());           // AND across words
  CHECK(raci::field_language(m, raci::Field::text) == 1);  // the original: French
  CHECK(raci::field_value(m, m.activities()[1], raci::Field::text_en).empty());
  const raci::Search search(m, "Sicherungen", std::make_shared<raci::WordStems>(m));
  CHECK(search.matched_words(m.activities()[0]) == Ids{"Sicherungen"});
}

TEST_CASE("Search: a text in a language raci does not stem matches its words whole") {
  std::string text = languages_matrix;
  text.replace(text.find("[fr, en"), 7, "[pt, en");  // the original texts are taken for Portuguese
  const raci::Matrix m = raci::load_matrix_yaml(text, "l.yaml");
  CHECK(raci::field_language(m, raci::Field::text) == raci::other_language);
  CHECK(found(m, "effectuer") == std::vector<std::string>{"backup"});  // the word itself
  CHECK(found(m, "effectue").empty());                                 // no stem
  CHECK(found(m, "Sicherung") == std::vector<std::string>{"backup"});  // German still stemmed
  CHECK(raci::search_language("pt") == raci::other_language);
  CHECK(raci::search_language("DE-ch") == 2);
}
