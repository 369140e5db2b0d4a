#include "generator.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>

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
constexpr std::array<const char*, 4> phases{"onboarding", "run", "run", "exit"};

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
std::array<std::string, 4> roles(Random& random) {
  std::array<std::string, 4> letters;
  const std::size_t accountable = random.below(2);  // the client or the provider
  const std::size_t responsible = random.below(3);
  for (std::size_t p = 0; p < letters.size(); ++p) {
    if (p == responsible) letters[p] += 'R';
    if (p == accountable) letters[p] += 'A';
    if (p != responsible && p != accountable) {
      const std::size_t pick = random.below(4);
      if (pick == 1) letters[p] += 'C';
      if (pick == 2) letters[p] += 'I';
    }
  }
  return letters;
}

}  // namespace

std::string generate_matrix(std::size_t activities, Syntax syntax) {
  using Json = nlohmann::ordered_json;
  Random random;
  Json matrix{{"format", 1},
              {"title", fmt::format("Synthetic matrix of {} activities", activities)},
              {"provider", "Synthetic Provider"}};
  matrix["roles"] = {{"R", {{"name", "Responsible"}, {"description", "Executes the process"}}},
                     {"A", {{"name", "Accountable"}, {"description", "Approves the process"}}},
                     {"C", {{"name", "Consulted"}, {"description", "Consulted during it"}}},
                     {"I", {{"name", "Informed"}, {"description", "Informed of the results"}}}};
  Json party_list = Json::array();
  for (const char* party : parties)
    party_list.push_back({{"id", party}, {"name", party}});
  matrix["parties"] = std::move(party_list);
  Json footnotes = Json::array();
  for (int n = 1; n <= 20; ++n) {
    footnotes.push_back({{"number", n}, {"text", fmt::format("Footnote {} applies.", n)}});
  }
  matrix["footnotes"] = std::move(footnotes);

  Json sections = Json::array();
  std::size_t made = 0;
  for (std::size_t top = 0; made < activities; ++top) {
    Json section{{"id", fmt::format("area-{}", top + 1)},
                 {"title", fmt::format("Area {}", top + 1)},
                 {"phase", phases[top % phases.size()]}};
    Json subsections = Json::array();
    for (std::size_t sub = 0; sub < 10 && made < activities; ++sub) {
      Json list = Json::array();
      for (std::size_t i = 0; i < 100 && made < activities; ++i, ++made) {
        Json activity{{"id", fmt::format("activity-{}", made + 1)},
                      {"text", fmt::format("{} {} {} (item {})", verbs[random.below(verbs.size())],
                                           objects[random.below(objects.size())],
                                           scopes[random.below(scopes.size())], made + 1)}};
        const std::array<std::string, 4> letters = roles(random);
        Json role_map = Json::object();
        for (std::size_t p = 0; p < parties.size(); ++p) {
          if (!letters[p].empty()) role_map[parties[p]] = letters[p];
        }
        activity["roles"] = std::move(role_map);
        if (random.below(10) == 0) activity["footnotes"] = {1 + random.below(20)};
        list.push_back(std::move(activity));
      }
      subsections.push_back({{"id", fmt::format("area-{}-part-{}", top + 1, sub + 1)},
                             {"title", fmt::format("Part {}.{}", top + 1, sub + 1)},
                             {"activities", std::move(list)}});
    }
    section["sections"] = std::move(subsections);
    sections.push_back(std::move(section));
  }
  matrix["sections"] = std::move(sections);
  if (syntax == Syntax::json) return matrix.dump(1) + "\n";

  // YAML in the block style people write, one activity's roles on one line.
  std::string out =
      fmt::format("format: 1\ntitle: {}\nprovider: {}\nroles:\n",
                  matrix["title"].get<std::string>(), matrix["provider"].get<std::string>());
  for (const auto& [letter, info] : matrix["roles"].items()) {
    out += fmt::format("  {}: {{name: {}, description: {}}}\n", letter,
                       info["name"].get<std::string>(), info["description"].get<std::string>());
  }
  out += "parties:\n";
  for (const char* party : parties)
    out += fmt::format("  - {{id: {0}, name: {0}}}\n", party);
  out += "footnotes:\n";
  for (const Json& f : matrix["footnotes"]) {
    out += fmt::format("  - number: {}\n    text: {}\n", f["number"].get<int>(),
                       f["text"].get<std::string>());
  }
  out += "sections:\n";
  for (const Json& section : matrix["sections"]) {
    out += fmt::format("  - id: {}\n    title: {}\n    phase: {}\n    sections:\n",
                       section["id"].get<std::string>(), section["title"].get<std::string>(),
                       section["phase"].get<std::string>());
    for (const Json& sub : section["sections"]) {
      out += fmt::format("      - id: {}\n        title: {}\n        activities:\n",
                         sub["id"].get<std::string>(), sub["title"].get<std::string>());
      for (const Json& a : sub["activities"]) {
        out += fmt::format("          - id: {}\n            text: {}\n            roles: {{",
                           a["id"].get<std::string>(), a["text"].get<std::string>());
        bool first = true;
        for (const auto& [party, letters] : a["roles"].items()) {
          out += fmt::format("{}{}: {}", first ? "" : ", ", party, letters.get<std::string>());
          first = false;
        }
        out += "}\n";
        if (a.contains("footnotes")) {
          out += fmt::format("            footnotes: [{}]\n", a["footnotes"][0].get<int>());
        }
      }
    }
  }
  return out;
}

}  // namespace raci::bench
