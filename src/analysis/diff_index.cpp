#include "diff_index.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci::diff_detail {
namespace {

// Postings longer than this (stems in most texts) are not followed when looking for
// candidates: they say little and would make the search quadratic.
constexpr std::size_t max_postings = 256;
// Candidates kept per old activity, by shared weight, before scoring them exactly.
constexpr std::size_t candidates_per_activity = 8;
// Identical role letters are evidence, but less than a word in common.
constexpr double same_roles_bonus = 0.1;

// English function words (as stems): they pair any two sentences, so they do not count.
bool is_function_word(std::string_view stem) {
  static const std::unordered_set<std::string_view> words = {
      "a",    "an",    "and",  "are", "as",   "at",   "be",  "by",   "for",
      "from", "in",    "is",   "it",  "its",  "of",   "on",  "or",   "that",
      "the",  "their", "this", "to",  "with", "your", "our", "into", "within"};
  return words.contains(stem);
}

std::vector<std::string> distinct_stems(std::string_view text, Stemmer& stemmer) {
  std::vector<std::string> stems = word_stems(text, stemmer);
  std::erase_if(stems, [](const std::string& stem) { return is_function_word(stem); });
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

std::string role_signature(const Matrix& matrix, const Activity& activity) {
  std::vector<std::string> held;
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (!activity.roles[p].empty())
      held.push_back(matrix.parties()[p].id + "=" + activity.roles[p].letters() + ";");
  }
  std::sort(held.begin(), held.end());
  std::string out;
  for (const std::string& h : held)
    out += h;
  return out;
}

}  // namespace

DiffIndex::DiffIndex(const Matrix& before, const Matrix& after) : before_(before), after_(after) {
  Stemmer stemmer("en");
  std::unordered_map<std::string, std::uint32_t> vocabulary;
  std::vector<std::size_t> document_count;
  const auto read = [&](const Matrix& matrix, Side& side) {
    for (const Activity& activity : matrix.activities()) {
      side.texts.push_back(fold(activity.text));
      side.roles.push_back(role_signature(matrix, activity));
      std::vector<std::uint32_t> ids;
      for (std::string& stem : distinct_stems(activity.text, stemmer)) {
        const auto [it, added] =
            vocabulary.try_emplace(std::move(stem), static_cast<std::uint32_t>(vocabulary.size()));
        if (added) document_count.push_back(0);
        ++document_count[it->second];
        ids.push_back(it->second);
      }
      side.stems.push_back(std::move(ids));
    }
  };
  read(before, old_);
  read(after, new_);
  const double documents = static_cast<double>(old_.texts.size() + new_.texts.size());
  stem_weight_.resize(document_count.size());
  for (std::size_t s = 0; s < document_count.size(); ++s)
    stem_weight_[s] = std::log(1.0 + documents / static_cast<double>(document_count[s]));
  for (Side* side : {&old_, &new_}) {
    for (std::vector<std::uint32_t>& ids : side->stems) {
      if (ids.size() > max_stems) {
        std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
          return stem_weight_[a] > stem_weight_[b];
        });
        ids.resize(max_stems);
      }
      std::sort(ids.begin(), ids.end());
      double total = 0;
      for (std::uint32_t id : ids)
        total += stem_weight_[id];
      side->weight.push_back(total);
    }
  }
}

double DiffIndex::similarity(std::size_t o, std::size_t n) const {
  if (old_.texts[o] == new_.texts[n]) return 1.0;
  const double total = old_.weight[o] + new_.weight[n];
  if (total == 0) return 0.0;
  const auto& a = old_.stems[o];
  const auto& b = new_.stems[n];
  double common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      common += stem_weight_[a[i]];
      ++i;
      ++j;
    }
  }
  return 2 * common / total;
}

double DiffIndex::pair_score(std::size_t o, std::size_t n, double threshold) const {
  const double s = similarity(o, n);
  const double id = same_id(o, n) ? 1.0 : 0.0;
  if (s < threshold && id == 0) return 0.0;
  return s + id + (same_roles(o, n) ? same_roles_bonus : 0.0);
}

void DiffIndex::for_each_candidate(
    const std::vector<std::size_t>& olds, const std::vector<std::size_t>& news,
    const std::function<void(std::size_t, std::size_t)>& visit) const {
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_text;
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> postings;  // positions in news
  for (std::size_t k = 0; k < news.size(); ++k) {
    by_text[new_.texts[news[k]]].push_back(k);
    for (std::uint32_t stem : new_.stems[news[k]])
      postings[stem].push_back(k);
  }
  std::vector<double> shared(news.size(), 0.0);
  std::vector<std::size_t> touched;
  for (std::size_t o : olds) {
    touched.clear();
    if (const auto it = by_text.find(old_.texts[o]); it != by_text.end()) {
      for (std::size_t k : it->second) {
        if (shared[k] == 0) touched.push_back(k);
        shared[k] += 1e9;  // identical texts first
      }
    }
    for (std::uint32_t stem : old_.stems[o]) {
      const auto it = postings.find(stem);
      if (it == postings.end() || it->second.size() > max_postings) continue;
      for (std::size_t k : it->second) {
        if (shared[k] == 0) touched.push_back(k);
        shared[k] += stem_weight_[stem];
      }
    }
    const std::size_t keep = std::min(candidates_per_activity, touched.size());
    std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(keep),
                      touched.end(), [&](std::size_t a, std::size_t b) {
                        return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
                      });
    for (std::size_t i = 0; i < keep; ++i)
      visit(o, news[touched[i]]);
    for (std::size_t k : touched)
      shared[k] = 0;
  }
}

double plain_similarity(std::string_view a, std::string_view b) {
  Stemmer stemmer("en");
  const std::vector<std::string> left = distinct_stems(a, stemmer);
  const std::vector<std::string> right = distinct_stems(b, stemmer);
  if (left.empty() && right.empty()) return 1.0;
  std::vector<std::string> common;
  std::set_intersection(left.begin(), left.end(), right.begin(), right.end(),
                        std::back_inserter(common));
  return 2.0 * static_cast<double>(common.size()) / static_cast<double>(left.size() + right.size());
}

}  // namespace raci::diff_detail
