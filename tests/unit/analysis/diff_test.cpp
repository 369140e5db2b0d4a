#include "raci/analysis/diff.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "raci/import/markdown_import.hpp"
#include "raci/load/loader.hpp"

namespace {

const std::string dir = std::string(RACI_TEST_DATA_DIR) + "/diff/";

std::vector<std::string> ids(const std::vector<const raci::Activity*>& activities) {
  std::vector<std::string> out;
  for (const raci::Activity* a : activities)
    out.push_back(a->id);
  return out;
}

std::string describe(const raci::ActivityChange& c) {
  std::string out = c.before->id + "->" + c.after->id;
  if (c.reworded) out += " reworded";
  if (c.moved) out += " moved";
  for (const raci::RoleChange& r : c.roles)
    out += " " + r.party + ":" + r.before + ">" + r.after;
  return out;
}

}  // namespace

TEST_CASE("Diff: two versions pair by id, then by the most similar text") {
  const raci::Matrix v1 = raci::load_matrix_file(dir + "v1.yaml");
  const raci::Matrix v2 = raci::load_matrix_file(dir + "v2.yaml");
  const raci::MatrixDiff diff = raci::diff_matrices(v1, v2);
  CHECK(ids(diff.removed) == std::vector<std::string>{"antivirus"});
  CHECK(ids(diff.added) == std::vector<std::string>{"edr"});
  std::vector<std::string> changed;
  for (const raci::ActivityChange& c : diff.changed)
    changed.push_back(describe(c));
  CHECK(changed == std::vector<std::string>{
                       "install->install-servers reworded",
                       "backup->backup client:AI>A host:RC>RCI",
                       "patch->patch moved",
                   });
}

TEST_CASE("Diff: a matrix against itself has no change") {
  const raci::Matrix a = raci::load_builtin_matrix();
  const raci::Matrix b = raci::load_builtin_matrix();
  CHECK(raci::diff_matrices(a, b).empty());
}

TEST_CASE("Diff: text similarity is the share of common word stems") {
  CHECK(raci::text_similarity("Patch the hypervisors", "patch THE hypervisors.") == 1.0);
  CHECK(raci::text_similarity("alpha beta gamma delta", "alpha beta omega kappa") ==
        Approx(2.0 * 2 / 8));
  CHECK(raci::text_similarity("Sécurité", "securite") == 1.0);
  CHECK(raci::text_similarity("Manage capacities", "managing capacity") == 1.0);
  CHECK(raci::text_similarity("one", "two") == 0.0);
}

namespace {

raci::Matrix import_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return raci::import_markdown(text.str(), "imported").matrix;
}

}  // namespace

TEST_CASE("Diff: the built-in matrix against the provider's reworded English revision") {
  const raci::Matrix seed = raci::load_builtin_matrix();
  const raci::Matrix current = import_file(dir + "cloud-temple-en-iaas.md");
  REQUIRE(current.activities().size() == 109);
  const raci::MatrixDiff diff = raci::diff_matrices(seed, current);
  CHECK(diff.added.empty());
  CHECK(diff.removed.empty());
  std::size_t same_position = 0;
  std::size_t role_changes = 0;
  std::size_t moved = 0;
  for (const auto* list : {&diff.changed, &diff.same}) {
    for (const raci::ActivityChange& c : *list) {
      if (c.before - seed.activities().data() == c.after - current.activities().data())
        ++same_position;
      role_changes += c.roles.size();
      if (c.moved) ++moved;
    }
  }
  CHECK(same_position == 109);
  CHECK(role_changes == 0);
  CHECK(moved == 0);
  std::vector<std::string> renamed;
  for (const raci::SectionRename& r : diff.renamed_sections)
    renamed.push_back(r.before->title + " -> " + r.after->title);
  CHECK(renamed ==
        std::vector<std::string>{
            "Define Your Needs -> Define your requirements",
            "Initial implementation of your Cloud Temple tenants -> Initial Implementation of "
            "Your Cloud Temple Tenants",
            "operational and security maintenance -> Operational and Security Readiness "
            "Maintenance",
            "Backup Management and Disaster Recovery on Integrated Backup -> Backup and "
            "Disaster Recovery Management on Integrated Backup",
        });
}

TEST_CASE("Diff: an id that an import moved to another row does not beat the same text") {
  // Imports number equal ids: "-2" goes to the first row whose text makes the same id.
  const raci::Matrix before = raci::load_matrix_yaml(R"(format: 1
title: T
roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Approves it}
  C: {name: Consulted, description: Is asked}
  I: {name: Informed, description: Is told}
parties: [{id: client, name: Client}, {id: host, name: Host}]
sections:
  - id: logs
    title: Logs
    activities:
      - {id: preserve-logs, text: Preserve the logs of the platform, roles: {host: RA}}
      - {id: keep-logs, text: Keep the logs of the hosted system, roles: {client: RA}}
)",
                                                     "before.yaml");
  const raci::Matrix after = raci::load_matrix_yaml(R"(format: 1
title: T
roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Approves it}
  C: {name: Consulted, description: Is asked}
  I: {name: Informed, description: Is told}
