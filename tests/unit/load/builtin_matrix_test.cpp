// The built-in Cloud Temple IaaS matrix, checked against the seed document row by row where
// the seed is tricky.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "raci/load/loader.hpp"

namespace {

const raci::Matrix& matrix() {
  static const raci::Matrix m = raci::load_builtin_matrix();
  return m;
}

const raci::Activity& activity(const std::string& id) {
  const raci::Activity* a = matrix().find_activity(id);
  REQUIRE(a != nullptr);
  return *a;
}

// "client=RA cloud-temple=CI", empty roles left out.
std::string roles_of(const std::string& id) {
  std::string out;
  const raci::Activity& a = activity(id);
  for (std::size_t p = 0; p < a.roles.size(); ++p) {
    if (a.roles[p].empty()) continue;
    if (!out.empty()) out += ' ';
    out += matrix().parties()[p].id + "=" + a.roles[p].letters();
  }
  return out;
}

std::string section_id_of(const std::string& id) {
  return matrix().section_of(activity(id)).id;
}

}  // namespace

TEST_CASE("Built-in matrix: counts and metadata") {
  CHECK(matrix().activities().size() == 109);
  CHECK(matrix().footnotes().size() == 8);
  CHECK(matrix().title() == "IaaS Responsibility Matrix");
  CHECK(matrix().provider() == "Cloud Temple");
  CHECK(matrix().origin() == "built-in");
  REQUIRE(matrix().parties().size() == 2);
  CHECK(matrix().parties()[0].id == "client");
  CHECK(matrix().parties()[0].name == "Client");
  CHECK(matrix().parties()[0].aliases == std::vector<std::string>{"customer"});
  CHECK(matrix().parties()[1].id == "cloud-temple");
  CHECK(matrix().parties()[1].name == "Cloud Temple");
  CHECK(matrix().parties()[1].aliases == std::vector<std::string>{"ct", "provider"});
}

TEST_CASE("Built-in matrix: the legend has the seed's descriptions") {
  const auto& legend = matrix().legend();
  CHECK(legend[0].name == "Responsible");
  CHECK(legend[0].description == "Responsible for executing the process");
  CHECK(legend[1].name == "Accountable");
  CHECK(legend[1].description == "Approves the completion of the process");
  CHECK(legend[2].name == "Consulted");
  CHECK(legend[2].description == "Consulted during the process");
  CHECK(legend[3].name == "Informed");
  CHECK(legend[3].description ==
        "Informed of the process results (via tools, portal, or messaging)");
}

TEST_CASE("Built-in matrix: the section tree, its phases and activity counts") {
  // id, depth, phase, own activity count; in document order.
  const std::vector<std::tuple<std::string, std::size_t, std::string, std::size_t>> expected{
      {"define-your-needs", 0, "onboarding", 5},
      {"initial-implementation", 0, "onboarding", 14},
      {"integrate-your-information-system", 0, "onboarding", 9},
      {"recurring-operations", 0, "run", 0},
      {"access-and-identity", 1, "run", 5},
      {"operational-and-security-maintenance", 1, "run", 12},
      {"change-incident-problem-capacity", 1, "run", 18},
      {"performance", 1, "run", 3},
      {"backup-integrated", 1, "run", 15},
      {"backup-third-party", 1, "run", 10},
      {"documentation-and-contract", 1, "run", 6},
      {"log-management", 1, "run", 2},
      {"network-connectivity", 0, "run", 5},
      {"reversibility", 0, "exit", 5},
  };
  const auto& sections = matrix().sections();
  REQUIRE(sections.size() == expected.size());
  for (std::size_t i = 0; i < sections.size(); ++i) {
    INFO(sections[i].id);
    CHECK(sections[i].id == std::get<0>(expected[i]));
    CHECK(sections[i].depth == std::get<1>(expected[i]));
    REQUIRE(sections[i].phase.has_value());
    CHECK(raci::phase_name(*sections[i].phase) == std::get<2>(expected[i]));
    CHECK(sections[i].activities.size() == std::get<3>(expected[i]));
  }
  CHECK(matrix().find_section("recurring-operations")->subsections.size() == 8);
  CHECK(matrix().find_section("define-your-needs")->title == "Define Your Needs");
  CHECK(matrix().find_section("network-connectivity")->title ==
        "Client network connectivity (mpls, dedicated fiber, ipsec, ...)");
  CHECK(matrix().find_section("operational-and-security-maintenance")->description ==
        "Activities aimed at maintaining operational and secure conditions for the "
        "infrastructures and services offered by Cloud Temple, as part of its IaaS offering, are "
        "carried out with the objective of compliance with SecNumCloud qualification.");
}

