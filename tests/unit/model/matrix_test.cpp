#include "raci/model/matrix.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "legend_yaml.hpp"
#include "raci/load/loader.hpp"

namespace {

// Two parties with accented names and aliases; a section tree three levels deep whose
// phases are inherited; footnotes defined out of order.
const std::string yaml = R"(format: 1
title: T
)" + raci::test::legend_yaml +
                         R"(parties:
  - id: client
    name: Client
    aliases: [customer, Bénéficiaire]
  - id: host
    name: Hébergeur
footnotes:
  - number: 3
    text: Third.
  - number: 1
    text: First.
sections:
  - id: setup
    title: Setup
    phase: onboarding
    activities:
      - id: size
        text: Size the platform
        roles: {client: RA, host: CI}
    sections:
      - id: network
        title: Network
        sections:
          - id: firewall
            title: Firewall
            phase: run
            activities:
              - id: open-ports
                text: Open the ports
                roles: {host: AR}
                footnotes: [3, 1]
  - id: leave
    title: Leave
    activities:
      - id: hand-back
        text: Hand back the data
        roles: {client: I, host: ""}
)";

const raci::Matrix& matrix() {
  static const raci::Matrix m = raci::load_matrix_yaml(yaml, "m.yaml");
  return m;
}

std::vector<std::string> path_ids(const raci::Section& section) {
  std::vector<std::string> out;
  for (const raci::Section* s : matrix().section_path(section))
    out.push_back(s->id);
  return out;
}

}  // namespace

TEST_CASE("Matrix: find_activity takes the exact id") {
  const raci::Activity* size = matrix().find_activity("size");
  REQUIRE(size != nullptr);
  CHECK(size->text == "Size the platform");
  CHECK(size == &matrix().activities()[0]);
  CHECK(matrix().find_activity("open-ports") == &matrix().activities()[1]);
  CHECK(matrix().find_activity("SIZE") == nullptr);
  CHECK(matrix().find_activity("siz") == nullptr);
  CHECK(matrix().find_activity("setup") == nullptr);  // a section's id
  CHECK(matrix().find_activity("") == nullptr);
}

TEST_CASE("Matrix: find_section takes the exact id, at any depth") {
  const raci::Section* firewall = matrix().find_section("firewall");
  REQUIRE(firewall != nullptr);
  CHECK(firewall->title == "Firewall");
  CHECK(firewall->depth == 2);
  CHECK(matrix().find_section("setup") == &matrix().sections()[0]);
  CHECK(matrix().find_section("Network") == nullptr);
  CHECK(matrix().find_section("size") == nullptr);  // an activity's id
}

TEST_CASE("Matrix: find_footnote takes the number, whatever the order of definition") {
  REQUIRE(matrix().find_footnote(3) != nullptr);
  CHECK(matrix().find_footnote(3)->text == "Third.");
  REQUIRE(matrix().find_footnote(1) != nullptr);
  CHECK(matrix().find_footnote(1)->text == "First.");
  CHECK(matrix().find_footnote(2) == nullptr);
  CHECK(matrix().find_footnote(0) == nullptr);
  CHECK(matrix().find_footnote(-1) == nullptr);
}

TEST_CASE("Matrix: find_party matches an id, a name or an alias ignoring case and accents") {
  using Index = std::optional<std::size_t>;
  CHECK(matrix().find_party("client") == Index{0});
  CHECK(matrix().find_party("CLIENT") == Index{0});
  CHECK(matrix().find_party("Customer") == Index{0});
  CHECK(matrix().find_party("beneficiaire") == Index{0});
  CHECK(matrix().find_party("BÉNÉFICIAIRE") == Index{0});
  CHECK(matrix().find_party("host") == Index{1});
  CHECK(matrix().find_party("Hébergeur") == Index{1});
  CHECK(matrix().find_party("hebergeur") == Index{1});
  CHECK(matrix().find_party("HEBERGEUR") == Index{1});
}

