// The provider's matrices in data/ (written by data/import-catalogue) held against its French
// documents, tests/data/import/cloud-temple/fr/PRODUCT.md: what each holds, row by row, and
// the RACI rules the documents themselves break. Every expected figure and text below was
// read in the documents, not taken from raci's output.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "process.hpp"

using nlohmann::json;
using raci::test::run_raci;
using raci::test::RunResult;

namespace {

std::string data_file(const std::string& product) {
  return std::string(RACI_DATA_DIR) + "/cloud-temple-" + product + ".yaml";
}

json json_of(const std::string& product, std::vector<std::string> command) {
  std::vector<std::string> args{"--matrix", product};  // built in: the data file, compiled
  args.insert(args.end(), command.begin(), command.end());
  args.insert(args.end(), {"-o", "json"});
  const RunResult r = run_raci(args);
  INFO(r.err);
  REQUIRE(r.err.empty());
  const json answer = json::parse(r.out);
  // Status 1 when a query matches nothing (docs/exit-status.md): here, no footnotes.
  CHECK(r.status == (answer.is_array() && answer.empty() ? 1 : 0));
  return answer;
}

// A heading of the document and the number of rows its own table holds.
using SectionRows = std::pair<std::string, int>;

struct Counts {
  std::string product;
  int activities;
  int sections;
  int footnotes;
  std::vector<SectionRows>
      rows;  // in document order; headings without a table of their own left out
};

// Counted in each French document: `activities` the rows of its RACI tables (not the legend
// table "Rôle | Description"), `sections` the headings that hold a RACI table or hold
// headings that do, `footnotes` the footnote numbers defined below the tables ("*(N) …*").
const std::vector<Counts> catalogue{
    // No footnote. 6 "##" headings after the legend, each with one table.
    {"iaas-s3",
     28,
     6,
     0,
     {{"Définir votre besoin", 2},
      {"Mettre en oeuvre le service", 4},
      {"Opérations récurrentes", 12},
      {"Gestion du chiffrement", 2},
      {"Continuité d'activité", 4},
      {"Réversibilité", 4}}},
    // 12 "###" headings with tables under "## RACI" (13 sections); "### RACI (synthétique)"
    // holds a list, not a table. The "*" notes are not numbered footnotes.
    {"kubernetes",
     71,
     13,
     0,
     {{"Architecture & Infrastructure", 7},
      {"Gestion des projets et applications métiers", 4},
      {"Surveillance et performance", 4},
      {"Maintenance et mises à jour Infrastructures", 3},
      {"Sécurité", 6},
      {"Sauvegarde et reprise après sinistre", 6},
      {"Support et résolution des problèmes", 4},
      {"Gestion des capacités et évolution", 4},
      {"Documentation et conformité", 6},
      {"Gestion des opérateurs/CRD Kubernetes de base", 13},
      {"Gestion des applications/opérateurs/CRD Kubernetes (métiers)", 13},
      {"Assistance applicative", 1}}},
    {"llmaas",
     24,
     6,
     0,
     {{"Définir votre besoin", 2},
      {"Mettre en oeuvre le service", 4},
      {"Opérations récurrentes", 7},
      {"Gestion de la sécurité", 5},
      {"Continuité d'activité", 3},
      {"Réversibilité", 3}}},
    // One "###" heading; the one footnote is numbered 6 (lines 16-18).
    {"network", 4, 1, 1, {{"Connectivité réseau client", 4}}},
    // 13 "##" headings with tables; footnotes (1) to (7), lines 55, 73, 100-103, 169.
    {"network-vpc",
     60,
     13,
     7,
     {{"Infrastructure réseau physique & backbone", 6},
      {"Infrastructure VPC (routeur, gateway & IPAM)", 7},
      {"Provisionnement & configuration du VPC", 7},
      {"IPs publiques & exposition Internet", 5},
      {"Sécurité réseau", 6},
      {"Interconnexion avec des réseaux externes", 5},
      {"Connexion des ressources au VPC", 4},
      {"Surveillance & observabilité réseau", 5},
      {"Gestion des changements & capacités", 3},
      {"Gestion des accès & identités", 3},
      {"Journaux (logs)", 2},
      {"Documentation & contractuel", 4},
      {"Réversibilité", 3}}},
    // 9 "##" headings with tables; the last, "Documentation et conformité", also holds the two
    // "###" headings with tables: 11 sections.
    {"paas",
     60,
     11,
     0,
     {{"Mise en place initiale", 6},
      {"Gestion des projets et des applications", 4},
      {"Maintenance et mises à jour", 4},
      {"Surveillance et performance", 4},
      {"Sécurité", 5},
      {"Sauvegarde et reprise après sinistre", 6},
      {"Support et résolution des problèmes", 4},
      {"Gestion des capacités et évolution", 4},
      {"Documentation et conformité", 6},
      {"Gestion des opérateurs OpenShift", 16},
      {"Clarification sur l'assistance applicative", 1}}},
    // 11 "###" headings with tables after the legend's.
    {"paas-ocp-std",
     58,
     11,
     0,
     {{"Mise en place initiale", 7},
      {"Gestion des projets et des applications", 4},
      {"Maintenance et mises à jour", 4},
      {"Surveillance et performance", 4},
      {"Sécurité", 5},
      {"Sauvegarde et reprise après sinistre", 6},
      {"Support et résolution des problèmes", 4},
      {"Gestion des capacités et évolution", 4},
      {"Documentation et conformité", 6},
      {"Gestion des opérateurs OpenShift", 13},
      {"Clarification sur l'assistance applicative", 1}}},
    // 14 "##" headings with tables. Footnote numbers 1 to 8: 6 and 7 are each defined twice
    // with different texts (lines 97 and 148, 98 and 162), the second ones becoming 9 and 10,
    // so 10 footnotes; "(A)" and "(B)" (lines 120-121) are lettered notes, not footnotes.
    {"vm-instances",
     79,
     14,
     10,
     {{"Infrastructure physique & hyperviseur", 8},
      {"Images, templates & catalogue", 6},
      {"Provisionnement & cycle de vie des instances", 6},
      {"Système d'exploitation invité (Guest OS) & tools", 7},
      {"Sécurité des instances & exposition Internet", 9},
      {"Applications & middlewares", 5},
      {"Réseau & connectivité", 6},
      {"Stockage des instances", 5},
      {"Sauvegarde & snapshots", 7},
      {"Surveillance & performance", 4},
      {"Gestion des accès & identités", 5},
      {"Journaux (logs)", 2},
      {"Documentation & contractuel", 5},
      {"Réversibilité", 4}}},
};

}  // namespace

