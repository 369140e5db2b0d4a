#include "raci/analysis/diff.hpp"

#include <catch2/catch.hpp>

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

TEST_CASE("Diff: text similarity is the share of common words") {
  CHECK(raci::text_similarity("Patch the hypervisors", "patch THE hypervisors.") == 1.0);
  CHECK(raci::text_similarity("a b c d", "a b x y") == Approx(2.0 / 6.0));
  CHECK(raci::text_similarity("Sécurité", "securite") == 1.0);
  CHECK(raci::text_similarity("one", "two") == 0.0);
}