TEST_CASE("Matrix: find_party refuses a part of a name or an unknown one") {
  CHECK_FALSE(matrix().find_party("cli").has_value());
  CHECK_FALSE(matrix().find_party("hosts").has_value());
  CHECK_FALSE(matrix().find_party("Client Host").has_value());
  CHECK_FALSE(matrix().find_party("").has_value());
}

TEST_CASE("Matrix: section_path runs from the top-level section down") {
  CHECK(path_ids(*matrix().find_section("firewall")) ==
        std::vector<std::string>{"setup", "network", "firewall"});
  CHECK(path_ids(*matrix().find_section("network")) ==
        std::vector<std::string>{"setup", "network"});
  CHECK(path_ids(*matrix().find_section("leave")) == std::vector<std::string>{"leave"});
}

TEST_CASE("Matrix: sections are in document order, parents before subsections") {
  std::vector<std::string> ids;
  std::vector<std::size_t> depths;
  for (const raci::Section& s : matrix().sections()) {
    ids.push_back(s.id);
    depths.push_back(s.depth);
  }
  CHECK(ids == std::vector<std::string>{"setup", "network", "firewall", "leave"});
  CHECK(depths == std::vector<std::size_t>{0, 1, 2, 0});
  CHECK(matrix().sections()[0].parent == raci::no_section);
  CHECK(matrix().sections()[1].parent == 0);
  CHECK(matrix().sections()[2].parent == 1);
  CHECK(matrix().sections()[0].subsections == std::vector<std::size_t>{1});
  CHECK(matrix().sections()[0].activities == std::vector<std::size_t>{0});
  CHECK(matrix().sections()[1].activities.empty());
}

TEST_CASE("Matrix: a section without a phase takes its parent's") {
  using raci::Phase;
  CHECK(matrix().find_section("setup")->phase == Phase::onboarding);
  CHECK(matrix().find_section("network")->phase == Phase::onboarding);
  CHECK(matrix().find_section("firewall")->phase == Phase::run);
  CHECK_FALSE(matrix().find_section("leave")->phase.has_value());
  CHECK(matrix().phase_of(*matrix().find_activity("size")) == Phase::onboarding);
  CHECK(matrix().phase_of(*matrix().find_activity("open-ports")) == Phase::run);
  CHECK_FALSE(matrix().phase_of(*matrix().find_activity("hand-back")).has_value());
  CHECK(&matrix().section_of(*matrix().find_activity("open-ports")) ==
        matrix().find_section("firewall"));
}

TEST_CASE("Matrix: an activity's roles follow the order of the parties") {
  auto letters = [](const raci::Activity& a) {
    std::vector<std::string> out;
    for (const raci::RoleSet roles : a.roles)
      out.push_back(roles.letters());
    return out;
  };
  CHECK(letters(*matrix().find_activity("size")) == std::vector<std::string>{"RA", "CI"});
  CHECK(letters(*matrix().find_activity("open-ports")) == std::vector<std::string>{"", "RA"});
  CHECK(letters(*matrix().find_activity("hand-back")) == std::vector<std::string>{"I", ""});
  CHECK(matrix().find_activity("open-ports")->footnotes == std::vector<int>{3, 1});
}

TEST_CASE("Matrix: roles are the uppercase letters A to Z, R, A, C, I named") {
  using raci::Role;
  CHECK(raci::role_letter(Role::responsible) == 'R');
  CHECK(raci::role_letter(Role::accountable) == 'A');
  CHECK(raci::role_letter(Role::consulted) == 'C');
  CHECK(raci::role_letter(Role::informed) == 'I');
  CHECK(raci::role_from_letter('R') == Role::responsible);
  CHECK(raci::role_from_letter('A') == Role::accountable);
  CHECK(raci::role_from_letter('C') == Role::consulted);
  CHECK(raci::role_from_letter('I') == Role::informed);
  CHECK(raci::role_letter(*raci::role_from_letter('S')) == 'S');
  CHECK(raci::role_letter(*raci::role_from_letter('Z')) == 'Z');
  CHECK_FALSE(raci::is_core_role(*raci::role_from_letter('S')));
  CHECK(raci::is_core_role(Role::informed));
  CHECK_FALSE(raci::role_from_letter('r').has_value());
  CHECK_FALSE(raci::role_from_letter('@').has_value());
  CHECK_FALSE(raci::role_from_letter('[').has_value());
  CHECK_FALSE(raci::role_from_letter('\0').has_value());
}