TEST_CASE("Catalogue: each matrix holds its French document's rows, sections and footnotes") {
  for (const Counts& expected : catalogue) {
    INFO(expected.product);
    CHECK(json_of(expected.product, {"stats"})["activities"] == expected.activities);
    CHECK(json_of(expected.product, {"sections"}).size() ==
          static_cast<std::size_t>(expected.sections));
    CHECK(json_of(expected.product, {"footnotes"}).size() ==
          static_cast<std::size_t>(expected.footnotes));
    // The rows of each heading's table, in the document's order.
    std::vector<SectionRows> rows;
    for (const json& activity : json_of(expected.product, {"list"})) {
      const std::string title = activity["section"].back().get<std::string>();
      if (rows.empty() || rows.back().first != title) rows.emplace_back(title, 0);
      ++rows.back().second;
    }
    CHECK(rows == expected.rows);
  }
}

namespace {

// A row of a French document: its text and letters as the document writes them (markup and
// footnote markers left out), its footnote numbers, and the English document's same row.
struct Row {
  std::string product;
  std::string id;
  std::vector<std::string> section;  // the headings above it
  std::string text;
  std::string client;
  std::string cloud_temple;
  std::vector<int> footnotes;
  std::string text_en;
};

// First and last rows of each document, rows citing a footnote and rows with unusual letters.
const std::vector<Row> rows{
    // fr/iaas-s3.md:25, :59 (A for the client, R for Cloud Temple), :77 (the document's
    // "Détruite"); en/iaas-s3.md, same lines.
    {"iaas-s3",
     "valider-que-produit-stockage",
     {"Définir votre besoin"},
     "Valider que le produit Stockage Objet S3 est conforme au besoin de l'application",
     "RA",
     "CI",
     {},
     "Validate that the S3 Object Storage product meets the application's requirements"},
    {"iaas-s3",
     "gerer-chiffrement-l-espace",
     {"Gestion du chiffrement"},
     "Gérer le chiffrement sur l'espace de stockage alloué par le service Stockage objet S3",
     "A",
     "R",
     {},
     "Manage encryption on the storage space allocated by the S3 Object Storage service"},
    {"iaas-s3",
     "detruite-supports-stockage-fin",
     {"Réversibilité"},
     "Détruite les supports de stockage en fin de vie ou en erreur",
     "",
     "RA",
     {},
     "Destroy storage media at end of life or in case of error"},
    // fr/kubernetes.md:13, :55 (RA for both), :59 (C and R, no A), :70 ("RA*", "I*"), :150;
    // en/kubernetes.md one line higher.
    {"kubernetes",
     "definir-l-architecture-globale",
     {"RACI", "Architecture & Infrastructure"},
     "Définir l'architecture globale du service Kubernetes",
     "C",
     "RA",
     {},
     "Define the overall Kubernetes service architecture"},
    {"kubernetes",
     "gerer-securite-service-kubernetes",
     {"RACI", "Sécurité"},
     "Gérer la sécurité du service Kubernetes",
     "RA",
     "RA",
     {},
     "Manage Kubernetes service security"},
    {"kubernetes",
     "implementer-gerer-controle-d",
     {"RACI", "Sécurité"},
     "Implémenter et gérer le contrôle d'accès basé sur les rôles de base (RBAC)",
     "C",
     "R",
     {},
     "Implement and manage basic role-based access control (RBAC)"},
    {"kubernetes",
     "definir-strategie-sauvegarde-applications",
     {"RACI", "Sauvegarde et reprise après sinistre"},
     "Définir la stratégie de sauvegarde pour les applications",
     "RA",
     "I",
     {},
     "Define the backup strategy for applications"},
    {"kubernetes",
     "assistance-applicative-prestation-externe",
     {"RACI", "Assistance applicative"},
     "Assistance applicative (prestation externe)",
     "RA",
     "I",
     {},
     "Application support (external service)"},
    // fr/llmaas.md:24, :45 ("C, I"), :55 (R for the client, A for Cloud Temple), :72.
    {"llmaas",
     "valider-que-service-llmaas",
     {"Définir votre besoin"},
     "Valider que le service LLMaaS est conforme au besoin de l'application",
     "RA",
     "CI",
     {},
     "Validate that the LLMaaS service meets the application requirements"},
    {"llmaas",
     "gerer-evolutions-modeles-ajout",
     {"Opérations récurrentes"},
     "Gérer les évolutions des modèles (ajout, dépréciation)",
     "CI",
     "RA",
     {},
     "Manage model updates (additions, deprecations)"},
    {"llmaas",
     "assurer-confidentialite-donnees-traitees",
     {"Gestion de la sécurité"},
     "Assurer la confidentialité des données traitées par les modèles",
     "R",
     "A",
     {},
     "Ensure confidentiality of data processed by models"},
    {"llmaas",
     "supprimer-cles-d-api",
     {"Réversibilité"},
     "Supprimer les clés d'API et les accès au service",
     "RA",
     "",
     {},
     "Delete API keys and service access"},
    // fr/network.md:11 (footnote 6), :12 (no role for Cloud Temple), :14.
    {"network",
     "souscrire-une-connectivite-reseau",
     {"Connectivité réseau client"},
     "Souscrire à une connectivité réseau opérateur pour accéder à un datacenter physique Cloud "
     "Temple",
     "RA",
     "CI",
     {6},
     "Subscribe to an operator network connectivity to access a Cloud Temple physical "
     "datacenter"},
    {"network",
     "gerer-incidents-liens-reseaux",
     {"Connectivité réseau client"},
     "Gérer les incidents sur les liens réseaux opérateurs client",
     "RA",
     "",
     {},
     "Manage incidents on client operator network links"},
    {"network",
     "gerer-capacites-liens-reseaux",
     {"Connectivité réseau client"},
     "Gérer les capacités sur les liens réseaux opérateurs client",
     "RA",
     "CI",
     {},
     "Manage capacity on client operator network links"},
    // fr/network-vpc.md:32, :97 (footnote 6), :113 (the row de and it give CI), :190.
    {"network-vpc",
     "assurer-mise-oeuvre-maintien",
     {"Infrastructure réseau physique & backbone"},
     "Assurer la mise en œuvre et le maintien des infrastructures réseau physiques (switches, "
     "routeurs backbone)",
     "",
     "RA",
     {},
     "Ensure the implementation and maintenance of physical network infrastructures (switches, "
     "backbone routers)"},
    {"network-vpc",
     "realiser-tests-d-intrusion",
     {"Sécurité réseau"},
     "Réaliser des tests d'intrusion sur les ressources hébergées dans le VPC",
     "RA",
     "C",
     {6},
     "Conduct penetration tests on resources hosted in the VPC"},
    {"network-vpc",
     "souscrire-configurer-un-acces-2",
     {"Interconnexion avec des réseaux externes"},
     "Souscrire et configurer un accès Cloud Connect (lien dédié) (disponible S2 2026)",
     "RA",
     "C",
     {},
     "Subscribe to and configure Cloud Connect access (dedicated link) (available H2 2026)"},
    {"network-vpc",
     "proceder-demantelement-configurations-vpc",
     {"Réversibilité"},
     "Procéder au démantèlement des configurations VPC à la suite de la résiliation",
     "I",
     "RA",
     {},
     "Proceed with decommissioning VPC configurations following termination"},
    // fr/paas.md:24, :123 (C alone among CI rows, in a subsection), :148.
    {"paas",
     "definir-l-architecture-globale",
     {"Mise en place initiale"},
     "Définir l'architecture globale de la plateforme OpenShift",
     "C",
     "RA",
     {},
     "Define the overall OpenShift platform architecture"},
    {"paas",
     "gestion-autorisations-operateurs",
     {"Documentation et conformité", "Gestion des opérateurs OpenShift"},
     "Gestion des autorisations des Opérateurs",
     "C",
     "RA",
     {},
     "Operator permissions management"},
    {"paas",
     "assistance-applicative-prestation-complementaire",
     {"Documentation et conformité", "Clarification sur l'assistance applicative"},
     "Assistance applicative (prestation complémentaire)",
     "RA",
     "C",
     {},
     "Application Support (supplementary service)"},
    // fr/paas-ocp-std.md:25, :28 (RA for the client where the others give C), :120, :148.
    {"paas-ocp-std",
     "definir-l-architecture-globale",
     {"Mise en place initiale"},
     "Définir l'architecture globale du service OpenShift",
     "C",
     "RA",
     {},
     "Define the overall OpenShift service architecture"},
    {"paas-ocp-std",
     "configuration-service-openshift",
     {"Mise en place initiale"},
     "Configuration du service OpenShift",
     "RA",
     "C",
     {},
     "OpenShift service configuration"},
    {"paas-ocp-std",
     "mise-jour-operateurs",
     {"Gestion des opérateurs OpenShift"},
     "Mise à jour des Opérateurs",
     "RA",
     "CI",
     {},
     "Operators updates"},
    {"paas-ocp-std",
     "assistance-applicative-prestation-complementaire",
     {"Clarification sur l'assistance applicative"},
     "Assistance applicative (prestation complémentaire)",
     "RA",
     "C",
     {},
     "Application Support (Complementary Service)"},
    // fr/vm-instances.md:32, :36 (footnote 1), :111 (lettered note "(A)", kept in the text),
    // :175 (RC, no A), :233.
    {"vm-instances",
     "assurer-mise-oeuvre-maintien",
     {"Infrastructure physique & hyperviseur"},
     "Assurer la mise en œuvre et le maintien des datacenters physiques",
     "",
     "RA",
     {},
     "Ensure the implementation and maintenance of physical datacenters"},
    {"vm-instances",
     "gerer-mettre-jour-maintenir",
     {"Infrastructure physique & hyperviseur"},
     "Gérer, mettre à jour et maintenir en condition de sécurité les hyperviseurs",
     "I",
     "RA",
     {1},
     "Manage, update, and maintain in a secure state the hypervisors"},
    {"vm-instances",
     "proteger-instances-exposees-internet",
     {"Sécurité des instances & exposition Internet"},
     "Protéger les instances exposées sur Internet (règles de filtrage, security groups, "
     "pare-feu) (A)",
     "RA",
     "",
     {},
     "Protect instances exposed to the Internet (filtering rules, security groups, firewalls) "
     "(A)"},
    {"vm-instances",
     "gerer-capacites-stockage-dediees",
     {"Sauvegarde & snapshots"},
     "Gérer les capacités de stockage dédiées aux sauvegardes",
     "",
     "RC",
     {},
     "Manage storage capacity dedicated to backups"},
    {"vm-instances",
     "realiser-l-effacement-securise",
     {"Réversibilité"},
     "Réaliser l'effacement sécurisé des données sur les supports de stockage et fournir une "
     "attestation",
     "I",
     "RA",
     {},
     "Perform secure data erasure on storage media and provide an attestation"},
};

json show(const Row& row, const std::string& lang) {
  std::vector<std::string> command{"show", row.id};
  if (!lang.empty()) command.insert(command.begin(), {"--lang", lang});
  return json_of(row.product, command);
}

std::string letters(const json& activity, const std::string& party) {
  return activity["roles"].contains(party) ? activity["roles"][party].get<std::string>() : "";
}

}  // namespace

