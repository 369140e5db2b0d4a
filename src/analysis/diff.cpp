#include "raci/analysis/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "diff_index.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/util/error.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

using diff_detail::DiffIndex;
using diff_detail::npos;

constexpr double align_threshold = diff_align_threshold;
constexpr double moved_threshold = diff_moved_threshold;
// Beyond this many cells a stretch is aligned within a band around its diagonal.
constexpr std::size_t full_alignment_cells = 1U << 18;

struct Pairs {
  std::vector<std::size_t> of_old;  // new index, or npos
  std::vector<std::size_t> of_new;
  std::vector<PairedBy> how;  // by old index
  Pairs(std::size_t olds, std::size_t news)
      : of_old(olds, npos), of_new(news, npos), how(olds, PairedBy::id) {}
  void pair(std::size_t o, std::size_t n, PairedBy by) {
    of_old[o] = n;
    of_new[n] = o;
    how[o] = by;
  }
  void unpair(std::size_t o) {
    of_new[of_old[o]] = npos;
    of_old[o] = npos;
  }
};

// Pairs texts found exactly once on each side, then the same ids among the rest when their
// texts are similar: ids made from the text by an import are not stable (a "-2" moves to
// another row). An id pair with dissimilar texts is left to the alignment, where the same id
// still weighs.
void pair_fixed(const DiffIndex& index, Pairs& pairs) {
  const auto& olds = index.before().activities();
  const auto& news = index.after().activities();
  struct Count {
    std::size_t olds = 0, news = 0, old_index = npos, new_index = npos;
  };
  std::unordered_map<std::string_view, Count> by_text;
  for (std::size_t o = 0; o < olds.size(); ++o) {
    Count& c = by_text[index.old_text(o)];
    ++c.olds;
    c.old_index = o;
  }
  for (std::size_t n = 0; n < news.size(); ++n) {
    const auto it = by_text.find(index.new_text(n));
    if (it == by_text.end()) continue;
    ++it->second.news;
    it->second.new_index = n;
  }
  for (const auto& [text, c] : by_text) {
    if (c.olds == 1 && c.news == 1) pairs.pair(c.old_index, c.new_index, PairedBy::same_text);
  }
  for (std::size_t o = 0; o < olds.size(); ++o) {
    if (pairs.of_old[o] != npos) continue;
    if (const Activity* now = index.after().find_activity(olds[o].id)) {
      const auto n = static_cast<std::size_t>(now - news.data());
      if (pairs.of_new[n] == npos && index.similarity(o, n) >= align_threshold)
        pairs.pair(o, n, PairedBy::id);
    }
  }
}

