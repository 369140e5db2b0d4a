// The built-in catalogue through the real binary: --matrix, raci matrices, questions across
// several matrices (headings, the matrix field and column, MATRIX:ID), and their errors.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "process.hpp"

using nlohmann::json;
using raci::test::run_raci;
using raci::test::RunResult;

namespace {

const std::vector<std::string> catalogue{"iaas",   "iaas-s3",      "kubernetes",
                                         "llmaas", "network",      "network-vpc",
                                         "paas",   "paas-ocp-std", "vm-instances"};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("CLI matrices: the nine built-in matrices, their counts, the selected ones marked") {
  const RunResult listed = run_raci({"matrices", "-o", "json"});
  REQUIRE(listed.status == 0);
  const json matrices = json::parse(listed.out);
  std::vector<std::string> ids;
  for (const json& m : matrices) {
    ids.push_back(m["id"].get<std::string>());
    CHECK(m["provider"] == "Cloud Temple");
    CHECK(m["builtin"] == true);
    CHECK(m["selected"] == (m["id"] == "iaas"));  // the default alone
    CHECK(m["languages"].size() == 5);
    CHECK(m["file"] == "data/cloud-temple-" + m["id"].get<std::string>() + ".yaml");
    // The count raci matrices gives without assembling a matrix is the loaded matrix's.
    const RunResult count = run_raci({"--matrix", m["id"], "list", "--count"});
    CHECK(std::to_string(m["activities"].get<std::size_t>()) + "\n" == count.out);
  }
  CHECK(ids == catalogue);
  CHECK(matrices[0]["activities"] == 109);
  CHECK(matrices[0]["languages"] == json::array({"en", "fr", "de", "es", "it"}));
  CHECK(matrices[2]["languages"] == json::array({"fr", "en", "de", "es", "it"}));

  const json chosen =
      json::parse(run_raci({"--matrix", "kubernetes,network", "matrices", "-o", "json"}).out);
  std::vector<std::string> selected;
  for (const json& m : chosen) {
    if (m["selected"] == true) selected.push_back(m["id"]);
  }
  CHECK(selected == std::vector<std::string>{"kubernetes", "network"});

  // A --data file is listed after the built-in ones, under its file name.
  const json with_file = json::parse(
      run_raci({"--data", RACI_TEST_DATA_DIR "/small.yaml", "matrices", "-o", "json"}).out);
  REQUIRE(with_file.size() == 10);
  CHECK(with_file[9]["id"] == "small");
  CHECK(with_file[9]["builtin"] == false);
  CHECK(with_file[9]["selected"] == true);
  CHECK(with_file[0]["selected"] == false);
}

TEST_CASE("CLI matrices: the default is iaas alone and its output has no matrix field") {
  const RunResult plain = run_raci({"who", "--activity", "backup"});
  const RunResult named = run_raci({"--matrix", "iaas", "who", "--activity", "backup"});
  CHECK(plain.status == 0);
  CHECK(plain.out == named.out);  // one matrix: no heading in tables
  CHECK(plain.out.find("iaas:") == std::string::npos);
  const json list = json::parse(run_raci({"list", "-k", "backup", "-o", "json"}).out);
  CHECK_FALSE(list[0].contains("matrix"));
  // --matrix given: every JSON row says its matrix, even for one.
  const json chosen =
      json::parse(run_raci({"-m", "iaas", "list", "-k", "backup", "-o", "json"}).out);
  CHECK(chosen[0]["matrix"] == "iaas");
  CHECK(chosen.size() == list.size());
}

TEST_CASE("CLI matrices: the client's duties alone across iaas and kubernetes") {
  const RunResult r =
      run_raci({"--matrix", "iaas,kubernetes", "list", "--party", "client", "--only", "-o", "ids"});
  REQUIRE(r.status == 0);
  const std::vector<std::string> ids = lines_of(r.out);
  // fr/kubernetes.md: the two rows with a client cell (RA) and an empty Cloud Temple cell.
  const std::vector<std::string> kubernetes(ids.end() - 2, ids.end());
  CHECK(kubernetes == std::vector<std::string>{"kubernetes:surveiller-performance-applications",
                                               "kubernetes:gerer-alertes-liees-applications"});
  // The iaas part is what the iaas matrix alone gives, each id with iaas: before it.
  const std::vector<std::string> iaas =
      lines_of(run_raci({"list", "--party", "client", "--only", "-o", "ids"}).out);
  REQUIRE(ids.size() == iaas.size() + 2);
  for (std::size_t i = 0; i < iaas.size(); ++i)
    CHECK(ids[i] == "iaas:" + iaas[i]);
  CHECK(iaas.size() == 40);
  CHECK(run_raci({"-m", "iaas,kubernetes", "list", "-p", "client", "--only", "--count"}).out ==
        "42\n");

  // The table: a heading per matrix, then its own table.
  const RunResult table =
      run_raci({"-m", "iaas,kubernetes", "list", "-p", "client", "--only", "--columns", "id"});
  const std::vector<std::string> lines = lines_of(table.out);
  CHECK(lines.front() == "iaas: IaaS Responsibility Matrix");
  CHECK(std::count(lines.begin(), lines.end(),
                   "kubernetes: Responsibility Matrix (RACI) - Managed Kubernetes") == 1);
}

TEST_CASE("CLI matrices: JSON, CSV and TSV rows of several matrices carry their matrix") {
  const nlohmann::ordered_json rows = nlohmann::ordered_json::parse(
      run_raci({"-m", "iaas,llmaas,kubernetes", "who", "backup", "-o", "json"}).out);
  std::set<std::string> matrices;
  for (const nlohmann::ordered_json& row : rows) {
    CHECK(row.begin().key() == "matrix");  // the first field
    matrices.insert(row["matrix"].get<std::string>());
  }
  CHECK(matrices == std::set<std::string>{"iaas", "kubernetes", "llmaas"});

  const RunResult csv = run_raci({"-m", "iaas,kubernetes", "list", "-k", "backup", "-o", "csv"});
  const std::vector<std::string> csv_lines = lines_of(csv.out);
  // The first matrix's columns: its languages' text_LANG, in its order (iaas: English first).
  CHECK(csv_lines.front() ==
        "matrix,id,section,phase,text,text_en,text_fr,text_de,text_es,text_it,client,"
        "cloud-temple,footnotes,section_id");
  CHECK(csv_lines[1].starts_with("iaas,"));
  CHECK(csv_lines.back().starts_with("kubernetes,"));
  const RunResult tsv =
      run_raci({"-m", "iaas,kubernetes", "list", "-k", "backup", "-o", "tsv", "--columns", "id"});
  CHECK(lines_of(tsv.out).front() == "matrix\tid");
  CHECK(lines_of(tsv.out).back().starts_with("kubernetes\t"));

  const json sections =
      json::parse(run_raci({"-m", "network,llmaas", "sections", "-o", "json"}).out);
  CHECK(sections.size() == 1 + 6);  // fr/network.md: 1 heading; fr/llmaas.md: 6
  CHECK(sections[0]["matrix"] == "network");
  CHECK(sections[6]["matrix"] == "llmaas");
}

TEST_CASE("CLI matrices: MATRIX:ID names an activity of any built-in matrix") {
  const RunResult shown =
      run_raci({"show", "kubernetes:gerer-securite-service-kubernetes", "-o", "json"});
  REQUIRE(shown.status == 0);
  const json activity = json::parse(shown.out);
  CHECK(activity["id"] == "gerer-securite-service-kubernetes");
  CHECK(activity["roles"] == json({{"client", "RA"}, {"cloud-temple", "RA"}}));
  // Without MATRIX:, among several selected, the one matrix that has the id; the texts in
  // the language of the first (iaas: English), where alone kubernetes shows its French.
  const json among = json::parse(
      run_raci({"-m", "iaas,kubernetes", "show", "gerer-securite-service-kubernetes", "-o", "json"})
          .out);
  CHECK(among["roles"] == activity["roles"]);
  CHECK(among["text"] == activity["texts"]["en"]);
  CHECK(activity["text"] == activity["texts"]["fr"]);
  const RunResult unknown = run_raci({"show", "kubernets:gerer-securite-service-kubernetes"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "raci: error: unknown matrix 'kubernets'; did you mean 'kubernetes'?\n");
  const RunResult nowhere = run_raci({"-m", "iaas,kubernetes", "show", "no-such-activity"});
  CHECK(nowhere.status == 2);
  CHECK(nowhere.err ==
        "raci: error: no selected matrix has an activity 'no-such-activity' (give MATRIX:ID, e.g. "
        "iaas:backup-capacity)\n");
}

TEST_CASE("CLI matrices: unknown matrices, commands of one matrix, names that clash") {
  const RunResult typo = run_raci({"--matrix", "kubernets", "who"});
  CHECK(typo.status == 2);
  CHECK(typo.out.empty());
  CHECK(typo.err == "raci: error: unknown matrix 'kubernets'; did you mean 'kubernetes'?\n");
  const RunResult from_env = run_raci({"who"}, {{"RACI_MATRIX=nothing"}});
  CHECK(from_env.status == 2);
  CHECK(from_env.err ==
        "raci: error: unknown matrix 'nothing' (built in: iaas, iaas-s3, kubernetes, llmaas, "
        "network, network-vpc, paas, paas-ocp-std, vm-instances) (from RACI_MATRIX)\n");
  const RunResult one = run_raci({"--matrix", "all", "export", "-o", "yaml"});
  CHECK(one.status == 2);
  CHECK(one.err ==
        "raci: error: 'raci export' reads one matrix, and 9 are selected (iaas, iaas-s3, "
        "kubernetes, llmaas, network, network-vpc, paas, paas-ocp-std, vm-instances): choose one "
        "with --matrix or --data\n");
  const std::string small = RACI_TEST_DATA_DIR "/small.yaml";
  const RunResult clash = run_raci({"--data", small, "--data", small, "list"});
  CHECK(clash.status == 2);
  CHECK(clash.err == "raci: error: two selected matrices are named 'small' (" + small + " and " +
                         small + "): rename a data file\n");
  // Built-in and --data together: both read, the file's part after the built-in one.
  const json both =
      json::parse(run_raci({"--matrix", "network", "--data", small, "list", "-o", "json"}).out);
  CHECK(both.front()["matrix"] == "network");
  CHECK(both.back()["matrix"] == "small");
}

TEST_CASE("CLI matrices: validate --matrix all reports every document's breaches, exit 1") {
  const RunResult r = run_raci({"--matrix", "all", "validate"});
  CHECK(r.status == 1);
  std::vector<std::string> findings;
  for (const std::string& line : lines_of(r.out)) {
    if (line.find(": activity '") != std::string::npos) findings.push_back(line);
  }
  // Each names the data file and line of the row (checked by the catalogue tests row by row).
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].starts_with("data/cloud-temple-kubernetes.yaml:"));
  CHECK(findings[0].ends_with(
      ": activity 'gerer-securite-service-kubernetes' has 2 accountable parties (client, "
      "cloud-temple); a RACI matrix has exactly one [one-accountable]"));
  CHECK(findings[1].ends_with(
      ": activity 'implementer-gerer-controle-d' has no accountable party (A) [one-accountable]"));
  CHECK(findings[2].starts_with("data/cloud-temple-vm-instances.yaml:"));
  CHECK(findings[2].ends_with(
      ": activity 'gerer-capacites-stockage-dediees' has no accountable party (A) "
      "[one-accountable]"));
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') > 9 * 2);  // a heading per matrix
  const json reports = json::parse(run_raci({"-m", "all", "validate", "-o", "json"}).out);
  REQUIRE(reports.size() == 9);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    CHECK(reports[i]["matrix"] == catalogue[i]);
    const bool breaks = catalogue[i] == "kubernetes" || catalogue[i] == "vm-instances";
    CHECK(reports[i]["valid"] == !breaks);
  }
}

