#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "raci/analysis/search.hpp"
#include "raci/model/matrix.hpp"

namespace raci {

// A filter as the user wrote it on the command line; every field is optional. A field lists
// what its option was given, once per use: an activity matches a field when it matches any
// of its values (OR), and every field given (AND).
struct FilterSpec {
  std::vector<std::string> party;  // ids, names or aliases
  std::vector<std::string> roles;  // letter sets, any case: "RA" holds both, {"R", "A"} either
  // The letters --role may use: those of every matrix asked (several may be); when empty,
  // the matrix's own legend. A letter its matrix lacks matches nothing there.
  RoleSet roles_defined;
  bool only = false;                 // with party: no party but those holds any role
  std::vector<std::string> section;  // ids or parts of titles
  // Each: words and "quoted phrases", all of which must match (search.hpp).
  std::vector<std::string> keyword;
  std::vector<std::string> phase;  // onboarding, run or exit
  std::vector<int> footnote;
};

// A filter resolved against one matrix. Different conditions combine with AND; the values of
// one condition with OR.
class Filter {
 public:
  // Resolves names and checks values; throws UsageError for an unknown party, section,
  // phase or footnote, bad role letters, or --only without a party. The keyword search
  // reads word stems from `stems` (made from the matrix when not given).
  Filter(const Matrix& matrix, const FilterSpec& spec, std::shared_ptr<WordStems> stems = nullptr);

  bool matches(const Activity& activity) const;
  // The keyword searches, one per keyword with words, in the order given.
  const std::vector<std::shared_ptr<const Search>>& searches() const { return searches_; }
  // The parties named (indexes, in the order given, each once); empty without --party.
  const std::vector<std::size_t>& parties() const { return parties_; }

 private:
  bool roles_match(RoleSet held) const;

  const Matrix& matrix_;
  std::vector<std::size_t> parties_;
  std::vector<bool> is_party_;  // by party index; empty without --party
  std::vector<RoleSet> roles_;
  bool only_ = false;
  std::vector<bool> in_sections_;  // by section index; empty when not filtering by section
  std::vector<std::shared_ptr<const Search>> searches_;
  std::vector<Phase> phases_;
  std::vector<int> footnotes_;
};

// The activities that match, in document order.
std::vector<const Activity*> select(const Matrix& matrix, const Filter& filter);

// The matrix cut down to `selection` (activities of `matrix`, in document order), through the
// MatrixBuilder: those activities, the sections that hold them and their parents, the
// footnotes they cite; the title, legend, parties and glossary as they are. What `export`
// writes when it is given filters.
Matrix selected_matrix(const Matrix& matrix, const std::vector<const Activity*>& selection);

// Role letters typed by a user ("ra", "RA"), among `defined`; throws UsageError on anything
// else.
RoleSet parse_role_letters(const std::string& letters, RoleSet defined = RoleSet::core());

}  // namespace raci