// The fixed pairs that keep document order on both sides (a longest increasing
// subsequence, patience style), by old index.
std::vector<std::size_t> ordered_anchors(const Pairs& pairs) {
  std::vector<std::size_t> olds;
  for (std::size_t o = 0; o < pairs.of_old.size(); ++o) {
    if (pairs.of_old[o] != npos) olds.push_back(o);
  }
  std::vector<std::size_t> tails;  // index into olds of the smallest tail per length
  std::vector<std::size_t> previous(olds.size(), npos);
  for (std::size_t k = 0; k < olds.size(); ++k) {
    const std::size_t n = pairs.of_old[olds[k]];
    const auto it =
        std::lower_bound(tails.begin(), tails.end(), n,
                         [&](std::size_t t, std::size_t v) { return pairs.of_old[olds[t]] < v; });
    if (it != tails.begin()) previous[k] = *(it - 1);
    if (it == tails.end()) {
      tails.push_back(k);
    } else {
      *it = k;
    }
  }
  std::vector<std::size_t> chain;
  for (std::size_t k = tails.empty() ? npos : tails.back(); k != npos; k = previous[k])
    chain.push_back(olds[k]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

// A weighted longest common subsequence of two stretches of unpaired activities: each pair
// scores its similarity (plus a bonus for identical roles), only above the threshold. On a
// huge stretch, rows look only at the band of columns around their diagonal.
void align(const DiffIndex& index, const std::vector<std::size_t>& olds,
           const std::vector<std::size_t>& news, Pairs& pairs) {
  const std::size_t rows = olds.size();
  const std::size_t cols = news.size();
  if (rows == 0 || cols == 0) return;
  std::size_t half = cols;
  if (rows * cols > full_alignment_cells) {
    half = std::max<std::size_t>({full_alignment_cells / (2 * rows), cols / rows + 2, 8});
  }
  const auto low = [&](std::size_t i) {
    const std::size_t center = i * cols / rows;
    return center > half ? center - half : std::size_t{1};
  };
  const auto high = [&](std::size_t i) { return std::min(cols, i * cols / rows + half); };
  constexpr double unreachable = -1.0;
  // Row i holds columns low(i)..high(i); row 0 and column 0 are all zero.
  std::vector<std::vector<double>> score(rows + 1);
  std::vector<std::vector<std::uint8_t>> step(rows + 1);  // 0 up, 1 left, 2 diagonal
  const auto value = [&](std::size_t i, std::size_t j) {
    if (i == 0 || j == 0) return 0.0;
    const std::size_t lo = low(i);
    if (j < lo || j > high(i)) return unreachable;
    return score[i][j - lo];
  };
  for (std::size_t i = 1; i <= rows; ++i) {
    const std::size_t lo = low(i);
    const std::size_t hi = high(i);
    score[i].assign(hi >= lo ? hi - lo + 1 : 0, unreachable);
    step[i].assign(score[i].size(), 0);
    for (std::size_t j = lo; j <= hi; ++j) {
      double best = value(i - 1, j);
      std::uint8_t how = 0;
      if (const double left = value(i, j - 1); left > best) {
        best = left;
        how = 1;
      }
      const double diagonal = value(i - 1, j - 1);
      if (diagonal >= 0) {
        const double pair = index.pair_score(olds[i - 1], news[j - 1], align_threshold);
        if (pair > 0 && diagonal + pair > best) {
          best = diagonal + pair;
          how = 2;
        }
      }
      score[i][j - lo] = best;
      step[i][j - lo] = how;
    }
  }
  std::size_t i = rows;
  std::size_t j = cols;
  while (i > 0 && j > 0) {
    const std::size_t lo = low(i);
    if (j < lo || j > high(i)) break;  // cannot happen: every band reaches its neighbours
    switch (step[i][j - lo]) {
      case 2:
        pairs.pair(olds[i - 1], news[j - 1],
                   index.same_id(olds[i - 1], news[j - 1]) ? PairedBy::id : PairedBy::alignment);
        --i;
        --j;
        break;
      case 1:
        --j;
        break;
      default:
        --i;
    }
  }
}

// Aligns the stretches between consecutive ordered anchors.
void align_between_anchors(const DiffIndex& index, Pairs& pairs) {
  const std::vector<std::size_t> anchors = ordered_anchors(pairs);
  std::size_t old_begin = 0;
  std::size_t new_begin = 0;
  const auto stretch = [&](std::size_t old_end, std::size_t new_end) {
    std::vector<std::size_t> olds;
    std::vector<std::size_t> news;
    for (std::size_t o = old_begin; o < old_end; ++o) {
      if (pairs.of_old[o] == npos) olds.push_back(o);
    }
    for (std::size_t n = new_begin; n < new_end; ++n) {
      if (pairs.of_new[n] == npos) news.push_back(n);
    }
    align(index, olds, news, pairs);
  };
  for (std::size_t o : anchors) {
    const std::size_t n = pairs.of_old[o];
    stretch(o, n);
    old_begin = o + 1;
    new_begin = n + 1;
  }
  stretch(pairs.of_old.size(), pairs.of_new.size());
}

// Sections correspond when the activities paired so far say so: every pair votes for its
// two sections and their ancestors level by level, best-supported first, one to one; the
// sections left over pair by identical title.
std::vector<std::size_t> pair_sections(const DiffIndex& index, const Pairs& pairs) {
  const Matrix& before = index.before();
  const Matrix& after = index.after();
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> votes;
  for (std::size_t o = 0; o < pairs.of_old.size(); ++o) {
    if (pairs.of_old[o] == npos) continue;
    const auto old_path = before.section_path(before.section_of(before.activities()[o]));
    const auto new_path = after.section_path(after.section_of(after.activities()[pairs.of_old[o]]));
    for (std::size_t d = 0; d < std::min(old_path.size(), new_path.size()); ++d) {
      ++votes[{static_cast<std::size_t>(old_path[d] - before.sections().data()),
               static_cast<std::size_t>(new_path[d] - after.sections().data())}];
    }
  }
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::size_t>> ranked(votes.begin(),
                                                                                  votes.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::size_t> partner(before.sections().size(), no_section);
  std::vector<bool> taken(after.sections().size(), false);
  for (const auto& [sections, count] : ranked) {
    if (partner[sections.first] != no_section || taken[sections.second]) continue;
    partner[sections.first] = sections.second;
    taken[sections.second] = true;
  }
  std::unordered_map<std::string, std::vector<std::size_t>> new_by_title;
  for (std::size_t s = after.sections().size(); s-- > 0;) {
    if (!taken[s]) new_by_title[fold(after.sections()[s].title)].push_back(s);
  }
  for (std::size_t s = 0; s < before.sections().size(); ++s) {
    if (partner[s] != no_section) continue;
    auto it = new_by_title.find(fold(before.sections()[s].title));
    if (it == new_by_title.end() || it->second.empty()) continue;
    partner[s] = it->second.back();
    it->second.pop_back();
  }
  return partner;
}

bool corresponding(const DiffIndex& index, const std::vector<std::size_t>& section_partner,
                   std::size_t o, std::size_t n) {
  return section_partner[index.before().activities()[o].section] ==
         index.after().activities()[n].section;
}

// A pair across sections that do not correspond stays only when the texts are clearly the
// same.
void drop_unclear_moves(const DiffIndex& index, const std::vector<std::size_t>& section_partner,
                        Pairs& pairs) {
  for (std::size_t o = 0; o < pairs.of_old.size(); ++o) {
    const std::size_t n = pairs.of_old[o];
    if (n == npos || pairs.how[o] != PairedBy::alignment || index.same_id(o, n)) continue;
    if (!corresponding(index, section_partner, o, n) && index.similarity(o, n) < moved_threshold) {
      pairs.unpair(o);
    }
  }
}

// The leftovers, searched through the stem index: within corresponding sections a similar
// text pairs (rows reordered), across sections only a clearly similar one (rows moved).
void pair_leftovers(const DiffIndex& index, const std::vector<std::size_t>& section_partner,
                    Pairs& pairs) {
  std::vector<std::size_t> olds;
  std::vector<std::size_t> news;
  for (std::size_t o = 0; o < pairs.of_old.size(); ++o) {
    if (pairs.of_old[o] == npos) olds.push_back(o);
  }
  for (std::size_t n = 0; n < pairs.of_new.size(); ++n) {
    if (pairs.of_new[n] == npos) news.push_back(n);
  }
  if (olds.empty() || news.empty()) return;
  struct Candidate {
    double score;
    std::size_t o;
    std::size_t n;
  };
  std::vector<Candidate> candidates;
  for (std::size_t o : olds) {
    if (const Activity* now = index.after().find_activity(index.before().activities()[o].id)) {
      const auto n = static_cast<std::size_t>(now - index.after().activities().data());
      if (pairs.of_new[n] == npos) candidates.push_back({index.pair_score(o, n, 0), o, n});
    }
  }
  index.for_each_candidate(olds, news, [&](std::size_t o, std::size_t n) {
    const double threshold =
        corresponding(index, section_partner, o, n) ? align_threshold : moved_threshold;
    const double score = index.pair_score(o, n, threshold);
    if (score > 0) candidates.push_back({score, o, n});
  });
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  for (const Candidate& c : candidates) {
    if (pairs.of_old[c.o] != npos || pairs.of_new[c.n] != npos) continue;
    pairs.pair(c.o, c.n, index.same_id(c.o, c.n) ? PairedBy::id : PairedBy::moved);
  }
}

std::vector<std::string> cited_texts(const Matrix& matrix, const Activity& activity) {
  std::vector<std::string> out;
  for (int number : activity.footnotes) {
    const Footnote* footnote = matrix.find_footnote(number);
    out.push_back(footnote ? footnote->text : std::string());
  }
  return out;
}

std::string letters_of(const Matrix& matrix, const Activity& activity, const std::string& party) {
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (matrix.parties()[p].id == party) return activity.roles[p].letters();
  }
  return "";
}

std::vector<std::string> party_ids(const Matrix& before, const Matrix& after) {
  std::vector<std::string> ids;
  for (const Party& party : before.parties())
    ids.push_back(party.id);
  for (const Party& party : after.parties()) {
    if (std::find(ids.begin(), ids.end(), party.id) == ids.end()) ids.push_back(party.id);
  }
  return ids;
}

void compare_reference(const Matrix& before, const Matrix& after, MatrixDiff& diff) {
  for (const std::string& id : party_ids(before, after)) {
    const auto name = [&](const Matrix& m) -> std::optional<std::string> {
      for (const Party& p : m.parties()) {
        if (p.id == id) return p.name;
      }
      return std::nullopt;
    };
    PartyChange change{id, name(before), name(after)};
    if (change.before != change.after) diff.parties.push_back(std::move(change));
  }
  // A letter one legend lacks reads as "" on that side.
  for (Role role : (before.roles() | after.roles()).roles()) {
    const auto line = [&](const Matrix& m) {
      if (!m.roles().contains(role)) return std::string();
      const RoleInfo& info = m.role_info(role);
      return info.name + ": " + info.description;
    };
    if (line(before) != line(after)) diff.legend.push_back({role, line(before), line(after)});
  }
  std::map<int, FootnoteChange> footnotes;
  for (const Footnote& f : before.footnotes())
    footnotes[f.number].before = f.text;
  for (const Footnote& f : after.footnotes())
    footnotes[f.number].after = f.text;
  for (auto& [number, change] : footnotes) {
    change.number = number;
    if (change.before != change.after) diff.footnotes.push_back(std::move(change));
  }
}

}  // namespace

std::string_view paired_by_name(PairedBy how) {
  switch (how) {
    case PairedBy::id:
      return "id";
    case PairedBy::same_text:
      return "same text";
    case PairedBy::alignment:
      return "alignment";
    case PairedBy::moved:
      return "similar text elsewhere";
  }
  return "";
}

double text_similarity(std::string_view a, std::string_view b) {
  return diff_detail::plain_similarity(a, b);
}

MatrixDiff diff_matrices(const Matrix& before, const Matrix& after) {
  const DiffIndex index(before, after);
  const auto& olds = before.activities();
  const auto& news = after.activities();
  Pairs pairs(olds.size(), news.size());
  pair_fixed(index, pairs);
  align_between_anchors(index, pairs);
  std::vector<std::size_t> section_partner = pair_sections(index, pairs);
  drop_unclear_moves(index, section_partner, pairs);
  pair_leftovers(index, section_partner, pairs);

  MatrixDiff diff;
  diff.section_partner = section_partner;
  for (std::size_t s = 0; s < section_partner.size(); ++s) {
    const std::size_t t = section_partner[s];
    if (t != no_section && before.sections()[s].title != after.sections()[t].title) {
      diff.renamed_sections.push_back({&before.sections()[s], &after.sections()[t]});
    }
  }
  std::sort(diff.renamed_sections.begin(), diff.renamed_sections.end(),
            [](const SectionRename& a, const SectionRename& b) { return a.after < b.after; });
  const std::vector<std::string> parties = party_ids(before, after);
  for (std::size_t o = 0; o < olds.size(); ++o) {
    if (pairs.of_old[o] == npos) diff.removed.push_back(&olds[o]);
  }
  for (std::size_t n = 0; n < news.size(); ++n) {
    const Activity& now = news[n];
    const std::size_t o = pairs.of_new[n];
    if (o == npos) {
      diff.added.push_back(&now);
      continue;
    }
    const Activity& was = olds[o];
    ActivityChange change;
    change.before = &was;
    change.after = &now;
    change.reworded = was.text != now.text;
    change.moved = !corresponding(index, section_partner, o, n);
    change.footnotes = cited_texts(before, was) != cited_texts(after, now);
    change.paired_by = pairs.how[o];
    change.similarity = index.similarity(o, n);
    for (const std::string& party : parties) {
      std::string old_letters = letters_of(before, was, party);
      std::string new_letters = letters_of(after, now, party);
      if (old_letters != new_letters) {
        change.roles.push_back({party, std::move(old_letters), std::move(new_letters)});
      }
    }
    if (change.reworded || change.moved || change.footnotes || !change.roles.empty() ||
        was.id != now.id) {
      diff.changed.push_back(std::move(change));
    } else {
      diff.same.push_back(std::move(change));
    }
  }
  compare_reference(before, after, diff);
  return diff;
}

std::optional<PairingExplanation> explain_pairing(const Matrix& before, const Matrix& after,
                                                  const MatrixDiff& diff, std::string_view id,
                                                  std::size_t limit) {
  PairingExplanation out;
  out.activity = before.find_activity(id);
  if (out.activity == nullptr) {
    out.activity = after.find_activity(id);
    out.in_before = false;
  }
  if (out.activity == nullptr) return std::nullopt;
  for (const auto* list : {&diff.changed, &diff.same}) {
    for (const ActivityChange& c : *list) {
      if ((out.in_before ? c.before : c.after) == out.activity) {
        out.partner = out.in_before ? c.after : c.before;
        out.paired_by = c.paired_by;
      }
    }
  }
  const DiffIndex index(before, after);
  const Matrix& own = out.in_before ? before : after;
  const Matrix& other = out.in_before ? after : before;
  const auto self = static_cast<std::size_t>(out.activity - own.activities().data());
  for (std::size_t k = 0; k < other.activities().size(); ++k) {
    const std::size_t o = out.in_before ? self : k;
    const std::size_t n = out.in_before ? k : self;
    PairingCandidate c;
    c.activity = &other.activities()[k];
    c.similarity = index.similarity(o, n);
    c.same_roles = index.same_roles(o, n);
    c.same_section =
        diff.section_partner[before.activities()[o].section] == after.activities()[n].section;
    c.chosen = c.activity == out.partner;
    if (c.similarity > 0 || c.chosen) out.candidates.push_back(c);
  }
  std::stable_sort(out.candidates.begin(), out.candidates.end(),
                   [](const PairingCandidate& a, const PairingCandidate& b) {
                     return a.similarity > b.similarity;
                   });
  const auto chosen = std::find_if(out.candidates.begin(), out.candidates.end(),
                                   [](const PairingCandidate& c) { return c.chosen; });
  if (chosen != out.candidates.end() &&
      static_cast<std::size_t>(chosen - out.candidates.begin()) >= limit && limit > 0) {
    std::rotate(out.candidates.begin() + static_cast<std::ptrdiff_t>(limit - 1), chosen,
                chosen + 1);
  }
  if (out.candidates.size() > limit) out.candidates.resize(limit);
  return out;
}

PartyDuties party_duties(const Matrix& before, const Matrix& after, const MatrixDiff& diff,
                         std::string_view party, std::optional<Role> role) {
  PartyDuties out;
  if (const auto p = after.find_party(party)) {
    out.party = after.parties()[*p].id;
  } else if (const auto q = before.find_party(party)) {
    out.party = before.parties()[*q].id;
  } else {
    std::vector<std::string> names;
    for (const Matrix* m : {&before, &after}) {
      for (const Party& known : m->parties()) {
        if (std::find(names.begin(), names.end(), known.id) == names.end())
          names.push_back(known.id);
      }
    }
    throw UsageError(fmt::format("unknown party '{}'{}", party, did_you_mean(party, names)));
  }
  const auto holds = [&](const std::string& letters) {
    if (letters.empty()) return false;
    return !role || letters.find(role_letter(*role)) != std::string::npos;
  };
  for (const Activity* a : diff.removed) {
    std::string letters = letters_of(before, *a, out.party);
    if (holds(letters)) out.duties_gone.push_back({a, nullptr, std::move(letters), ""});
  }
  // Added and changed activities in the new matrix's order.
  std::size_t next_added = 0;
  const auto flush_added = [&](const Activity* until) {
    for (; next_added < diff.added.size() && (until == nullptr || diff.added[next_added] < until);
         ++next_added) {
      const Activity* a = diff.added[next_added];
      std::string letters = letters_of(after, *a, out.party);
      if (holds(letters)) out.new_duties.push_back({nullptr, a, "", std::move(letters)});
    }
  };
  for (const ActivityChange& c : diff.changed) {
    flush_added(c.after);
    for (const RoleChange& r : c.roles) {
      if (r.party != out.party) continue;
      DutyChange duty{c.before, c.after, r.before, r.after};
      if (r.before.empty()) {
        if (holds(r.after)) out.new_duties.push_back(duty);
      } else if (r.after.empty()) {
        if (holds(r.before)) out.duties_gone.push_back(duty);
      } else if (!role || holds(r.before) != holds(r.after)) {
        out.changed_duties.push_back(duty);
      }
    }
  }
  flush_added(nullptr);
  return out;
}

std::vector<std::pair<std::string_view, std::size_t>> count_changes(const MatrixDiff& diff) {
  std::size_t reworded = 0, moved = 0, roles = 0, footnotes = 0;
  for (const ActivityChange& c : diff.changed) {
    if (c.reworded) ++reworded;
    if (c.moved) ++moved;
    if (!c.roles.empty()) ++roles;
    if (c.footnotes) ++footnotes;
  }
  return {{"paired", diff.changed.size() + diff.same.size()},
          {"unchanged", diff.same.size()},
          {"added", diff.added.size()},
          {"removed", diff.removed.size()},
          {"changed", diff.changed.size()},
          {"reworded", reworded},
          {"moved", moved},
          {"role changes", roles},
          {"footnote changes", footnotes},
          {"sections renamed", diff.renamed_sections.size()},
          {"party changes", diff.parties.size()},
          {"legend changes", diff.legend.size()},
          {"footnotes changed", diff.footnotes.size()}};
}

}  // namespace raci
