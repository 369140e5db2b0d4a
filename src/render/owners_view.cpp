#include "raci/render/owners_view.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "raci/util/unicode.hpp"

namespace raci {
namespace {

bool is_duty(Role role) {
  return role == Role::responsible || role == Role::accountable;
}

Json optional_text(std::string_view text) {
  return text.empty() ? Json(nullptr) : Json(std::string(text));
}

}  // namespace

std::vector<LetterOwner> owned_letters(const std::vector<LetterOwner>& letters) {
  std::vector<LetterOwner> out;
  for (const LetterOwner& letter : letters) {
    if (is_duty(letter.role) || letter.owner) out.push_back(letter);
  }
  return out;
}

std::string owners_summary(const std::vector<LetterOwner>& all) {
  // Letters with the same owner, status and due date go together, in R, A, C, I order.
  struct Group {
    std::string letters;
    const LetterOwner* first;
  };
  const std::vector<LetterOwner> letters = owned_letters(all);
  std::vector<Group> groups;
  for (const LetterOwner& letter : letters) {
    auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& group) {
      return group.first->owner == letter.owner && group.first->status == letter.status &&
             group.first->due == letter.due;
    });
    if (same == groups.end()) {
      groups.push_back({std::string(1, role_letter(letter.role)), &letter});
    } else {
      same->letters += role_letter(letter.role);
    }
  }
  std::string out;
  for (const Group& group : groups) {
    if (!out.empty()) out += ", ";
    if (groups.size() > 1) out += group.letters + ": ";
    const LetterOwner& letter = *group.first;
    out += letter.owner ? escape_controls(letter.owner->name) : std::string("no owner");
    std::vector<std::string> details;
    if (letter.owner && letter.status == Status::in_progress) details.push_back("in progress");
    if (letter.owner && letter.status == Status::done) details.push_back("done");
    if (!letter.due.empty()) details.push_back(fmt::format("due {}", letter.due));
    if (!details.empty()) out += fmt::format(" ({})", fmt::join(details, ", "));
  }
  return out;
}

bool owners_done(const std::vector<LetterOwner>& all) {
  const std::vector<LetterOwner> letters = owned_letters(all);
  return !letters.empty() && std::all_of(letters.begin(), letters.end(), [](const auto& letter) {
    return letter.status == Status::done;
  });
}

Json owners_json(const Matrix& matrix, const ActivityOwners& owners, const Activity& activity) {
  Json out{{"party", matrix.parties()[owners.party].id}};
  for (const LetterOwner& letter : owners.letters(activity)) {
    out[std::string(1, role_letter(letter.role))] = {
        {"owner", letter.owner ? Json(letter.owner->id) : Json(nullptr)},
        {"name", letter.owner ? Json(letter.owner->name) : Json(nullptr)},
        {"status", status_name(letter.status)},
        {"due", optional_text(letter.due)},
        {"note", optional_text(letter.note)}};
  }
  return out;
}

}  // namespace raci