TEST_CASE("CLI matrices: each built-in matrix is its data file, compiled in") {
  for (const std::string& id : catalogue) {
    INFO(id);
    const std::string file = std::string(RACI_DATA_DIR) + "/cloud-temple-" + id + ".yaml";
    const RunResult built_in = run_raci({"--matrix", id, "export", "-o", "json"});
    const RunResult from_file = run_raci({"--data", file, "export", "-o", "json"});
    CHECK(built_in.status == 0);
    CHECK(built_in.out == from_file.out);
  }
}

TEST_CASE("CLI matrices: one HTML page with a section per matrix") {
  const RunResult page = run_raci({"-m", "iaas,kubernetes", "export", "-o", "html"});
  REQUIRE(page.status == 0);
  const auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = page.out.find(what); at != std::string::npos;
         at = page.out.find(what, at + 1))
      ++n;
    return n;
  };
  CHECK(count("<section class=\"matrix\" id=\"m-") == 2);
  CHECK(count("<tr class=\"activity\"") == 109 + 71);
  CHECK(count("id=\"a-iaas:backup-capacity\"") == 1);
  CHECK(count("id=\"a-kubernetes:gerer-securite-service-kubernetes\"") == 1);
  CHECK(page.out.find("<title>Responsibility matrices: iaas, kubernetes</title>") !=
        std::string::npos);
}