TEST_CASE("Built-in matrix: rows after a blank line stay in the table above") {
  // Initial implementation: 4 rows after the gap.
  for (const char* id :
       {"external-authentication", "console-users-and-permissions",
        "secnumcloud-compliance-validation", "specification-compliance-validation"}) {
    CHECK(section_id_of(id) == "initial-implementation");
  }
  CHECK(activity("external-authentication").text ==
        "Configure an external authentication repository for the Cloud Temple console");
  CHECK(roles_of("external-authentication") == "client=RA cloud-temple=C");
  CHECK(roles_of("console-users-and-permissions") == "client=RA");
  CHECK(roles_of("secnumcloud-compliance-validation") == "client=I cloud-temple=RA");
  CHECK(roles_of("specification-compliance-validation") == "client=RA cloud-temple=CI");
  // Documentation and contract management: 2 rows after the gap, one with a <br/>.
  CHECK(section_id_of("vm-cmdb-tracking") == "documentation-and-contract");
  CHECK(section_id_of("console-access-policy-upkeep") == "documentation-and-contract");
  CHECK(activity("vm-cmdb-tracking").text ==
        "Track the lifecycle of virtual machines deployed in your Cloud Temple environments via "
        "your CMDB (Configuration Management Database)");
  CHECK(roles_of("vm-cmdb-tracking") == "client=RA");
  CHECK(roles_of("console-access-policy-upkeep") == "client=RA");
}

TEST_CASE("Built-in matrix: the unusual role splits") {
  CHECK(roles_of("physical-resource-performance") == "client=RI cloud-temple=A");
  CHECK(activity("physical-resource-performance").text ==
        "Monitor the performance of the physical resources for computing, storage, and network "
        "provided to your tenants");
  CHECK(roles_of("backup-capacity") == "client=AI cloud-temple=RC");
  CHECK(activity("backup-capacity").text ==
        "Manage capacities on backup infrastructures integrated into the Cloud Temple platform");
  CHECK(roles_of("compute-security-maintenance") == "client=RA cloud-temple=CI");
  CHECK(roles_of("datacenter-implementation") == "cloud-temple=RA");
}

