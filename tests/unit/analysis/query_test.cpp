#include "raci/analysis/query.hpp"

#include <catch2/catch.hpp>

#include "raci/load/loader.hpp"
#include "raci/util/error.hpp"

namespace {

const raci::Matrix& matrix() {
  static const raci::Matrix m = raci::load_builtin_matrix();
  return m;
}

std::vector<std::string> ids(const raci::FilterSpec& spec) {
  std::vector<std::string> out;
  for (const raci::Activity* a : raci::select(matrix(), raci::Filter(matrix(), spec))) {
    out.push_back(a->id);
  }
  return out;
}

raci::FilterSpec keyword(const std::string& text) {
  raci::FilterSpec spec;
  spec.keyword = {text};
  return spec;
}

std::string usage_error(const raci::FilterSpec& spec) {
  try {
    raci::Filter(matrix(), spec);
  } catch (const raci::UsageError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("Filter: no condition keeps every activity in document order") {
  const std::vector<std::string> all = ids({});
  REQUIRE(all.size() == 109);
  CHECK(all.front() == "overall-architecture");
  CHECK(all.back() == "secure-data-deletion");
}

TEST_CASE("Filter: --keyword needs every word, ignoring case and accents, in either language") {
  CHECK(ids(keyword("backup")).size() == 24);
  CHECK(ids(keyword("backup policies")) ==
        std::vector<std::string>{"backup-policy-lifecycle", "backup-policy-consistency",
                                 "third-party-backup-policy-lifecycle",
                                 "third-party-backup-policy-consistency"});
  // French words find the rows through their French texts, and through the glossary
  // (sécurité: security) the English ones.
  const std::vector<std::string> french{"vm-tag-policy",
                                        "console-access-administration",
                                        "client-system-access-administration",
                                        "vm-tagging",
                                        "backup-policy-lifecycle",
                                        "backup-policy-consistency",
                                        "third-party-backup-policy-lifecycle",
                                        "third-party-backup-policy-consistency",
                                        "console-access-policy-upkeep"};
  CHECK(ids(keyword("politique")) == french);
  CHECK(ids(keyword("POLITIQUES")) == french);
  CHECK(ids(keyword("securite")).size() == 12);
  CHECK(ids(keyword("SÉCURITÉ")).size() == 12);
  // An id's words are searched; section titles and footnotes are not.
  CHECK(ids(keyword("backup-capacity")) == std::vector<std::string>{"backup-capacity",
                                                                    "tenant-backup-capacity",
                                                                    "third-party-backup-capacity"});
  CHECK(ids(keyword("recurring")).empty());
  CHECK(ids(keyword("Spectrum")).empty());
}

TEST_CASE("Filter: --party by id, name or alias, and --only keeps what no other party holds") {
  raci::FilterSpec spec;
  spec.party = {"client"};
  spec.only = true;
  CHECK(ids(spec).size() == 40);
  for (const char* name : {"CUSTOMER", "Client"}) {
    spec.party = {name};
    CHECK(ids(spec).size() == 40);
  }
  spec.only = false;
  spec.party = {"ct"};
  CHECK(ids(spec).size() == 69);
  spec.party = {"Cloud Temple"};
  spec.only = true;
  CHECK(ids(spec).size() == 13);
}

TEST_CASE("Filter: --role with a party, or held by some single party") {
  raci::FilterSpec spec;
  spec.roles = {"AI"};
  CHECK(ids(spec) == std::vector<std::string>{"backup-capacity"});
  spec.roles = {"ri"};
  CHECK(ids(spec) == std::vector<std::string>{"physical-resource-performance"});
  spec.roles = {"RA"};
  spec.party = {"provider"};
  spec.section = {"reversibility"};
  CHECK(ids(spec) == std::vector<std::string>{"private-cloud-dismantling", "secure-data-deletion"});
}

TEST_CASE("Filter: --section by id or part of a title, subsections included") {
  raci::FilterSpec spec;
  spec.section = {"recurring-operations"};
  CHECK(ids(spec).size() == 71);
  spec.section = {"BACKUP"};  // both backup sections
  CHECK(ids(spec).size() == 25);
  spec.section = {"third"};
  spec.keyword = {"backup"};
  CHECK(ids(spec).size() == 8);
}

TEST_CASE("Filter: --phase and --footnote") {
  raci::FilterSpec spec;
  spec.phase = {"onboarding"};
  CHECK(ids(spec).size() == 28);
  spec.phase = {"run"};
  CHECK(ids(spec).size() == 76);
  spec.phase = {"exit"};
  CHECK(ids(spec).size() == 5);
  raci::FilterSpec cited;
  cited.footnote = {6};
  CHECK(ids(cited) == std::vector<std::string>{"tenant-backup-operational-maintenance",
                                               "third-party-backup-operational-maintenance"});
}

TEST_CASE("Filter: conditions combine with AND") {
  raci::FilterSpec spec;
  spec.party = {"client"};
  spec.only = true;
  spec.phase = {"onboarding"};
  CHECK(ids(spec) == std::vector<std::string>{
                         "console-users-and-permissions", "vm-create-install-update",
                         "vm-software-and-middleware", "vm-os-licenses", "vm-network-configuration",
                         "vm-antivirus", "vm-monitoring", "vm-tag-policy"});
}

TEST_CASE("Filter: the values of one condition combine with OR") {
  raci::FilterSpec spec;
  spec.party = {"client", "cloud-temple"};
  CHECK(ids(spec).size() == 109);
  spec.only = true;  // no party but those two: every activity of a two-party matrix
  CHECK(ids(spec).size() == 109);
  spec.party = {"client", "customer"};  // the same party twice counts once
  CHECK(ids(spec).size() == 40);
  spec = {};
  spec.keyword = {"restore", "backup policies"};
  CHECK(ids(spec) == std::vector<std::string>{"backup-policy-lifecycle",
                                              "backup-policy-consistency",
                                              "third-party-backup-policy-lifecycle",
                                              "third-party-backup-policy-consistency"});
  spec.keyword = {"backup-capacity", "politique"};
  CHECK(ids(spec) == std::vector<std::string>{
                         "vm-tag-policy", "console-access-administration",
                         "client-system-access-administration", "vm-tagging", "backup-capacity",
                         "tenant-backup-capacity", "backup-policy-lifecycle",
                         "backup-policy-consistency", "third-party-backup-capacity",
                         "third-party-backup-policy-lifecycle",
                         "third-party-backup-policy-consistency", "console-access-policy-upkeep"});
  spec = {};
  spec.section = {"reversibility", "third"};
  CHECK(ids(spec).size() == 5 + 10);
  spec = {};
  spec.phase = {"exit", "onboarding"};
  CHECK(ids(spec).size() == 5 + 28);
  spec = {};
  spec.footnote = {6, 7};
  CHECK(ids(spec) == std::vector<std::string>{"tenant-backup-operational-maintenance",
                                              "third-party-backup-operational-maintenance",
                                              "platform-logs"});
}

TEST_CASE("Filter: --role R,A means either letter, RA both") {
  raci::FilterSpec spec;
  spec.party = {"client"};
  spec.roles = {"RA"};
  const std::size_t both = ids(spec).size();
  spec.roles = {"R"};
  const std::size_t responsible = ids(spec).size();
  spec.roles = {"A"};
  const std::size_t accountable = ids(spec).size();
  spec.roles = {"R", "a"};
  CHECK(ids(spec).size() == responsible + accountable - both);
  CHECK(both == 66);
  CHECK(responsible == 67);
  CHECK(accountable == 67);
  // Without a party: some single party holds either.
  spec.party.clear();
  spec.roles = {"AI", "ri"};
  CHECK(ids(spec) == std::vector<std::string>{"physical-resource-performance", "backup-capacity"});
}

TEST_CASE("Filter: what cannot be resolved is a usage error") {
  raci::FilterSpec spec;
  spec.party = {"nobody"};
  CHECK(usage_error(spec) ==
        "unknown party 'nobody' (known parties: client (customer), cloud-temple (ct, provider))");
  spec = {};
  spec.only = true;
  CHECK(usage_error(spec) == "--only needs --party (whose duties alone?)");
  spec = {};
  spec.roles = {"R1"};
  CHECK(usage_error(spec) == "invalid role letters 'R1' (use R, A, C and I, e.g. --role RA)");
  spec = {};
  spec.section = {"nowhere"};
  CHECK(usage_error(spec) == "no section matches 'nowhere' (see 'raci sections')");
  spec = {};
  spec.phase = {"later"};
  CHECK(usage_error(spec) == "unknown phase 'later' (expected onboarding, run or exit)");
  spec = {};
  spec.footnote = {9};
  CHECK(usage_error(spec) == "footnote 9 is not defined (footnotes: 1, 2, 3, 4, 5, 6, 7, 8)");
}

TEST_CASE("Selected matrix: the activities kept, their sections and parents, their footnotes") {
  const raci::Matrix small =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/small.yaml");
  const raci::Matrix cut = raci::selected_matrix(
      small, {small.find_activity("size-platform"), small.find_activity("backup-policy")});
  std::vector<std::string> activities;
  for (const raci::Activity& a : cut.activities())
    activities.push_back(a.id + ":" + cut.section_of(a).id + ":" + a.roles[0].letters());
  CHECK(activities ==
        std::vector<std::string>{"size-platform:onboarding:RA", "backup-policy:backup:RA"});
  std::vector<std::string> sections;
  for (const raci::Section& s : cut.sections())
    sections.push_back(s.id + "/" + std::to_string(s.depth) + "/" +
                       std::string(s.phase ? raci::phase_name(*s.phase) : "none"));
  CHECK(sections ==
        std::vector<std::string>{"onboarding/0/onboarding", "operations/0/run", "backup/1/run"});
  REQUIRE(cut.footnotes().size() == 1);
  CHECK(cut.footnotes()[0].number == 1);
  CHECK(cut.title() == small.title());
  CHECK(cut.parties().size() == 2);
  CHECK(cut.glossary().size() == small.glossary().size());

  const raci::Matrix none = raci::selected_matrix(small, {small.find_activity("install-servers")});
  CHECK(none.footnotes().empty());
  CHECK(none.sections().size() == 1);
}

TEST_CASE("Filter: --role takes the letters of the matrix's legend, S in a RASCI one") {
  const raci::Matrix rasci =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/rasci.yaml");
  raci::FilterSpec spec;
  spec.roles = {"s"};
  const auto selected = [&] {
    std::vector<std::string> out;
    for (const raci::Activity* a : raci::select(rasci, raci::Filter(rasci, spec)))
      out.push_back(a->id);
    return out;
  };
  CHECK(selected() == std::vector<std::string>{"plan-release", "deploy", "train-users"});
  spec.roles = {"RS"};
  CHECK(selected() == std::vector<std::string>{"deploy"});
  // The built-in matrix has no S: a usage error, unless another matrix asked defines it.
  spec.roles = {"S"};
  CHECK(usage_error(spec) == "the legend has no role 'S' (use R, A, C and I, e.g. --role RA)");
  spec.roles_defined = rasci.roles();
  CHECK(ids(spec).empty());
}
