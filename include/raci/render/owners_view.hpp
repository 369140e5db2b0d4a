#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/owners/owners.hpp"
#include "raci/render/json_writer.hpp"

// The owners of one party's duties as every renderer shows them (--owners, docs/owners.md).
namespace raci {

// What the renderers need of an owners file: its party, and per activity of the matrix they
// print the letters that party holds with their owners.
struct ActivityOwners {
  std::size_t party = 0;
  const std::vector<Owner>* owners = nullptr;  // every owner of the file, in its order
  std::function<std::vector<LetterOwner>(const Activity&)> letters;
};

// The letters a summary speaks of: the party's duties (R, A) and any other letter it holds
// that has an owner.
std::vector<LetterOwner> owned_letters(const std::vector<LetterOwner>& letters);

// Who carries the activity, in one phrase: "Platform team", "Platform team (in progress, due
// 2027-03-31)", or per letter "R: Platform team, A: CISO"; "no owner" for a duty nobody owns.
// Empty when the party holds no duty and owns no letter there.
std::string owners_summary(const std::vector<LetterOwner>& letters);

// Whether every letter the summary speaks of is done (and there is one).
bool owners_done(const std::vector<LetterOwner>& letters);

// The "owners" object of an activity in JSON (docs/json-output.md): the party's id, and per
// letter it holds {"owner", "name", "status", "due", "note"}.
Json owners_json(const Matrix& matrix, const ActivityOwners& owners, const Activity& activity);

}  // namespace raci
