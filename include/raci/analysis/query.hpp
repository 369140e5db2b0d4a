#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "raci/analysis/search.hpp"
#include "raci/model/matrix.hpp"

namespace raci {

// A filter as the user wrote it on the command line; every field is optional.
struct FilterSpec {
  std::string party;    // id, name or alias
  std::string roles;    // letters, any case
  bool only = false;    // with party: no other party holds any role
  std::string section;  // id or part of a title
  std::string keyword;  // words and "quoted phrases", all of which must match (search.hpp)
  std::string phase;    // onboarding, run or exit
  std::optional<int> footnote;
};

// A filter resolved against one matrix. All conditions combine with AND.
class Filter {
 public:
  // Resolves names and checks values; throws UsageError for an unknown party, section,
  // phase or footnote, bad role letters, or --only without a party. The keyword search
  // reads word stems from `stems` (made from the matrix when not given).
  Filter(const Matrix& matrix, const FilterSpec& spec, std::shared_ptr<WordStems> stems = nullptr);

  bool matches(const Activity& activity) const;
  // The keyword search, or nullptr when there is no keyword.
  const std::shared_ptr<const Search>& search() const { return search_; }

 private:
  const Matrix& matrix_;
  std::optional<std::size_t> party_;
  RoleSet roles_;
  bool only_ = false;
  std::vector<bool> in_sections_;  // by section index; empty when not filtering by section
  std::shared_ptr<const Search> search_;
  std::optional<Phase> phase_;
  std::optional<int> footnote_;
};

// The activities that match, in document order.
std::vector<const Activity*> select(const Matrix& matrix, const Filter& filter);

// The matrix cut down to `selection` (activities of `matrix`, in document order), through the
// MatrixBuilder: those activities, the sections that hold them and their parents, the
// footnotes they cite; the title, legend, parties and glossary as they are. What `export`
// writes when it is given filters.
Matrix selected_matrix(const Matrix& matrix, const std::vector<const Activity*>& selection);

// Role letters typed by a user ("ra", "RA"); throws UsageError on anything else.
RoleSet parse_role_letters(const std::string& letters);

}  // namespace raci