TEST_CASE("Catalogue: rows read as the French document and its English translation write them") {
  for (const Row& row : rows) {
    INFO(row.product << " " << row.id);
    const json fr = show(row, "");
    CHECK(fr["text"] == row.text);
    CHECK(fr["section"].get<std::vector<std::string>>() == row.section);
    CHECK(letters(fr, "client") == row.client);
    CHECK(letters(fr, "cloud-temple") == row.cloud_temple);
    std::vector<int> numbers;
    for (const json& footnote : fr["footnotes"])
      numbers.push_back(footnote["number"].get<int>());
    CHECK(numbers == row.footnotes);
    const json en = show(row, "en");
    CHECK(en["text"] == row.text_en);
    CHECK(letters(en, "client") == row.client);
    CHECK(letters(en, "cloud-temple") == row.cloud_temple);
  }
}

TEST_CASE("Catalogue: footnotes read as the French documents write them") {
  // fr/network.md:16-18, the note's three lines joined.
  const json network = json_of("network", {"footnotes"});
  REQUIRE(network.size() == 1);
  CHECK(network[0]["number"] == 6);
  CHECK(network[0]["text"] ==
        "Cloud Temple assume la responsabilité du réseau concernant son infrastructure backbone, "
        "ses points de collecte ainsi que les points d'interconnexion datacenter, garantissant "
        "ainsi la connectivité entre ces points et son réseau backbone. Dans l'offre "
        "d'hébergement en baie physique, Cloud Temple assume la responsabilité à partir de "
        "l'équipement situé en haut du rack, communément appelé \"top of rack\".");
  CHECK(network[0]["cited_by"] == json::array({"souscrire-une-connectivite-reseau"}));
  // fr/network-vpc.md:169.
  const json vpc = json_of("network-vpc", {"footnotes"});
  REQUIRE(vpc.size() == 7);
  CHECK(vpc[6]["number"] == 7);
  CHECK(vpc[6]["text"] ==
        "La durée de rétention des journaux de la plateforme VPC est précisée dans la convention "
        "de service correspondante.");
}

