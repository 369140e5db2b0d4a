#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/util/error.hpp"

// An organisation's own owners on top of a provider's matrix (docs/owners.md): which team
// carries each duty of one party, per role letter, with a status and a due date.
namespace raci {

enum class Status : std::uint8_t { todo, in_progress, done };

inline constexpr std::array<Status, 3> all_statuses{Status::todo, Status::in_progress,
                                                    Status::done};

std::string_view status_name(Status status);
std::optional<Status> status_from_name(std::string_view name);

// A team or a person who can own duties.
struct Owner {
  std::string id;
  std::string name;
  std::string contact;
  Location location;
};

// One line of the owners file: an activity or a whole section (every activity below it)
// given to owners, per letter or for every letter the party holds there.
struct Assignment {
  enum class Target : std::uint8_t { activity, section };
  Target target = Target::activity;
  std::string id;  // the activity's or section's id, as written
  // The owner of each letter (an index into Owners::owners()); none where not given.
  std::array<std::optional<std::size_t>, role_count> letters;  // by Role
  std::optional<std::size_t> owner;  // 'owner:': every letter the party holds among R and A
  std::optional<Status> status;
  std::string due;  // YYYY-MM-DD, or empty
  std::string note;
  Location location;
};

// A problem of an assignment with the matrix it is read against: what `owners check`
// reports, and what loading refuses outside of it.
struct OwnersFinding {
  std::string rule;   // "unowned" or "stale"
  Location location;  // in the owners file; line 0 for an unowned duty
  std::string message;
  std::string activity;     // a stale assignment's activity id the matrix no longer has
  std::string replaced_by;  // the new activity the diff pairs it with (check_owners --since)
};

// What the owners file says of one letter the party holds in an activity: its owner (none
// yet when null), and the status, due date and note of the assignment that gives it.
struct LetterOwner {
  Role role = Role::responsible;
  const Owner* owner = nullptr;
  Status status = Status::todo;
  std::string_view due;  // YYYY-MM-DD, or empty
  std::string_view note;
};

// Who owns what: an owners file resolved against a matrix.
class Owners {
 public:
  const std::string& origin() const { return origin_; }
  std::size_t party() const { return party_; }
  const std::vector<Owner>& owners() const { return owners_; }
  const std::vector<Assignment>& assignments() const { return assignments_; }
  // The assignment that gives `letter` of `activity` (an index into the matrix's
  // activities) an owner, if any; the most specific wins (an activity over its sections).
  const Assignment* assignment_for(std::size_t activity, Role role) const;
  // The owner of that letter, if any.
  const Owner* owner_for(std::size_t activity, Role role) const;
  std::optional<std::size_t> find_owner(std::string_view id) const;
  // Every letter the party holds in `activity`, in R, A, C, I order, with its owner.
  std::vector<LetterOwner> letters(std::size_t activity) const;

  // Assignments that point at what the matrix no longer has (activities, sections, letters
  // the party holds); loading with OwnersCheck::strict refuses the first of them.
  const std::vector<OwnersFinding>& stale() const { return stale_; }

 private:
  friend class OwnersReader;
  std::string origin_;
  std::size_t party_ = 0;
  std::vector<Owner> owners_;
  std::vector<Assignment> assignments_;
  // Per activity and letter: the assignment in force, and how specific it is (the depth of
  // its section + 1, or 1000 for an activity's own).
  std::vector<std::array<std::optional<std::size_t>, role_count>> by_activity_;
  std::vector<RoleSet> held_;  // the party's letters, per activity
  std::vector<OwnersFinding> stale_;
};

// Whether references the matrix no longer has are errors (every command but `owners check`)
// or findings (`owners check`, which reports them all).
enum class OwnersCheck { strict, report };

// Reads an owners file against `matrix`. Throws DataError (FILE:LINE:COL) for anything the
// format does not allow, and with OwnersCheck::strict for the first stale assignment.
Owners load_owners_file(const std::string& path, const Matrix& matrix, OwnersCheck check);
Owners load_owners_yaml(std::string_view text, const std::string& origin, const Matrix& matrix,
                        OwnersCheck check);

// Whether `text` is a date as the owners file writes it: YYYY-MM-DD, a day that exists.
bool is_valid_date(std::string_view text);

// Every duty of the owners' party (a letter among R and A it holds) that has no owner, and
// every stale assignment: what `raci owners check` prints. With `since`, the matrix the
// owners file was written against, an assignment of an activity id that is gone names the
// activity the diff pairs it with (diff_matrices(*since, matrix)), if any.
std::vector<OwnersFinding> check_owners(const Matrix& matrix, const Owners& owners,
                                        const Matrix* since = nullptr);

// Which of the owners' party's letters an owner filter keeps (docs/owners.md): all the given
// conditions hold for one letter. The letters looked at are the party's duties (R, A) and
// any other letter it holds that has an owner; one without an assignment is 'todo'.
struct OwnersFilterSpec {
  std::string owner;             // an owner id: the letters it owns
  bool unowned = false;          // the duties nobody owns
  std::optional<Status> status;  // the letters with this status
  std::string due_before;        // YYYY-MM-DD: the letters due strictly before that day
  bool given() const { return !owner.empty() || unowned || status || !due_before.empty(); }
};

class OwnersFilter {
 public:
  // Throws UsageError for an unknown owner (with "did you mean"), an invalid date, or
  // --unowned with --owner.
  OwnersFilter(const Owners& owners, const OwnersFilterSpec& spec);
  // `activity` is an index into the matrix the owners were read against.
  bool matches(std::size_t activity) const;

 private:
  const Owners& owners_;
  OwnersFilterSpec spec_;
  std::optional<std::size_t> owner_;
};

// A starter owners file for `party`: every activity where it holds R or A, grouped by
// section, with an empty owner to fill in.
std::string owners_template(const Matrix& matrix, std::size_t party);

}  // namespace raci
