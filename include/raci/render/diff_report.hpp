#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "raci/analysis/diff.hpp"
#include "raci/model/matrix.hpp"
#include "raci/render/table.hpp"

// raci diff's reports for people: the terminal text, a Markdown change report, the counts,
// one party's duties and the explanation of a pairing.
namespace raci {

// Every change, one block each, then the counts in one line. With colour, the words a
// rewording removed are red and the words it added green.
std::string diff_text(const Matrix& before, const Matrix& after, const MatrixDiff& diff,
                      const Layout& layout);
// A change report to paste into a ticket: counts, then a section per kind of change.
std::string diff_markdown(const Matrix& before, const Matrix& after, const MatrixDiff& diff);
// Counts only, one per line.
std::string diff_stat_text(const MatrixDiff& diff);

std::string party_duties_text(const Matrix& before, const Matrix& after, const PartyDuties& duties,
                              std::optional<Role> role);
std::string party_duties_markdown(const Matrix& before, const Matrix& after,
                                  const PartyDuties& duties, std::optional<Role> role);

std::string explanation_text(const Matrix& before, const Matrix& after,
                             const PairingExplanation& explanation);

// The two texts with the words that differ wrapped in `before_mark`/`after_mark` and `end`
// (a longest common subsequence of folded words); the texts as they are when nothing is
// marked.
std::pair<std::string, std::string> mark_changed_words(std::string_view old_text,
                                                       std::string_view new_text,
                                                       std::string_view old_mark,
                                                       std::string_view new_mark,
                                                       std::string_view end);

}  // namespace raci
