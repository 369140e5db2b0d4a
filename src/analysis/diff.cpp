#include "raci/analysis/diff.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <unordered_map>

#include "raci/util/unicode.hpp"

namespace raci {
namespace {

constexpr double min_similarity = 0.5;
// Above this many candidate pairs, only exact (folded) texts pair up: the similarity search
// is quadratic.
constexpr std::size_t max_similarity_pairs = 10'000'000;

std::set<std::string> words(const std::string& text) {
  std::set<std::string> out;
  std::istringstream in(fold(text));
  for (std::string word; in >> word;) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())))
      word.pop_back();
    if (!word.empty()) out.insert(word);
  }
  return out;
}

std::vector<std::string> section_titles(const Matrix& matrix, const Activity& activity) {
  std::vector<std::string> titles;
  for (const Section* s : matrix.section_path(matrix.section_of(activity)))
    titles.push_back(s->title);
  return titles;
}

bool same_section(const Matrix& before, const Activity& was, const Matrix& after,
                  const Activity& now) {
  return section_titles(before, was) == section_titles(after, now);
}

std::string letters_of(const Matrix& matrix, const Activity& activity, const std::string& party) {
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (matrix.parties()[p].id == party) return activity.roles[p].letters();
  }
  return "";
}

}  // namespace

double text_similarity(const std::string& a, const std::string& b) {
  const std::set<std::string> left = words(a);
  const std::set<std::string> right = words(b);
  if (left.empty() && right.empty()) return 1.0;
  std::size_t common = 0;
  for (const std::string& word : left) {
    if (right.contains(word)) ++common;
  }
  return static_cast<double>(common) / static_cast<double>(left.size() + right.size() - common);
}

MatrixDiff diff_matrices(const Matrix& before, const Matrix& after) {
  const auto& old_activities = before.activities();
  const auto& new_activities = after.activities();
  std::vector<std::size_t> partner_of_new(new_activities.size(), no_section);
  std::vector<bool> old_paired(old_activities.size(), false);

  for (std::size_t n = 0; n < new_activities.size(); ++n) {
    if (const Activity* old = before.find_activity(new_activities[n].id)) {
      const auto o = static_cast<std::size_t>(old - old_activities.data());
      partner_of_new[n] = o;
      old_paired[o] = true;
    }
  }
  // Then identical texts, ignoring case and accents: the same section first, else the
  // first in document order (a text may stand in several sections).
  std::unordered_map<std::string, std::vector<std::size_t>> old_by_text;
  for (std::size_t o = 0; o < old_activities.size(); ++o) {
    if (!old_paired[o]) old_by_text[fold(old_activities[o].text)].push_back(o);
  }
  for (std::size_t n = 0; n < new_activities.size(); ++n) {
    if (partner_of_new[n] != no_section) continue;
    const auto it = old_by_text.find(fold(new_activities[n].text));
    if (it == old_by_text.end()) continue;
    std::size_t chosen = no_section;
    for (std::size_t o : it->second) {
      if (old_paired[o]) continue;
      if (chosen == no_section) chosen = o;
      if (same_section(before, old_activities[o], after, new_activities[n])) {
        chosen = o;
        break;
      }
    }
    if (chosen == no_section) continue;
    partner_of_new[n] = chosen;
    old_paired[chosen] = true;
  }
  // Then the most similar texts, best pairs first.
  std::vector<std::size_t> old_left;
  std::vector<std::size_t> new_left;
  for (std::size_t o = 0; o < old_activities.size(); ++o) {
    if (!old_paired[o]) old_left.push_back(o);
  }
  for (std::size_t n = 0; n < new_activities.size(); ++n) {
    if (partner_of_new[n] == no_section) new_left.push_back(n);
  }
  if (old_left.size() * new_left.size() <= max_similarity_pairs) {
    struct Candidate {
      double similarity;
      std::size_t old_index;
      std::size_t new_index;
    };
    std::vector<Candidate> candidates;
    for (std::size_t o : old_left) {
      for (std::size_t n : new_left) {
        double s = text_similarity(old_activities[o].text, new_activities[n].text);
        if (s < min_similarity) continue;
        // Between equally similar texts, the one in the same section wins.
        if (same_section(before, old_activities[o], after, new_activities[n])) s += 1e-3;
        candidates.push_back({s, o, n});
      }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.similarity > b.similarity; });
    for (const Candidate& c : candidates) {
      if (old_paired[c.old_index] || partner_of_new[c.new_index] != no_section) continue;
      old_paired[c.old_index] = true;
      partner_of_new[c.new_index] = c.old_index;
    }
  }

  std::vector<std::string> party_ids;
  for (const Party& party : before.parties())
    party_ids.push_back(party.id);
  for (const Party& party : after.parties()) {
    if (std::find(party_ids.begin(), party_ids.end(), party.id) == party_ids.end()) {
      party_ids.push_back(party.id);
    }
  }

  MatrixDiff diff;
  for (std::size_t o = 0; o < old_activities.size(); ++o) {
    if (!old_paired[o]) diff.removed.push_back(&old_activities[o]);
  }
  for (std::size_t n = 0; n < new_activities.size(); ++n) {
    const Activity& now = new_activities[n];
    if (partner_of_new[n] == no_section) {
      diff.added.push_back(&now);
      continue;
    }
    const Activity& was = old_activities[partner_of_new[n]];
    ActivityChange change{&was,
                          &now,
                          was.text != now.text,
                          section_titles(before, was) != section_titles(after, now),
                          {}};
    for (const std::string& party : party_ids) {
      std::string old_letters = letters_of(before, was, party);
      std::string new_letters = letters_of(after, now, party);
      if (old_letters != new_letters) {
        change.roles.push_back({party, std::move(old_letters), std::move(new_letters)});
      }
    }
    if (change.reworded || change.moved || !change.roles.empty() || was.id != now.id) {
      diff.changed.push_back(std::move(change));
    }
  }
  return diff;
}

}  // namespace raci