TEST_CASE("Built-in matrix: every footnote citation, markers taken out of the text") {
  std::vector<std::pair<std::string, int>> citations;
  for (const raci::Activity& a : matrix().activities()) {
    for (int n : a.footnotes)
      citations.emplace_back(a.id, n);
  }
  const std::vector<std::pair<std::string, int>> expected{
      {"backbone-connectivity", 1},
      {"compute-security-maintenance", 2},
      {"vm-operational-maintenance", 3},
      {"vm-security-maintenance", 3},
      {"physical-resource-performance", 4},
      {"backup-operational-condition", 5},
      {"tenant-backup-operational-maintenance", 6},
      {"third-party-backup-operational-maintenance", 6},
      {"platform-logs", 7},
      {"operator-connectivity-subscription", 8},
  };
  CHECK(citations == expected);
  CHECK(activity("backbone-connectivity").text ==
        "Ensure the implementation of connectivity to the backbone network");
  CHECK(activity("compute-security-maintenance").text ==
        "Ensure the security maintenance of compute infrastructures");
  CHECK(activity("vm-operational-maintenance").text ==
        "Ensure the operational maintenance of virtual machines deployed in client tenants");
  CHECK(activity("platform-logs").text ==
        "Preserve and provide access to the logs of the Cloud Temple IaaS platform");
  CHECK(activity("operator-connectivity-subscription").text ==
        "Subscribe to operator network connectivity to access a physical Cloud Temple "
        "datacenter");
  CHECK(activity("network-initial-configuration").text ==
        "If subscribed: implement the initial network configuration for Internet and Firewall "
        "services");
  for (const raci::Activity& a : matrix().activities()) {
    INFO(a.id);
    const bool markup_free = a.text.find_first_of("*_<>|") == std::string::npos &&
                             a.text.find(" (") == std::string::npos;
    const bool seed_parenthesis = a.id == "platform-sizing" || a.id == "vm-cmdb-tracking";
    CHECK((markup_free || seed_parenthesis));
  }
}

TEST_CASE("Built-in matrix: footnotes are in English, footnote 4 translated") {
  CHECK(matrix().find_footnote(7)->text ==
        "As of January 1, 2024, the retention period for platform logs is one year.");
  const std::string& fourth = matrix().find_footnote(4)->text;
  CHECK(fourth.find("et la charge") == std::string::npos);
  CHECK(fourth.find("whose use and the resulting load depend directly") != std::string::npos);
  for (const raci::Footnote& footnote : matrix().footnotes()) {
    INFO(footnote.number);
    CHECK(footnote.text.find("courante") == std::string::npos);
    CHECK(footnote.text.find("__") == std::string::npos);
  }
}

TEST_CASE("Built-in matrix: the seed's five French rows keep their French, with an English text") {
  const std::map<std::string, std::pair<std::string, std::string>> expected{
      {"console-access-administration",
       {"Administer access and the associated security policy for the Cloud Temple console "
        "interface and its API",
        "Administrer les accès et la politique de sécurité associée liés à l'interface de la "
        "console Cloud Temple et à son API"}},
      {"client-system-access-administration",
       {"Administer access and the associated security policy for the information system "
        "hosted within your Cloud Temple tenants",
        "Administrer les accès et la politique de sécurité associée au système d'information "
        "hébergé au sein de vos tenants Cloud Temple"}},
      {"resource-change-decision",
       {"Make the decision to add, modify or remove resources on the Cloud Temple platform",
        "Prendre la décision d'ajouter, de modifier ou de retirer des ressources sur la "
        "plateforme Cloud Temple"}},
      {"resource-change-execution",
       {"Execute the decision to modify resources on the Cloud Temple platform",
        "Exécuter la décision de modification des ressources sur la plateforme Cloud Temple"}},
      {"vm-tagging",
       {"Apply tags to virtual machines in accordance with the defined policy",
        "Appliquer les tags aux machines virtuelles conformément à la politique définie"}},
  };
  for (const auto& [id, texts] : expected) {
    INFO(id);
    const raci::Activity* a = matrix().find_activity(id);
    REQUIRE(a != nullptr);
    CHECK(a->text == texts.first);
    CHECK(*raci::find_translation(matrix().text_translations(*a), "fr") == texts.second);
  }
  CHECK(roles_of("resource-change-decision") == "client=RA cloud-temple=CI");
  CHECK(roles_of("resource-change-execution") == "client=I cloud-temple=RA");
}

TEST_CASE("Built-in matrix: ids are unique and every activity has an accountable party") {
  for (const raci::Activity& a : matrix().activities()) {
    INFO(a.id);
    CHECK(matrix().find_activity(a.id) == &a);
    std::size_t accountable = 0;
    for (const raci::RoleSet& roles : a.roles) {
      if (roles.contains(raci::Role::accountable)) ++accountable;
    }
    CHECK(accountable == 1);
  }
}
