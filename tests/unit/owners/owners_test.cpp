#include "raci/owners/owners.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/load/loader.hpp"

namespace {

// size-platform (client RA), install-servers (host RA), backup-policy (client RA, in
// operations/backup), backup-run (client I, host RA).
const raci::Matrix& small() {
  static const raci::Matrix matrix =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/small.yaml");
  return matrix;
}

const std::string teams = R"(format: 1
party: client
owners:
  - id: network
    name: Network operations
    contact: netops@example.com
  - id: ciso
    name: CISO
assignments:
)";

raci::Owners load(const std::string& assignments,
                  raci::OwnersCheck check = raci::OwnersCheck::strict) {
  return raci::load_owners_yaml(teams + assignments, "owners.yaml", small(), check);
}

std::string error_of(const std::string& text) {
  try {
    raci::load_owners_yaml(text, "owners.yaml", small(), raci::OwnersCheck::strict);
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "no error";
}

std::string owner_of(const raci::Owners& owners, const char* activity, raci::Role role) {
  const raci::Activity* a = small().find_activity(activity);
  const raci::Owner* owner =
      owners.owner_for(static_cast<std::size_t>(a - small().activities().data()), role);
  return owner ? owner->id : "-";
}

std::vector<std::string> messages(const std::vector<raci::OwnersFinding>& findings) {
  std::vector<std::string> out;
  for (const raci::OwnersFinding& f : findings)
    out.push_back(f.rule + " " + std::to_string(f.location.line) + ": " + f.message);
  return out;
}

}  // namespace

TEST_CASE("Owners: 'owner' takes the party's R and A, a letter key takes that letter") {
  const raci::Owners owners = load(R"(  - activity: size-platform
    owner: network
  - activity: backup-policy
    R: network
    A: ciso
    status: in-progress
    due: 2027-02-28
    note: with the CISO
)");
  CHECK(owners.party() == 0);
  CHECK(owner_of(owners, "size-platform", raci::Role::responsible) == "network");
  CHECK(owner_of(owners, "size-platform", raci::Role::accountable) == "network");
  CHECK(owner_of(owners, "backup-policy", raci::Role::responsible) == "network");
  CHECK(owner_of(owners, "backup-policy", raci::Role::accountable) == "ciso");
  const raci::Assignment& a = owners.assignments()[1];
  CHECK(a.status == raci::Status::in_progress);
  CHECK(a.due == "2027-02-28");
  CHECK(a.note == "with the CISO");
  CHECK(a.location == raci::Location{12, 5});
}

TEST_CASE("Owners: a section covers every activity below, an activity's own assignment wins") {
  const raci::Owners owners = load(R"(  - section: operations
    owner: ciso
  - activity: backup-policy
    R: network
)");
  CHECK(owner_of(owners, "backup-policy", raci::Role::responsible) == "network");
  CHECK(owner_of(owners, "backup-policy", raci::Role::accountable) == "ciso");
  CHECK(owner_of(owners, "size-platform", raci::Role::responsible) == "-");
  // The client only holds I in backup-run: nothing there to own.
  CHECK(owner_of(owners, "backup-run", raci::Role::informed) == "-");
}

TEST_CASE("Owners: check names every duty without an owner, and nothing else") {
  const raci::Owners owners = load(R"(  - activity: size-platform
    owner: network
  - activity: backup-policy
    R: network
    A: ''
)");
  CHECK(messages(raci::check_owners(small(), owners)) ==
        std::vector<std::string>{
            "unowned 0: Client holds A in 'backup-policy' (Define the backup policy) and no "
            "owner has it"});
}

TEST_CASE("Owners: stale assignments are findings for check, errors elsewhere") {
  const std::string stale = R"(  - activity: size-platfrom
    owner: network
  - activity: install-servers
    R: network
  - section: operatons
    owner: ciso
)";
  const raci::Owners owners = load(stale, raci::OwnersCheck::report);
  CHECK(messages(raci::check_owners(small(), owners)) ==
        std::vector<std::string>{
            "stale 10: unknown activity 'size-platfrom'; did you mean 'size-platform'?",
            "stale 12: Client does not hold R in 'install-servers' (it holds nothing)",
            "stale 14: unknown section 'operatons'; did you mean 'operations'?",
            "unowned 0: Client holds R in 'size-platform' (Size the platform) and no owner has it",
            "unowned 0: Client holds A in 'size-platform' (Size the platform) and no owner has it",
            "unowned 0: Client holds R in 'backup-policy' (Define the backup policy) and no owner "
            "has it",
            "unowned 0: Client holds A in 'backup-policy' (Define the backup policy) and no owner "
            "has it"});
  CHECK(error_of(teams + stale) ==
        "owners.yaml:10:15: unknown activity 'size-platfrom'; did you mean 'size-platform'?");
}

