#include "raci/analysis/search.hpp"

#include <algorithm>
#include <unordered_set>

#include "raci/util/unicode.hpp"

namespace raci {

namespace {

// A word's stem, unless the stemmer cuts it down to a stub of one to three letters, losing
// three or more: then the word itself. Every word is stemmed in every language, and such a
// stub meets the short words of another language ("delete" is Spanish "del").
std::string guarded_stem(Stemmer& stemmer, const Word& word) {
  std::string stem = stemmer.stem(word);
  if (stem.size() < 4 && word.folded.size() >= stem.size() + 3) return word.folded;
  return stem;
}

}  // namespace

std::size_t search_language(std::string_view tag) {
  const std::string primary = fold(tag.substr(0, tag.find_first_of("-_")));
  for (std::size_t i = 0; i < other_language; ++i) {
    if (primary == search_languages[i]) return i;
  }
  return other_language;
}

std::size_t field_language(const Matrix& matrix, Field field) {
  switch (field) {
    case Field::text:
      return search_language(matrix.languages().front());
    case Field::id:
      return 0;
    default:
      return static_cast<std::size_t>(field) - static_cast<std::size_t>(Field::text_en);
  }
}

std::string_view field_value(const Matrix& matrix, const Activity& activity, Field field) {
  switch (field) {
    case Field::text: {
      // In a view in another language (in_language), the original text is the original's.
      const Matrix& original = matrix.original();
      const auto index = static_cast<std::size_t>(&activity - matrix.activities().data());
      if (&original != &matrix && index < original.activities().size())
        return original.activities()[index].text;
      return activity.text;
    }
    case Field::id:
      return activity.id;
    default: {
      const std::string* text = find_translation(matrix.text_translations(activity),
                                                 search_languages[field_language(matrix, field)]);
      return text ? std::string_view(*text) : std::string_view();
    }
  }
}

WordStems::WordStems(const Matrix& matrix) : matrix_(matrix) {}

Stemmer& WordStems::stemmer(std::size_t language) {
  std::unique_ptr<Stemmer>& made = stemmers_.at(language);
  if (!made) made = std::make_unique<Stemmer>(search_languages[language]);
  return *made;
}

WordStems::WordStems(const Matrix& matrix, std::span<const std::string_view> precomputed,
                     std::span<const KnownWord> known,
                     std::span<const std::string_view> folded_glossary)
    : WordStems(matrix) {
  if (precomputed.size() == field_count * matrix.activities().size()) precomputed_ = precomputed;
  known_ = known;
  folded_glossary_ = folded_glossary;
}

std::vector<std::string> folded_glossary(const Matrix& matrix) {
  std::vector<std::string> out;
  const auto add = [&](std::string_view phrase) {
    std::string folded;
    for (const Word& word : split_words(phrase))
      folded += (folded.empty() ? "" : " ") + word.folded;
    out.push_back(std::move(folded));
  };
  for (const GlossaryEntry& entry : matrix.glossary()) {
    add(entry.term);
    for (const std::string& same : entry.same)
      add(same);
  }
  return out;
}

const KnownWord* WordStems::known_word(std::string_view folded) const {
  const auto found = std::lower_bound(
      known_.begin(), known_.end(), folded,
      [](const KnownWord& known, std::string_view word) { return known.folded < word; });
  return found != known_.end() && found->folded == folded ? &*found : nullptr;
}

std::string WordStems::stem(const Word& word, std::size_t language) {
  if (language == other_language) return word.folded;
  if (const KnownWord* found = known_word(word.folded))
    return std::string(found->stems.at(language));
  return guarded_stem(stemmer(language), word);
}

std::array<std::string, language_count> WordStems::all_stems(const Word& word) {
  std::array<std::string, language_count> out;
  const KnownWord* found = known_word(word.folded);
  for (std::size_t l = 0; l < other_language; ++l)
    out[l] = found ? std::string(found->stems[l]) : guarded_stem(stemmer(l), word);
  out[other_language] = word.folded;
  return out;
}

std::vector<std::array<std::string, language_count>> glossary_words(const Matrix& matrix,
                                                                    WordStems& stems) {
  std::vector<std::array<std::string, language_count>> out;
  const auto add = [&](std::string_view phrase) {
    for (const Word& word : split_words(phrase)) {
      std::array<std::string, language_count> entry;
      entry[0] = word.folded;
      for (std::size_t l = 0; l < other_language; ++l)
        entry[l + 1] = stems.stem(word, l);
      out.push_back(std::move(entry));
    }
  };
  for (const GlossaryEntry& entry : matrix.glossary()) {
    add(entry.term);
    for (const std::string& same : entry.same)
      add(same);
  }
  // Iterator algorithms, not std::ranges: clang 14 (the fuzz build) cannot compile these with
  // libstdc++ 12's ranges.
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void WordStems::stems(const Activity& activity, Field field, std::vector<std::string_view>& out) {
  out.clear();
  if (!precomputed_.empty()) {
    const auto index = static_cast<std::size_t>(&activity - matrix_.activities().data());
    std::string_view joined = precomputed_[field_count * index + static_cast<std::size_t>(field)];
    while (!joined.empty()) {
      const std::size_t space = std::min(joined.find(' '), joined.size());
      out.push_back(joined.substr(0, space));
      joined.remove_prefix(std::min(space + 1, joined.size()));
    }
    return;
  }
  const std::size_t language = field_language(matrix_, field);
  // Remembering each distinct word's stem keeps a large matrix's cost to one hash look-up a
  // word: its vocabulary is small next to its text.
  const std::string_view text = field_value(matrix_, activity, field);
  for (Word& word : split_words(text)) {
    // Numbers stem to themselves; not remembering them keeps the cache to the vocabulary.
    if (std::all_of(word.folded.begin(), word.folded.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      out.push_back(text.substr(word.begin, word.end - word.begin));
      continue;
    }
    auto& cache = cache_[language];
    auto found = cache.find(word.folded);
    if (found == cache.end()) {
      std::string stem =
          language == other_language ? word.folded : guarded_stem(stemmer(language), word);
      found = cache.emplace(std::move(word.folded), std::move(stem)).first;
    }
    out.emplace_back(found->second);
  }
}

std::string_view WordStems::joined(const Activity& activity, Field field, std::string& scratch) {
  if (!precomputed_.empty()) {
    const auto index = static_cast<std::size_t>(&activity - matrix_.activities().data());
    return precomputed_[field_count * index + static_cast<std::size_t>(field)];
  }
  std::vector<std::string_view> list;
  stems(activity, field, list);
  scratch.clear();
  for (std::string_view stem : list) {
    if (!scratch.empty()) scratch += ' ';
    scratch += stem;
  }
  return scratch;
}

std::string joined_stems(const Activity& activity, Field field, WordStems& stems) {
  std::string out;
  return std::string(stems.joined(activity, field, out));
}

Search::Search(const Matrix& matrix, std::string_view query, std::shared_ptr<WordStems> stems)
    : matrix_(matrix), stems_(std::move(stems)) {
  const std::vector<GlossaryEntry>& entries = matrix.glossary();
  Glossary glossary;
  std::size_t index = 0;
  const auto phrase = [&](std::string_view text) {
    return glossary_words(text, stems_->folded_glossary(index++), glossary.text);
  };
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const int language =
        entries[e].language.empty() ? -1 : static_cast<int>(search_language(entries[e].language));
    glossary.phrases.push_back({phrase(entries[e].term), language, e});
    for (const std::string& same : entries[e].same)
      glossary.phrases.push_back({phrase(same), language, e});
  }
  // Quoted parts are phrases; between them, words, where the longest run that is a glossary
  // phrase is taken together.
  bool quoted = false;
  for (std::size_t start = 0;;) {
    const std::size_t quote = query.find('"', start);
    std::vector<QueryWord> words =
        phrase_words(query.substr(start, quote == query.npos ? query.npos : quote - start));
    if (!quoted || !words.empty()) add_unit(std::move(words), quoted, glossary);
    if (quote == query.npos) break;
    start = quote + 1;
    quoted = !quoted;
  }
}

Search::QueryWord Search::query_word(const Word& word) const {
  return {word.folded, stems_->all_stems(word)};
}

std::vector<Search::QueryWord> Search::phrase_words(std::string_view text) const {
  std::vector<QueryWord> words;
  for (const Word& word : split_words(text))
    words.push_back(query_word(word));
  return words;
}

std::vector<Search::WordView> Search::glossary_words(std::string_view text, std::string_view folded,
                                                     std::deque<std::string>& store) const {
  std::vector<WordView> out;
  // Folded at build time (a built-in matrix's), a phrase splits without Unicode work, and
  // its words' stems are in the table of known words: start-up copies nothing.
  for (Word& word : split_words(folded.empty() ? text : folded)) {
    WordView view;
    if (const KnownWord* known = stems_->known_word(word.folded)) {
      view.folded = known->folded;
      for (std::size_t l = 0; l < other_language; ++l)
        view.stems[l] = known->stems[l];
    } else {
      for (std::size_t l = 0; l < other_language; ++l)
        view.stems[l] = store.emplace_back(stems_->stem(word, l));
      view.folded = store.emplace_back(std::move(word.folded));
    }
    view.stems[other_language] = view.folded;
    out.push_back(view);
  }
  return out;
}

namespace {

template <typename A, typename B>
bool same_word(const A& a, const B& b) {
  if (a.folded == b.folded) return true;
  for (std::size_t l = 0; l < other_language; ++l) {
    if (a.stems[l] == b.stems[l]) return true;
  }
  return false;
}

}  // namespace

void Search::add_unit(std::vector<QueryWord> words, bool quoted, const Glossary& glossary) {
  // The glossary phrases that `words` begin with, by length: a quoted phrase must be one whole.
  const auto glossary_at = [&](std::size_t start, std::size_t length) {
    std::vector<std::size_t> found;
    for (const GlossaryPhrase& candidate : glossary.phrases) {
      const std::vector<WordView>& phrase = candidate.words;
      if (phrase.size() != length || start + length > words.size()) continue;
      bool same = true;
      for (std::size_t j = 0; same && j < length; ++j)
        same = same_word(phrase[j], words[start + j]);
      if (same) found.push_back(candidate.entry);
    }
    return found;
  };
  const auto unit_of = [&](std::size_t start, std::size_t length,
                           const std::vector<std::size_t>& entries) {
    Unit unit;
    unit.phrases.push_back(
        {std::vector<QueryWord>(words.begin() + static_cast<std::ptrdiff_t>(start),
                                words.begin() + static_cast<std::ptrdiff_t>(start + length)),
         -1,
         {}});
    for (const GlossaryPhrase& held : glossary.phrases) {
      if (std::ranges::find(entries, held.entry) == entries.end()) continue;
      Phrase& phrase = unit.phrases.emplace_back();
      phrase.language = held.language;
      for (const WordView& view : held.words) {
        QueryWord& word = phrase.words.emplace_back();
        word.folded = view.folded;
        for (std::size_t l = 0; l < language_count; ++l)
          word.stems[l] = view.stems[l];
      }
    }
    for (Phrase& phrase : unit.phrases) {
      for (std::size_t l = 0; l < language_count; ++l) {
        for (const QueryWord& word : phrase.words) {
          if (&word != &phrase.words.front()) phrase.joined[l] += ' ';
          phrase.joined[l] += word.stems[l];
        }
      }
    }
    units_.push_back(std::move(unit));
  };
  if (quoted) {
    unit_of(0, words.size(), glossary_at(0, words.size()));
    return;
  }
  std::size_t longest_phrase = 0;
  for (const GlossaryPhrase& phrase : glossary.phrases)
    longest_phrase = std::max(longest_phrase, phrase.words.size());
  for (std::size_t i = 0; i < words.size();) {
    std::size_t length = std::min(longest_phrase, words.size() - i);
    std::vector<std::size_t> entries;
    for (; length > 0; --length) {
      entries = glossary_at(i, length);
      if (!entries.empty()) break;
    }
    length = std::max<std::size_t>(length, 1);
    unit_of(i, length, entries);
    i += length;
  }
}

bool Search::phrase_matches(const Phrase& phrase, std::span<const std::string_view> stems,
                            std::size_t language, std::vector<bool>* marks) const {
  if (phrase.language != -1 && phrase.language != static_cast<int>(language)) return false;
  const std::size_t n = phrase.words.size();
  bool found = false;
  for (std::size_t i = 0; n > 0 && i + n <= stems.size(); ++i) {
    bool all = true;
    for (std::size_t j = 0; all && j < n; ++j)
      all = stems[i + j] == phrase.words[j].stems[language];
    if (!all) continue;
    if (!marks) return true;
    found = true;
    for (std::size_t j = 0; j < n; ++j)
      (*marks)[i + j] = true;
  }
  return found;
}

void Search::field_stems(const Activity& activity, FieldStems& out) const {
  for (Field field : all_fields)
    stems_->stems(activity, field, out[static_cast<std::size_t>(field)]);
}

namespace {

// Whether `words` (words joined by single spaces) holds `phrase` (the same) as whole words:
// what phrase_matches decides on lists of words, with one substring search.
bool holds_words(std::string_view words, std::string_view phrase) {
  if (phrase.empty()) return false;
  for (std::size_t at = words.find(phrase); at != words.npos; at = words.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if ((at == 0 || words[at - 1] == ' ') && (end == words.size() || words[end] == ' '))
      return true;
  }
  return false;
}

}  // namespace

bool Search::unit_matches(const Unit& unit, const Activity& activity, LazyStems& stems) const {
  for (Field field : all_fields) {
    const auto f = static_cast<std::size_t>(field);
    const std::size_t language = field_language(matrix_, field);
    for (const Phrase& phrase : unit.phrases) {
      if (phrase.language != -1 && phrase.language != static_cast<int>(language)) continue;
      // Most activities are decided by their text: the other fields are read only if needed.
      if (!stems.ready[f]) {
        stems.joined[f] = stems_->joined(activity, field, stems.scratch[f]);
        stems.ready[f] = true;
      }
      if (holds_words(stems.joined[f], phrase.joined[language])) return true;
    }
  }
  return false;
}

bool Search::matches(const Activity& activity) const {
  if (units_.empty()) return true;
  scratch_.ready = {};
  return std::all_of(units_.begin(), units_.end(),
                     [&](const Unit& unit) { return unit_matches(unit, activity, scratch_); });
}

std::vector<Hit> Search::hits(const Activity& activity) const {
  std::vector<Hit> out;
  FieldStems stems;
  field_stems(activity, stems);
  for (Field field : all_fields) {
    const std::vector<std::string_view>& list = stems[static_cast<std::size_t>(field)];
    std::vector<bool> marks(list.size(), false);
    for (const Unit& unit : units_) {
      for (const Phrase& phrase : unit.phrases)
        phrase_matches(phrase, list, field_language(matrix_, field), &marks);
    }
    const std::vector<Word> words = split_words(field_value(matrix_, activity, field));
    for (std::size_t i = 0; i < words.size() && i < marks.size(); ++i) {
      if (marks[i]) out.push_back({field, words[i].begin, words[i].end});
    }
  }
  return out;
}

std::vector<std::string> Search::matched_words(const Activity& activity) const {
  std::vector<std::string> out;
  for (const Hit& hit : hits(activity)) {
    std::string word(
        field_value(matrix_, activity, hit.field).substr(hit.begin, hit.end - hit.begin));
    if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
  }
  return out;
}

bool Search::matches_title(std::string_view title) const {
  if (units_.empty()) return false;
  std::vector<std::string> owned;
  const std::size_t language = search_language(matrix_.languages().front());
  for (const Word& word : split_words(title))
    owned.push_back(stems_->stem(word, language));
  const std::vector<std::string_view> stems(owned.begin(), owned.end());
  return std::all_of(units_.begin(), units_.end(), [&](const Unit& unit) {
    return std::any_of(unit.phrases.begin(), unit.phrases.end(), [&](const Phrase& phrase) {
      return phrase_matches(phrase, stems, language, nullptr);
    });
  });
}

std::vector<std::string> Search::words() const {
  std::vector<std::string> out;
  for (const Unit& unit : units_) {
    for (const QueryWord& word : unit.phrases.front().words)
      out.push_back(word.folded);
  }
  return out;
}

std::vector<std::string> vocabulary(const Matrix& matrix) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  for (const Activity& activity : matrix.activities()) {
    for (Field field : all_fields) {
      if (field == Field::id) continue;
      for (Word& word : split_words(field_value(matrix, activity, field))) {
        if (seen.insert(word.folded).second) out.push_back(std::move(word.folded));
      }
    }
  }
  return out;
}

}  // namespace raci
