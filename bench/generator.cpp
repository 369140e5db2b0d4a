#include "generator.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>

#include "raci/model/builder.hpp"
#include "raci/render/export.hpp"

namespace raci::bench {
namespace {

constexpr std::array<const char*, 12> verbs{"Ensure",   "Manage",  "Define",    "Monitor",
                                            "Review",   "Operate", "Plan",      "Test",
                                            "Document", "Approve", "Configure", "Audit"};
constexpr std::array<const char*, 24> objects{
    "the backup policies",    "the network links",        "the storage capacity",
    "the identity provider",  "the firewall rules",       "the patch schedule",
    "the incident process",   "the change calendar",      "the disaster recovery plan",
    "the monitoring probes",  "the access reviews",       "the encryption keys",
    "the virtual machines",   "the hypervisor clusters",  "the log retention",
    "the capacity forecasts", "the service catalogue",    "the security baseline",
    "the database replicas",  "the certificate renewals", "the cost reports",
    "the vendor contracts",   "the API gateways",         "the container registry"};
constexpr std::array<const char*, 8> scopes{
    "for the production tenants",   "in every availability zone",    "of the client environments",
    "within the provider platform", "for the regulated workloads",   "across the data centres",
    "before each release",          "during the reversibility phase"};
constexpr std::array<const char*, 4> parties{"client", "provider", "integrator", "auditor"};
constexpr std::array<Phase, 4> phases{Phase::onboarding, Phase::run, Phase::run, Phase::exit};

// A small deterministic generator (xorshift), so every run gives the same matrix.
class Random {
 public:
  std::uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_ = 0x9e3779b97f4a7c15ULL;
};

// Role letters for each party: exactly one A, at least one R.
std::array<RoleSet, 4> roles(Random& random) {
  std::array<RoleSet, 4> letters;
  const std::size_t accountable = random.below(2);  // the client or the provider
  const std::size_t responsible = random.below(3);
  for (std::size_t p = 0; p < letters.size(); ++p) {
    if (p == responsible) letters[p].insert(Role::responsible);
    if (p == accountable) letters[p].insert(Role::accountable);
    if (p != responsible && p != accountable) {
      const std::size_t pick = random.below(4);
      if (pick == 1) letters[p].insert(Role::consulted);
      if (pick == 2) letters[p].insert(Role::informed);
    }
  }
  return letters;
}

}  // namespace

Matrix generate_matrix(std::size_t activities) {
  Random random;
  MatrixBuilder builder("generated");
  builder.set_title(fmt::format("Synthetic matrix of {} activities", activities));
  builder.set_provider("Synthetic Provider");
  constexpr std::array<std::array<const char*, 2>, 4> legend{{
      {"Responsible", "Executes the process"},
      {"Accountable", "Approves the process"},
      {"Consulted", "Consulted during it"},
      {"Informed", "Informed of the results"},
  }};
  for (std::size_t r = 0; r < all_roles.size(); ++r) {
    builder.set_role_name(all_roles[r], legend[r][0]);
    builder.set_role_description(all_roles[r], legend[r][1]);
  }
  for (const char* name : parties) {
    const std::size_t party = builder.add_party();
    builder.set_party_id(party, name);
    builder.set_party_name(party, name);
  }
  builder.end_parties();
  for (int n = 1; n <= 20; ++n) {
    const std::size_t footnote = builder.add_footnote();
    builder.set_footnote_number(footnote, n);
    builder.set_footnote_text(footnote, fmt::format("Footnote {} applies.", n));
  }
  builder.end_footnotes();
  std::size_t made = 0;
  for (std::size_t top = 0; made < activities; ++top) {
    const std::size_t area = builder.add_section(no_section);
    builder.set_section_id(area, fmt::format("area-{}", top + 1));
    builder.set_section_title(area, fmt::format("Area {}", top + 1));
    builder.set_section_phase(area, phases[top % phases.size()]);
    for (std::size_t sub = 0; sub < 10 && made < activities; ++sub) {
      const std::size_t part = builder.add_section(area);
      builder.set_section_id(part, fmt::format("area-{}-part-{}", top + 1, sub + 1));
      builder.set_section_title(part, fmt::format("Part {}.{}", top + 1, sub + 1));
      for (std::size_t i = 0; i < 100 && made < activities; ++i, ++made) {
        const std::size_t activity = builder.add_activity(part);
        builder.set_activity_id(activity, fmt::format("activity-{}", made + 1));
        builder.set_activity_text(
            activity, fmt::format("{} {} {} (item {})", verbs[random.below(verbs.size())],
                                  objects[random.below(objects.size())],
                                  scopes[random.below(scopes.size())], made + 1));
        const std::array<RoleSet, 4> letters = roles(random);
        for (std::size_t p = 0; p < parties.size(); ++p) {
          if (!letters[p].empty()) builder.set_roles(activity, parties[p], letters[p]);
        }
        if (random.below(10) == 0) {
          builder.add_citation(activity, static_cast<int>(1 + random.below(20)));
        }
      }
    }
  }
  return builder.finish();
}

std::string generate_matrix(std::size_t activities, Syntax syntax) {
  const Matrix matrix = generate_matrix(activities);
  return syntax == Syntax::json ? export_json(matrix) : export_yaml(matrix);
}

}  // namespace raci::bench