TEST_CASE("Owners: every mistake in the file is one error with its place") {
  CHECK(error_of("format: 1\nparty: clent\n") ==
        "owners.yaml:2:8: unknown party 'clent' (parties of 'Hosting Responsibility Matrix': "
        "client, example-host); did you mean 'client'?");
  CHECK(error_of("format: 2\nparty: client\n") ==
        "owners.yaml:1:9: unsupported format '2' (this version of raci reads format 1)");
  CHECK(error_of("format: 1\n") ==
        "owners.yaml:1:1: missing required key 'party' in the owners "
        "file");
  CHECK(error_of("format: 1\nparty: client\nteams: []\n") ==
        "owners.yaml:3:1: unknown key 'teams' in the owners file");
  CHECK(error_of(teams + "  - activity: size-platform\n    owner: netwrk\n") ==
        "owners.yaml:11:12: unknown owner 'netwrk' (owners: network, ciso); did you mean "
        "'network'?");
  CHECK(error_of(teams + "  - activity: size-platform\n    owner: network\n"
                         "  - activity: size-platform\n    A: ciso\n") ==
        "owners.yaml:12:15: duplicate assignment of A in 'size-platform' (first at 10:5)");
  CHECK(
      error_of(teams + "  - activity: size-platform\n    section: onboarding\n    owner: ciso\n") ==
      "owners.yaml:10:5: an assignment names one 'activity' or one 'section'");
  CHECK(error_of(teams + "  - activity: size-platform\n") ==
        "owners.yaml:10:5: the assignment of 'size-platform' names no owner ('owner', or a "
        "letter: R, A, C, I)");
  CHECK(error_of(teams + "  - activity: size-platform\n    owner: ciso\n    status: started\n") ==
        "owners.yaml:12:13: unknown status 'started' (expected todo, in-progress or done)");
  CHECK(error_of(teams + "  - activity: size-platform\n    owner: ciso\n    due: 2027-02-29\n") ==
        "owners.yaml:12:10: invalid date '2027-02-29' (expected YYYY-MM-DD)");
  CHECK(error_of(teams + "  - activity: size-platform\n    owner: ciso\n    stauts: done\n") ==
        "owners.yaml:12:5: unknown key 'stauts' in an assignment; did you mean 'status'?");
  CHECK(error_of("format: 1\nparty: client\nowners:\n  - {id: ciso, name: A}\n"
                 "  - {id: ciso, name: B}\n") ==
        "owners.yaml:5:10: duplicate owner id 'ciso' (first at 4:5)");
  CHECK(error_of("format: 1\nparty: client\nowners:\n  - {id: Net Ops, name: A}\n") ==
        "owners.yaml:4:10: invalid id 'Net Ops' (an id is lowercase letters and digits in words "
        "joined by single hyphens, like 'network-team')");
  CHECK(error_of("format: 1\nparty: client\nparty: host\n") ==
        "owners.yaml:3:1: duplicate key 'party' (first at 2:1)");
}

TEST_CASE("Owners: a leap day is a date, statuses have names") {
  CHECK_NOTHROW(load("  - activity: size-platform\n    owner: ciso\n    due: 2028-02-29\n"));
  CHECK(raci::status_name(raci::Status::in_progress) == "in-progress");
  CHECK(raci::status_from_name("done") == raci::Status::done);
  CHECK_FALSE(raci::status_from_name("Done").has_value());
}

TEST_CASE("Owners: the starter file lists the party's duties by section and loads back") {
  const std::string text = raci::owners_template(small(), 0);
  CHECK(text.find("  # Onboarding\n  - activity: size-platform  # RA: Size the platform\n"
                  "    owner: ''\n") != std::string::npos);
  CHECK(text.find("install-servers") == std::string::npos);  // the host's, not the client's
  CHECK(text.find("  # Operations / Backup\n  - activity: backup-policy") != std::string::npos);
  const raci::Owners owners =
      raci::load_owners_yaml(text, "init.yaml", small(), raci::OwnersCheck::strict);
  CHECK(owners.assignments().size() == 2);
  CHECK(raci::check_owners(small(), owners).size() == 4);  // R and A of two activities
}
