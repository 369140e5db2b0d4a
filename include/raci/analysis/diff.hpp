#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "raci/model/matrix.hpp"

namespace raci {

struct RoleChange {
  std::string party;   // party id
  std::string before;  // letters in R, A, C, I order; "" for none
  std::string after;
};

// How an old and a new activity came to be paired.
enum class PairedBy {
  id,         // the same id on both sides: decisive
  same_text,  // the same text (ignoring case and accents), found once on each side
  alignment,  // similar texts at corresponding places of the two documents
  moved,      // a clearly similar text found elsewhere
};

std::string_view paired_by_name(PairedBy how);

// One activity found in both matrices, and how it changed.
struct ActivityChange {
  const Activity* before = nullptr;
  const Activity* after = nullptr;
  bool reworded = false;   // the text differs
  bool moved = false;      // it stands in a section that is not the old one's counterpart
  bool footnotes = false;  // the texts of the footnotes it cites differ
  std::vector<RoleChange> roles;
  PairedBy paired_by = PairedBy::id;
  double similarity = 0;  // of the two texts, 0 to 1
};

// A section found on both sides whose title changed (reported once, not on its rows).
struct SectionRename {
  const Section* before = nullptr;
  const Section* after = nullptr;
};

// A party, legend line or footnote that was added (before empty), removed (after empty) or
// changed: a party's name, a role's name and description, a footnote's text.
struct PartyChange {
  std::string id;
  std::optional<std::string> before;  // the name
  std::optional<std::string> after;
};
struct LegendChange {
  Role role = Role::responsible;
  std::string before;  // "name: description"
  std::string after;
};
struct FootnoteChange {
  int number = 0;
  std::optional<std::string> before;
  std::optional<std::string> after;
};

struct MatrixDiff {
  std::vector<const Activity*> added;    // in the new matrix's order
  std::vector<const Activity*> removed;  // in the old matrix's order
  std::vector<ActivityChange> changed;   // in the new matrix's order
  std::vector<ActivityChange> same;      // pairs with no change at all, in the new order
  // For each old section, the new section it corresponds to, or no_section.
  std::vector<std::size_t> section_partner;
  std::vector<SectionRename> renamed_sections;  // in the new matrix's order
  std::vector<PartyChange> parties;
  std::vector<LegendChange> legend;
  std::vector<FootnoteChange> footnotes;
  bool empty() const {
    return added.empty() && removed.empty() && changed.empty() && renamed_sections.empty() &&
           parties.empty() && legend.empty() && footnotes.empty();
  }
};

// An aligned pair needs this word similarity (document order already vouches for it); a
// pair across sections that do not correspond needs the second ("clearly the same text").
inline constexpr double diff_align_threshold = 0.35;
inline constexpr double diff_moved_threshold = 0.7;

// Pairs the activities of two matrices one to one and reports what changed. Pairing, as a
// text diff aligns lines: the same id is decisive, a text found once on each side pairs;
// the rest is aligned in document order (a weighted longest common subsequence on word-stem
// similarity, identical role letters as a bonus, banded on huge stretches); sections pair by
// the activities they share, and a pair across sections that do not correspond stays only
// when its texts are clearly the same ("moved"). The leftovers are searched for clearly
// similar texts through an index of word stems. The matrices must outlive the result.
MatrixDiff diff_matrices(const Matrix& before, const Matrix& after);

// How many changes of each kind a diff holds, in the order the reports list them: the
// name (as `--stat` prints it, spaces for the JSON's underscores) and the count.
std::vector<std::pair<std::string_view, std::size_t>> count_changes(const MatrixDiff& diff);

// Word similarity of two texts, 0 to 1: the share of word stems (English Snowball stems of
// folded words) they have in common, as the Dice coefficient over distinct stems.
double text_similarity(std::string_view a, std::string_view b);

// Why an activity was paired or not: its candidates on the other side with their scores.
struct PairingCandidate {
  const Activity* activity = nullptr;
  double similarity = 0;  // weighted word similarity, as the diff scores it
  bool same_roles = false;
  bool same_section = false;  // in the counterpart of its section
  bool chosen = false;
};
struct PairingExplanation {
  const Activity* activity = nullptr;
  bool in_before = true;  // the id was found in the old matrix (else in the new one)
  const Activity* partner = nullptr;
  std::optional<PairedBy> paired_by;
  std::vector<PairingCandidate> candidates;  // best first, at most `limit`
};

// Explains the pairing of the activity `id` (looked up in the old matrix, then the new one);
// nullopt when neither has it.
std::optional<PairingExplanation> explain_pairing(const Matrix& before, const Matrix& after,
                                                  const MatrixDiff& diff, std::string_view id,
                                                  std::size_t limit = 5);

// What changed in one party's duties: `role`, when given, narrows to that letter.
struct DutyChange {
  const Activity* before = nullptr;  // null for an added activity
  const Activity* after = nullptr;   // null for a removed one
  std::string old_letters;
  std::string new_letters;
};
struct PartyDuties {
  std::string party;                       // the party id
  std::vector<DutyChange> new_duties;      // added activities it holds, roles gained
  std::vector<DutyChange> duties_gone;     // removed activities it held, roles lost
  std::vector<DutyChange> changed_duties;  // letters changed
  bool empty() const { return new_duties.empty() && duties_gone.empty() && changed_duties.empty(); }
};

// `party` is an id, name or alias in either matrix; throws UsageError when neither has it.
PartyDuties party_duties(const Matrix& before, const Matrix& after, const MatrixDiff& diff,
                         std::string_view party, std::optional<Role> role = std::nullopt);

}  // namespace raci
