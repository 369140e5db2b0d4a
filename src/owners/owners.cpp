#include "raci/owners/owners.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "load/yaml_tree.hpp"
#include "raci/analysis/diff.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/model/builder.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::todo:
      return "todo";
    case Status::in_progress:
      return "in-progress";
    case Status::done:
      return "done";
  }
  return "";
}

std::optional<Status> status_from_name(std::string_view name) {
  for (Status status : all_statuses) {
    if (status_name(status) == name) return status;
  }
  return std::nullopt;
}

namespace {

using detail::YamlNode;

constexpr int supported_format = 1;
constexpr int activity_specificity = 1000;  // an activity's own beats any section's

// The letters a plain 'owner:' covers: the party's duties, not what it is consulted or
// informed about.
constexpr std::array<Role, 2> duty_roles{Role::responsible, Role::accountable};

}  // namespace

bool is_valid_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int year = 0;
  int month = 0;
  int day = 0;
  const auto number = [&](std::size_t from, std::size_t size, int& out) {
    const char* first = text.data() + from;
    const auto [end, error] = std::from_chars(first, first + size, out);
    return error == std::errc() && end == first + size;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Walks the owners file's tree with the data loader's strictness.
class OwnersReader {
 public:
  OwnersReader(const std::string& origin, const Matrix& matrix, OwnersCheck check)
      : matrix_(matrix), check_(check) {
    owners_.origin_ = origin;
    owners_.by_activity_.resize(matrix.activities().size());
    owners_.held_.resize(matrix.activities().size());
  }

  Owners read(const YamlNode& root) {
    const Entries entries = keys(root, "the owners file",
                                 {"format", "party", "owners", "assignments"}, {"format", "party"});
    const YamlNode& format = *entries.at("format");
    if (format.kind != YamlNode::Kind::scalar || format.quoted ||
        format.value != std::to_string(supported_format)) {
      fail(format.location, fmt::format("unsupported format {} (this version of raci reads "
                                        "format {})",
                                        quote(format.value), supported_format));
    }
    read_party(*entries.at("party"));
    if (const YamlNode* list = entries.get("owners")) {
      for (const YamlNode& item : sequence(*list, "owners"))
        read_owner(item);
    }
    if (const YamlNode* list = entries.get("assignments")) {
      for (const YamlNode& item : sequence(*list, "assignments"))
        read_assignment(item);
    }
    return std::move(owners_);
  }

 private:
  // A map's values by key, after checking the keys against the ones allowed.
  struct Entries {
    std::vector<std::pair<std::string, const YamlNode*>> values;
    const YamlNode* get(std::string_view key) const {
      for (const auto& [name, node] : values) {
        if (name == key) return node;
      }
      return nullptr;
    }
    const YamlNode* at(std::string_view key) const { return get(key); }
  };

  [[noreturn]] void fail(Location where, const std::string& message) const {
    throw DataError(owners_.origin_, where, message);
  }

  Entries keys(const YamlNode& node, std::string_view what, const std::vector<std::string>& allowed,
               const std::vector<std::string>& required) const {
    if (node.kind != YamlNode::Kind::map) {
      fail(node.location, fmt::format("{} must be a mapping", what));
    }
    Entries entries;
    for (std::size_t i = 0; i < node.keys.size(); ++i) {
      const YamlNode& key = node.keys[i];
      const YamlNode& value = node.values[i];
      if (std::find(allowed.begin(), allowed.end(), key.value) == allowed.end()) {
        fail(key.location, fmt::format("unknown key {} in {}{}", quote(key.value), what,
                                       did_you_mean(key.value, allowed)));
      }
      entries.values.emplace_back(key.value, &value);
    }
    for (const std::string& key : required) {
      if (!entries.get(key)) {
        fail(node.location, fmt::format("missing required key '{}' in {}", key, what));
      }
    }
    return entries;
  }

  // A list; left empty ("owners:" followed by nothing but comments) it has no items.
  const std::vector<YamlNode>& sequence(const YamlNode& node, std::string_view key) const {
    if (node.kind == YamlNode::Kind::null) return node.items;
    if (node.kind != YamlNode::Kind::sequence) {
      fail(node.location, fmt::format("'{}' must be a sequence", key));
    }
    return node.items;
  }

  const std::string& text(const YamlNode& node, std::string_view key,
                          bool may_be_empty = false) const {
    if (node.kind != YamlNode::Kind::scalar) {
      fail(node.location, fmt::format("'{}' must be a string", key));
    }
    if (!may_be_empty && is_blank(node.value)) {
      fail(node.location, fmt::format("'{}' must not be empty", key));
    }
    return node.value;
  }

  void read_party(const YamlNode& node) {
    const std::string& name = text(node, "party");
    const std::optional<std::size_t> party = matrix_.find_party(name);
    if (!party) {
      std::vector<std::string> ids;
      for (const Party& p : matrix_.parties())
        ids.push_back(p.id);
      fail(node.location,
           fmt::format("unknown party {} (parties of {}: {}){}", quote(name),
                       quote(matrix_.title()), fmt::join(ids, ", "), did_you_mean(name, ids)));
    }
    owners_.party_ = *party;
    for (std::size_t a = 0; a < matrix_.activities().size(); ++a)
      owners_.held_[a] = matrix_.activities()[a].roles[*party];
  }

  void read_owner(const YamlNode& node) {
    const Entries entries = keys(node, "an owner", {"id", "name", "contact"}, {"id", "name"});
    Owner owner;
    owner.location = node.location;
    const YamlNode& id = *entries.at("id");
    owner.id = text(id, "id");
    if (!MatrixBuilder::is_valid_id(owner.id)) {
      fail(id.location, fmt::format("invalid id {} (an id is lowercase letters and digits in "
                                    "words joined by single hyphens, like 'network-team')",
                                    quote(owner.id)));
    }
    if (const auto first = owners_.find_owner(owner.id)) {
      fail(id.location, fmt::format("duplicate owner id {} (first at {})", quote(owner.id),
                                    line_column(owners_.owners_[*first].location)));
    }
    owner.name = text(*entries.at("name"), "name");
    if (const YamlNode* contact = entries.get("contact")) owner.contact = text(*contact, "contact");
    owners_.owners_.push_back(std::move(owner));
  }

  std::optional<std::size_t> owner_ref(const YamlNode& node, std::string_view key) const {
    const std::string& id = text(node, key, true);
    if (is_blank(id)) return std::nullopt;  // left empty, as `owners init` writes it
    if (const auto found = owners_.find_owner(id)) return found;
    std::vector<std::string> ids;
    for (const Owner& owner : owners_.owners_)
      ids.push_back(owner.id);
    fail(node.location, fmt::format("unknown owner {} (owners: {}){}", quote(id),
                                    ids.empty() ? std::string("none defined")
                                                : fmt::format("{}", fmt::join(ids, ", ")),
                                    did_you_mean(id, ids)));
  }

  void read_assignment(const YamlNode& node) {
    // A letter of the matrix's legend: R, A, C, I and any other it defines.
    std::vector<std::string> allowed{"activity", "section", "owner"};
    for (const RoleInfo& info : matrix_.legend())
      allowed.emplace_back(1, role_letter(info.role));
    for (const char* key : {"status", "due", "note"})
      allowed.emplace_back(key);
    const Entries entries = keys(node, "an assignment", allowed, {});
    Assignment assignment;
    assignment.location = node.location;
    const YamlNode* activity = entries.get("activity");
    const YamlNode* section = entries.get("section");
    if ((activity != nullptr) == (section != nullptr)) {
      fail(node.location, "an assignment names one 'activity' or one 'section'");
    }
    assignment.target = activity ? Assignment::Target::activity : Assignment::Target::section;
    assignment.id = text(activity ? *activity : *section, activity ? "activity" : "section");
    bool gives = false;
    if (const YamlNode* owner = entries.get("owner")) {
      assignment.owner = owner_ref(*owner, "owner");
      gives = true;
    }
    for (const RoleInfo& info : matrix_.legend()) {
      const Role role = info.role;
      const std::string letter(1, role_letter(role));
      if (const YamlNode* owner = entries.get(letter)) {
        assignment.letters[static_cast<std::size_t>(role)] = owner_ref(*owner, letter);
        gives = true;
      }
    }
    if (!gives) {
      fail(node.location,
           fmt::format("the assignment of {} names no owner ('owner', or a "
                       "letter: {})",
                       quote(assignment.id), fmt::join(matrix_.roles().letters(), ", ")));
    }
    if (const YamlNode* status = entries.get("status")) {
      assignment.status = status_from_name(text(*status, "status"));
      if (!assignment.status) {
        fail(status->location, fmt::format("unknown status {} (expected todo, in-progress or "
                                           "done)",
                                           quote(status->value)));
      }
    }
    if (const YamlNode* due = entries.get("due")) {
      assignment.due = text(*due, "due");
      if (!is_valid_date(assignment.due)) {
        fail(due->location,
             fmt::format("invalid date {} (expected YYYY-MM-DD)", quote(assignment.due)));
      }
    }
    if (const YamlNode* note = entries.get("note")) assignment.note = text(*note, "note");
    const std::size_t index = owners_.assignments_.size();
    owners_.assignments_.push_back(assignment);
    resolve(index, activity ? activity->location : section->location);
  }

  void stale(Location where, std::string message, std::string gone_activity = {}) {
    if (check_ == OwnersCheck::strict) fail(where, message);
    owners_.stale_.push_back({"stale", where, std::move(message), std::move(gone_activity), {}});
  }

  // Records which letters of which activities the assignment owns, refusing a second
  // assignment of the same letter at the same level.
  void resolve(std::size_t index, Location where) {
    const Assignment& assignment = owners_.assignments_[index];
    const Party& party = matrix_.parties()[owners_.party_];
    if (assignment.target == Assignment::Target::activity) {
      const Activity* activity = matrix_.find_activity(assignment.id);
      if (!activity) {
        std::vector<std::string> ids;
        for (const Activity& a : matrix_.activities())
          ids.push_back(a.id);
        stale(where,
              fmt::format("unknown activity {}{}", quote(assignment.id),
                          did_you_mean(assignment.id, ids)),
              assignment.id);
        return;
      }
      const RoleSet held = activity->roles[owners_.party_];
      for (Role role : RoleSet::any_letter().roles()) {
        if (assignment.letters[static_cast<std::size_t>(role)] && !held.contains(role)) {
          stale(where, fmt::format("{} does not hold {} in {} (it holds {})", party.name,
                                   role_letter(role), quote(activity->id),
                                   held.empty() ? std::string("nothing") : held.letters()));
        }
      }
      take(index, static_cast<std::size_t>(activity - matrix_.activities().data()),
           activity_specificity, where);
      return;
    }
    const Section* section = matrix_.find_section(assignment.id);
    if (!section) {
      std::vector<std::string> ids;
      for (const Section& s : matrix_.sections())
        ids.push_back(s.id);
      stale(where, fmt::format("unknown section {}{}", quote(assignment.id),
                               did_you_mean(assignment.id, ids)));
      return;
    }
    take_section(index, *section, static_cast<int>(section->depth) + 1, where);
  }

  void take_section(std::size_t index, const Section& section, int specificity, Location where) {
    for (std::size_t activity : section.activities)
      take(index, activity, specificity, where);
    for (std::size_t sub : section.subsections)
      take_section(index, matrix_.sections()[sub], specificity, where);
  }

  void take(std::size_t index, std::size_t activity, int specificity, Location where) {
    const Assignment& assignment = owners_.assignments_[index];
    const RoleSet held = matrix_.activities()[activity].roles[owners_.party_];
    for (Role role : held.roles()) {
      const auto r = static_cast<std::size_t>(role);
      const bool plain = assignment.owner.has_value() &&
                         std::find(duty_roles.begin(), duty_roles.end(), role) != duty_roles.end();
      // An owner left empty (as `owners init` writes it) claims nothing yet.
      if (!(assignment.letters[r].has_value() || plain) || !held.contains(role)) continue;
      auto& slot = owners_.by_activity_[activity][r];
      auto& level = specificity_[std::make_pair(activity, r)];
      if (slot && level == specificity) {
        fail(where, fmt::format("duplicate assignment of {} in {} (first at {})", role_letter(role),
                                quote(matrix_.activities()[activity].id),
                                line_column(owners_.assignments_[*slot].location)));
      }
      if (!slot || level < specificity) {
        slot = index;
        level = specificity;
      }
    }
  }

  struct PairHash {
    std::size_t operator()(const std::pair<std::size_t, std::size_t>& p) const {
      return std::hash<std::size_t>()(p.first * 32 + p.second);  // a role is below 32
    }
  };

  const Matrix& matrix_;
  OwnersCheck check_;
  Owners owners_;
  std::unordered_map<std::pair<std::size_t, std::size_t>, int, PairHash> specificity_;
};

const Assignment* Owners::assignment_for(std::size_t activity, Role role) const {
  const auto& slot = by_activity_.at(activity)[static_cast<std::size_t>(role)];
  return slot ? &assignments_[*slot] : nullptr;
}

const Owner* Owners::owner_for(std::size_t activity, Role role) const {
  const Assignment* assignment = assignment_for(activity, role);
  if (!assignment) return nullptr;
  const auto& letter = assignment->letters[static_cast<std::size_t>(role)];
  const std::optional<std::size_t> owner = letter ? letter : assignment->owner;
  return owner ? &owners_[*owner] : nullptr;
}

std::optional<std::size_t> Owners::find_owner(std::string_view id) const {
  for (std::size_t i = 0; i < owners_.size(); ++i) {
    if (owners_[i].id == id) return i;
  }
  return std::nullopt;
}

std::vector<LetterOwner> Owners::letters(std::size_t activity) const {
  std::vector<LetterOwner> out;
  for (Role role : held_.at(activity).roles()) {
    LetterOwner letter;
    letter.role = role;
    letter.owner = owner_for(activity, role);
    if (const Assignment* assignment = assignment_for(activity, role)) {
      letter.status = assignment->status.value_or(Status::todo);
      letter.due = assignment->due;
      letter.note = assignment->note;
    }
    out.push_back(letter);
  }
  return out;
}

Owners load_owners_yaml(std::string_view text, const std::string& origin, const Matrix& matrix,
                        OwnersCheck check) {
  return OwnersReader(origin, matrix, check).read(detail::parse_yaml_tree(text, origin));
}

Owners load_owners_file(const std::string& path, const Matrix& matrix, OwnersCheck check) {
  return OwnersReader(path, matrix, check).read(detail::read_yaml_tree(path));
}

std::vector<OwnersFinding> check_owners(const Matrix& matrix, const Owners& owners,
                                        const Matrix* since) {
  std::vector<OwnersFinding> findings = owners.stale();
  if (since) {
    const MatrixDiff diff = diff_matrices(*since, matrix);
    std::unordered_map<std::string_view, const Activity*> partner;
    for (const auto* pairs : {&diff.changed, &diff.same}) {
      for (const ActivityChange& change : *pairs)
        partner.emplace(change.before->id, change.after);
    }
    for (OwnersFinding& finding : findings) {
      const auto found = partner.find(finding.activity);
      if (finding.activity.empty() || found == partner.end()) continue;
      const Activity& now = *found->second;
      finding.replaced_by = now.id;
      finding.message =
          fmt::format("unknown activity {}: probably now {} ({})", quote(finding.activity),
                      quote(now.id), escape_controls(now.text));
    }
  }
  const Party& party = matrix.parties()[owners.party()];
  for (std::size_t a = 0; a < matrix.activities().size(); ++a) {
    const Activity& activity = matrix.activities()[a];
    const RoleSet held = activity.roles[owners.party()];
    for (Role role : duty_roles) {
      if (held.contains(role) && !owners.owner_for(a, role)) {
        findings.push_back(
            {"unowned",
             {},
             fmt::format("{} holds {} in {} ({}) and no owner has it", party.name,
                         role_letter(role), quote(activity.id), escape_controls(activity.text))});
      }
    }
  }
  return findings;
}

OwnersFilter::OwnersFilter(const Owners& owners, const OwnersFilterSpec& spec)
    : owners_(owners), spec_(spec) {
  if (spec.unowned && !spec.owner.empty()) {
    throw UsageError("--unowned and --owner exclude each other (an owned duty is not unowned)");
  }
  if (!spec.due_before.empty() && !is_valid_date(spec.due_before)) {
    throw UsageError(fmt::format("invalid date {} for --due-before (expected YYYY-MM-DD)",
                                 quote(spec.due_before)));
  }
  if (!spec.owner.empty()) {
    owner_ = owners.find_owner(spec.owner);
    if (!owner_) {
      std::vector<std::string> ids;
      for (const Owner& owner : owners.owners())
        ids.push_back(owner.id);
      throw UsageError(fmt::format(
          "unknown owner {} (owners in {}: {}){}", quote(spec.owner),
          escape_controls(owners.origin()),
          ids.empty() ? std::string("none defined") : fmt::format("{}", fmt::join(ids, ", ")),
          did_you_mean(spec.owner, ids)));
    }
  }
}

bool OwnersFilter::matches(std::size_t activity) const {
  for (const LetterOwner& letter : owners_.letters(activity)) {
    const bool duty =
        std::find(duty_roles.begin(), duty_roles.end(), letter.role) != duty_roles.end();
    if (!duty && !letter.owner) continue;
    if (spec_.unowned && letter.owner) continue;
    if (owner_ && letter.owner != &owners_.owners()[*owner_]) continue;
    if (spec_.status && letter.status != *spec_.status) continue;
    if (!spec_.due_before.empty() && (letter.due.empty() || letter.due >= spec_.due_before))
      continue;
    return true;
  }
  return false;
}

std::string owners_template(const Matrix& matrix, std::size_t party) {
  const Party& who = matrix.parties()[party];
  std::string out = fmt::format(
      "# The owners of {}'s duties in {} ({}), written by 'raci owners init'.\n"
      "# List your teams under 'owners', give each assignment an owner (or per letter: R: team,\n"
      "# A: other-team; a 'section:' assignment covers every activity below it), then run:\n"
      "#   raci --owners FILE owners check\n"
      "format: 1\n"
      "party: {}\n"
      "owners:\n"
      "  # - id: network\n"
      "  #   name: Network operations\n"
      "  #   contact: netops@example.com\n"
      "assignments:\n",
      who.name, matrix.title(), matrix.origin(), who.id);
  std::size_t last_section = no_section;
  for (const Activity& activity : matrix.activities()) {
    const RoleSet held = activity.roles[party];
    if (!held.contains(Role::responsible) && !held.contains(Role::accountable)) continue;
    if (activity.section != last_section) {
      std::string path;
      for (const Section* s : matrix.section_path(matrix.section_of(activity)))
        path += (path.empty() ? "" : " / ") + s->title;
      out += fmt::format("  # {}\n", escape_controls(path));
      last_section = activity.section;
    }
    out += fmt::format("  - activity: {}  # {}: {}\n    owner: ''\n", activity.id, held.letters(),
                       escape_controls(activity.text));
  }
  return out;
}

}  // namespace raci