TEST_CASE("Catalogue: vm-instances' footnotes 6 and 7 defined again become 9 and 10") {
  // fr/vm-instances.md defines (6) at line 97 (cited at :89) and again at :148 (cited at
  // :144), (7) at :98 (cited at :92) and again at :162 (cited at :160). Each definition serves
  // the row above it; the second ones take the numbers after the document's highest, 8.
  const json footnotes = json_of("vm-instances", {"footnotes"});
  REQUIRE(footnotes.size() == 10);
  std::vector<int> numbers;
  for (const json& footnote : footnotes)
    numbers.push_back(footnote["number"].get<int>());
  CHECK(numbers == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  CHECK(footnotes[5]["text"].get<std::string>().starts_with(
      "La suppression ou la désactivation des tools par le client"));
  CHECK(footnotes[5]["cited_by"] == json::array({"s-assurer-que-tools"}));
  CHECK(footnotes[6]["text"].get<std::string>().starts_with("La sécurité des accès à l'instance"));
  CHECK(footnotes[6]["cited_by"] == json::array({"gerer-comptes-utilisateurs-mots"}));
  CHECK(footnotes[8]["text"] ==
        "La configuration des règles de filtrage réseau applicables aux instances est sous la "
        "responsabilité du client. Cloud Temple assure uniquement l'isolation inter-tenants au "
        "niveau de la plateforme.");
  CHECK(footnotes[8]["cited_by"] == json::array({"configurer-gerer-groupes-securite"}));
  CHECK(footnotes[9]["text"].get<std::string>().starts_with(
      "Le chiffrement au repos de l'infrastructure de stockage sous-jacente"));
  CHECK(footnotes[9]["cited_by"] == json::array({"definir-appliquer-une-politique"}));
  // The translations' second definitions are paired with the French ones.
  const json english = json_of("vm-instances", {"--lang", "en", "footnotes"});
  REQUIRE(english.size() == 10);
  CHECK(english[8]["text"].get<std::string>().starts_with(
      "The configuration of network filtering rules"));
  CHECK(english[9]["text"].get<std::string>().starts_with(
      "Encryption at rest for the underlying storage"));
  const json german = json_of("vm-instances", {"--lang", "de", "footnotes"});
  CHECK(german[5]["text"].get<std::string>().starts_with("Das Löschen oder Deaktivieren"));
  CHECK(german[8]["text"].get<std::string>().starts_with("Die Konfiguration der"));
}

TEST_CASE("Catalogue: a section whose letters differ in a translation stays in French there") {
  // de/network-vpc.md:111 and it/network-vpc.md:111 give Cloud Temple CI where
  // fr/network-vpc.md:113 gives C; de/vm-instances.md:110-118 write party names where the
  // French has letters.
  const std::vector<std::tuple<std::string, std::string, std::string>> untranslated{
      {"network-vpc", "souscrire-configurer-un-acces-2", "de"},
      {"network-vpc", "souscrire-configurer-un-acces-2", "it"},
      {"vm-instances", "proteger-instances-exposees-internet", "de"}};
  for (const auto& [product, id, lang] : untranslated) {
    INFO(product << " " << id << " " << lang);
    const json activity = json_of(product, {"show", id});
    CHECK_FALSE(activity["texts"].contains(lang));
    CHECK(activity["texts"].contains("en"));
    CHECK(activity["texts"].contains("es"));
  }
  // The rest of those documents is merged: the row after the section, de/network-vpc.md:121.
  CHECK(json_of("network-vpc", {"show", "attacher-instances-vm-un"})["texts"]["de"] ==
        "VM-Instanzen an ein privates VPC-Netzwerk anbinden");
}

namespace {

struct Breaches {
  std::string product;
  std::vector<std::pair<std::string, std::string>> findings;  // rule, message
};

// The rows whose letters break the RACI rules in the French documents (exactly one A, at
// least one R): the data keeps them as the documents give them.
const std::vector<Breaches> breaches{
    {"iaas-s3", {}},
    // fr/kubernetes.md:55 "RA | RA", :59 "C | R".
    {"kubernetes",
     {{"one-accountable",
       "activity 'gerer-securite-service-kubernetes' has 2 accountable parties (client, "
       "cloud-temple); a RACI matrix has exactly one"},
      {"one-accountable", "activity 'implementer-gerer-controle-d' has no accountable party (A)"}}},
    {"llmaas", {}},
    {"network", {}},
    {"network-vpc", {}},
    {"paas", {}},
    {"paas-ocp-std", {}},
    // fr/vm-instances.md:175 " | RC".
    {"vm-instances",
     {{"one-accountable",
       "activity 'gerer-capacites-stockage-dediees' has no accountable party (A)"}}},
};

}  // namespace

TEST_CASE("Catalogue: validate reports the RACI rules each document breaks, and only those") {
  for (const Breaches& expected : breaches) {
    INFO(expected.product);
    const RunResult r = run_raci({"--data", data_file(expected.product), "validate", "-o", "json"});
    INFO(r.err);
    CHECK(r.status == (expected.findings.empty() ? 0 : 1));
    const json report = json::parse(r.out);
    CHECK(report["valid"] == expected.findings.empty());
    std::vector<std::pair<std::string, std::string>> findings;
    for (const json& finding : report["findings"])
      findings.emplace_back(finding["rule"].get<std::string>(),
                            finding["message"].get<std::string>());
    CHECK(findings == expected.findings);
  }
}

TEST_CASE("Catalogue: documents without a legend get the provider's in each language") {
  // fr/kubernetes.md and fr/network.md have no legend table, nor do their translations; the
  // provider's other French documents (iaas-s3.md:9-14 and the rest) write "(R) Réalise",
  // "(A) Approuve", "(C) Consulte", "(I) Informé".
  for (const std::string product : {"kubernetes", "network"}) {
    INFO(product);
    std::vector<std::string> names;
    for (const std::string lang : {"", "en", "de", "es", "it"}) {
      std::vector<std::string> command{"roles"};
      if (!lang.empty()) command.insert(command.begin(), {"--lang", lang});
      for (const json& role : json_of(product, command))
        names.push_back(role["name"].get<std::string>());
    }
    CHECK(names == std::vector<std::string>{
                       "Réalise",     "Approuve",   "Consulte", "Informé",    "Responsible",
                       "Accountable", "Consulted",  "Informed", "Durchführt", "Genehmigt",
                       "Konsultiert", "Informiert", "Realiza",  "Aprueba",    "Consulta",
                       "Informado",   "Esegue",     "Approva",  "Consulta",   "Informato"});
  }
}

TEST_CASE("Catalogue: an unpaired star stays in the text, in every language") {
  // fr/kubernetes.md:47 "Mettre à jour les applications déployées (opérateurs*)".
  const json row = json_of("kubernetes", {"show", "mettre-jour-applications-deployees"});
  CHECK(row["text"] == "Mettre à jour les applications déployées (opérateurs*)");
  CHECK(json_of("kubernetes",
                {"--lang", "en", "show", "mettre-jour-applications-deployees"})["text"] ==
        "Update deployed applications (operators*)");
}