TEST_CASE("Matrix: a RoleSet prints R, A, C, I first, then other letters alphabetically") {
  raci::RoleSet set;
  for (char letter : std::string("VSIRZ"))
    set.insert(*raci::role_from_letter(letter));
  CHECK(set.letters() == "RISVZ");
  CHECK(raci::list_letters(set, "or") == "R, I, S, V or Z");
  CHECK(raci::list_letters(raci::RoleSet::core(), "and") == "R, A, C and I");
  CHECK(set.without(raci::RoleSet::core()).letters() == "SVZ");
  CHECK((set | raci::RoleSet::core()).letters() == "RACISVZ");
  CHECK(raci::RoleSet::any_letter().letters() == "RACIBDEFGHJKLMNOPQSTUVWXYZ");
}

TEST_CASE("Matrix: reading role letters keeps to the letters given as defined") {
  const raci::RoleSet core = raci::RoleSet::core();
  const raci::RoleLetters s =
      raci::read_role_letters("RS", core, raci::LetterCase::upper, raci::Repeats::refused);
  CHECK_FALSE(s.ok());
  CHECK(s.error_at == 1);
  CHECK_FALSE(s.repeated);
  CHECK(s.roles.letters() == "R");
  raci::RoleSet with_s = core;
  with_s.insert(*raci::role_from_letter('S'));
  const raci::RoleLetters read =
      raci::read_role_letters("sR", with_s, raci::LetterCase::any, raci::Repeats::refused);
  CHECK(read.ok());
  CHECK(read.roles.letters() == "RS");
}

TEST_CASE("Matrix: a RoleSet prints its letters in R, A, C, I order") {
  using raci::Role;
  raci::RoleSet set;
  CHECK(set.empty());
  CHECK(set.letters().empty());
  set.insert(Role::informed);
  set.insert(Role::responsible);
  set.insert(Role::informed);
  CHECK(set.letters() == "RI");
  CHECK_FALSE(set.empty());
  CHECK(set.contains(Role::responsible));
  CHECK_FALSE(set.contains(Role::accountable));
  raci::RoleSet all;
  for (Role role : {Role::consulted, Role::accountable, Role::informed, Role::responsible})
    all.insert(role);
  CHECK(all.letters() == "RACI");
  CHECK(all.contains_all(set));
  CHECK_FALSE(set.contains_all(all));
  CHECK(set.contains_all(raci::RoleSet{}));
  raci::RoleSet same;
  same.insert(Role::responsible);
  same.insert(Role::informed);
  CHECK(same == set);
  CHECK_FALSE(same == all);
}

TEST_CASE("Matrix: phases have lower-case names, read back exactly") {
  using raci::Phase;
  CHECK(raci::phase_name(Phase::onboarding) == "onboarding");
  CHECK(raci::phase_name(Phase::run) == "run");
  CHECK(raci::phase_name(Phase::exit) == "exit");
  CHECK(raci::phase_from_name("onboarding") == Phase::onboarding);
  CHECK(raci::phase_from_name("run") == Phase::run);
  CHECK(raci::phase_from_name("exit") == Phase::exit);
  CHECK_FALSE(raci::phase_from_name("Run").has_value());
  CHECK_FALSE(raci::phase_from_name("running").has_value());
  CHECK_FALSE(raci::phase_from_name("").has_value());
}