parties: [{id: client, name: Client}, {id: host, name: Host}]
sections:
  - id: logs
    title: Logs
    activities:
      - {id: keep-logs, text: Keep the logs of the platform, roles: {host: RA}}
      - {id: keep-logs-2, text: Keep the logs of the hosted system, roles: {client: RA}}
)",
                                                    "after.yaml");
  const raci::MatrixDiff diff = raci::diff_matrices(before, after);
  std::vector<std::string> changed;
  for (const raci::ActivityChange& c : diff.changed)
    changed.push_back(describe(c));
  CHECK(changed ==
        std::vector<std::string>{"preserve-logs->keep-logs reworded", "keep-logs->keep-logs-2"});
}

TEST_CASE("Diff: --party keeps the changes to one party's duties, grouped") {
  const raci::Matrix v1 = raci::load_matrix_file(dir + "v1.yaml");
  const raci::Matrix v2 = raci::load_matrix_file(dir + "v2.yaml");
  const raci::MatrixDiff diff = raci::diff_matrices(v1, v2);
  const auto describe_duties = [](const std::vector<raci::DutyChange>& list) {
    std::vector<std::string> out;
    for (const raci::DutyChange& d : list) {
      out.push_back((d.before ? d.before->id : "-") + ">" + (d.after ? d.after->id : "-") + " " +
                    d.old_letters + ">" + d.new_letters);
    }
    return out;
  };
  const raci::PartyDuties client = raci::party_duties(v1, v2, diff, "Client");
  CHECK(client.party == "client");
  CHECK(describe_duties(client.new_duties) == std::vector<std::string>{"->edr >RA"});
  CHECK(describe_duties(client.duties_gone) == std::vector<std::string>{"antivirus>- RA>"});
  CHECK(describe_duties(client.changed_duties) == std::vector<std::string>{"backup>backup AI>A"});
  const raci::PartyDuties host = raci::party_duties(v1, v2, diff, "host");
  CHECK(describe_duties(host.new_duties) == std::vector<std::string>{"->edr >I"});
  CHECK(host.duties_gone.empty());
  CHECK(describe_duties(host.changed_duties) == std::vector<std::string>{"backup>backup RC>RCI"});
  // --role narrows to the changes that involve the letter.
  const raci::PartyDuties client_i =
      raci::party_duties(v1, v2, diff, "client", raci::Role::informed);
  CHECK(client_i.new_duties.empty());
  CHECK(client_i.duties_gone.empty());
  CHECK(describe_duties(client_i.changed_duties) == std::vector<std::string>{"backup>backup AI>A"});
  const raci::PartyDuties host_a =
      raci::party_duties(v1, v2, diff, "host", raci::Role::accountable);
  CHECK(host_a.empty());
  CHECK_THROWS_WITH(raci::party_duties(v1, v2, diff, "clent"),
                    "unknown party 'clent'; did you mean 'client'?");
}

TEST_CASE("Diff: explaining a pairing lists the candidates with their scores") {
  const raci::Matrix v1 = raci::load_matrix_file(dir + "v1.yaml");
  const raci::Matrix v2 = raci::load_matrix_file(dir + "v2.yaml");
  const raci::MatrixDiff diff = raci::diff_matrices(v1, v2);
  const auto e = raci::explain_pairing(v1, v2, diff, "install");
  REQUIRE(e);
  CHECK(e->in_before);
  CHECK(e->partner->id == "install-servers");
  CHECK(e->paired_by == raci::PairedBy::alignment);
  REQUIRE(!e->candidates.empty());
  CHECK(e->candidates[0].activity->id == "install-servers");
  CHECK(e->candidates[0].chosen);
  const auto added = raci::explain_pairing(v1, v2, diff, "edr");
  REQUIRE(added);
  CHECK_FALSE(added->in_before);
  CHECK(added->partner == nullptr);
  CHECK_FALSE(raci::explain_pairing(v1, v2, diff, "nothing"));
}

TEST_CASE("Diff: a letter one legend has and the other lacks is a legend change") {
  const std::string path = std::string(RACI_TEST_DATA_DIR) + "/rasci.yaml";
  const raci::Matrix after = raci::load_matrix_file(path);
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  // The same matrix without S: its legend line and its letters gone.
  for (const char* from : {"  S:\n    name: Support\n    name_fr: Soutien\n"
                           "    description: Helps the one who does the work\n"
                           "    description_fr: Aide celui qui fait le travail\n",
                           "ops: RS", "vendor: SC", "ops: S, ", "ops: S, vendor: SI"}) {
    const std::string what(from);
    const std::size_t at = yaml.find(what);
    REQUIRE(at != std::string::npos);
    const std::string to = what == "ops: RS"              ? "ops: R"
                           : what == "vendor: SC"         ? "vendor: C"
                           : what == "ops: S, "           ? ""
                           : what == "ops: S, vendor: SI" ? "vendor: I"
                                                          : "";
    yaml.replace(at, what.size(), to);
  }
  const raci::Matrix before = raci::load_matrix_yaml(yaml, "old.yaml");
  const raci::MatrixDiff diff = raci::diff_matrices(before, after);
  REQUIRE(diff.legend.size() == 1);
  CHECK(raci::role_letter(diff.legend[0].role) == 'S');
  CHECK(diff.legend[0].before.empty());
  CHECK(diff.legend[0].after == "Support: Helps the one who does the work");
  std::vector<std::string> changed;
  for (const raci::ActivityChange& change : diff.changed)
    changed.push_back(change.after->id);
  CHECK(changed == std::vector<std::string>{"plan-release", "deploy", "train-users"});
}
