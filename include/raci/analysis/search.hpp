#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/util/words.hpp"

// Keyword search (docs/search.md): whole words compared by their stems, quoted phrases,
// and the matrix's glossary.
namespace raci {

// The languages whose words raci stems (Snowball), as indexes; the last index stands for any
// other language, whose words are compared whole.
inline constexpr std::array<std::string_view, 6> search_languages{"en", "fr", "de", "es", "it", ""};
inline constexpr std::size_t language_count = search_languages.size();
inline constexpr std::size_t other_language = language_count - 1;
// The index of a BCP 47 tag's language (its primary subtag, any case); other_language for one
// raci does not stem.
std::size_t search_language(std::string_view tag);

// What of an activity a keyword is looked for in, each stemmed in its own language: its text
// (in the matrix's original language), its translation into each stemmed language, its id.
enum class Field : std::uint8_t { text, text_en, text_fr, text_de, text_es, text_it, id };
inline constexpr std::array<Field, 7> all_fields{Field::text,    Field::text_en, Field::text_fr,
                                                 Field::text_de, Field::text_es, Field::text_it,
                                                 Field::id};
inline constexpr std::size_t field_count = all_fields.size();
// The search language of a field: the original's for `text`, English for ids.
std::size_t field_language(const Matrix& matrix, Field field);
// The field's text; empty for a translation the activity lacks.
std::string_view field_value(const Matrix& matrix, const Activity& activity, Field field);

// A word whose stems were computed at build time (raci-embed), sorted by `folded`.
struct KnownWord {
  std::string_view folded;
  std::array<std::string_view, language_count - 1> stems;  // by search language, the stemmed ones
};

// The stems of activities' words, one per word split_words() finds in the field. They are
// computed when first asked for and remembered per distinct word, or read from tables made
// at build time (the built-in matrix's, from raci-embed).
class WordStems {
 public:
  explicit WordStems(const Matrix& matrix);
  // field_count strings per activity (all_fields), each its stems joined by spaces; and
  // words whose stems are known, sorted (the glossary's, so that start-up stems nothing).
  // `folded_glossary`: each glossary phrase (term, then its equivalents, entry by entry)
  // as its folded words joined by spaces.
  WordStems(const Matrix& matrix, std::span<const std::string_view> precomputed,
            std::span<const KnownWord> known = {},
            std::span<const std::string_view> folded_glossary = {});

  // The `index`th glossary phrase, folded, when it was given; else empty.
  std::string_view folded_glossary(std::size_t index) const {
    return index < folded_glossary_.size() ? folded_glossary_[index] : std::string_view();
  }

  // The stems of one field, into `out`; they stay valid as long as this object.
  void stems(const Activity& activity, Field field, std::vector<std::string_view>& out);
  // The same stems joined by single spaces: the table made at build time when there is one,
  // else joined into `scratch`, which then holds the result.
  std::string_view joined(const Activity& activity, Field field, std::string& scratch);
  // The stem of a word in one of search_languages (an index).
  std::string stem(const Word& word, std::size_t language);
  // Its stem in every search language (the word itself for other_language), looked up once.
  std::array<std::string, language_count> all_stems(const Word& word);
  // A folded word of the table of known words (the glossary's, made at build time), or null.
  const KnownWord* known_word(std::string_view folded) const;

 private:
  Stemmer& stemmer(std::size_t language);

  const Matrix& matrix_;
  std::span<const std::string_view> precomputed_;
  std::span<const KnownWord> known_;
  std::span<const std::string_view> folded_glossary_;
  std::array<std::unique_ptr<Stemmer>, language_count> stemmers_;  // made when first needed
  std::array<std::unordered_map<std::string, std::string>, language_count> cache_;
};

// The words of the glossary's terms and equivalents with their stems, sorted: what
// raci-embed writes for WordStems. Each: the folded word, then its stem in each stemmed language.
std::vector<std::array<std::string, language_count>> glossary_words(const Matrix& matrix,
                                                                    WordStems& stems);
// Every glossary phrase (term, then equivalents, entry by entry), folded words joined by
// spaces: what raci-embed writes for WordStems.
std::vector<std::string> folded_glossary(const Matrix& matrix);

// A field's stems joined by spaces: what raci-embed writes for WordStems.
std::string joined_stems(const Activity& activity, Field field, WordStems& stems);

// A word of a text, translation or id that the search found, as a byte range of that field.
struct Hit {
  Field field;
  std::size_t begin;
  std::size_t end;
};

// A keyword query compiled against a matrix. Every word, quoted phrase or glossary term of
// the query must match (AND); a word matches a word with the same stem, never part of one.
// Like WordStems, a Search is for one thread.
class Search {
 public:
  Search(const Matrix& matrix, std::string_view query, std::shared_ptr<WordStems> stems);

  bool empty() const { return units_.empty(); }
  bool matches(const Activity& activity) const;
  // Where the query's words are in the activity's fields, in the order of all_fields.
  std::vector<Hit> hits(const Activity& activity) const;
  // The words of hits(), as written, each once.
  std::vector<std::string> matched_words(const Activity& activity) const;
  // Whether every part of the query is in `text`, a title in the original language.
  bool matches_title(std::string_view title) const;
  // The query's words, folded, for messages.
  std::vector<std::string> words() const;

 private:
  struct QueryWord {
    std::string folded;
    std::array<std::string, language_count> stems;  // by search language
  };
  // One way for a part of the query to match: consecutive words, in the texts of one
  // language (a glossary entry's) or of any.
  struct Phrase {
    std::vector<QueryWord> words;
    int language = -1;  // index into search_languages, -1 any
    // By search language, the words' stems joined by spaces: set for the phrases of units_,
    // which matches() looks for in a field's joined stems as whole words.
    std::array<std::string, language_count> joined;
  };
  struct Unit {
    std::vector<Phrase> phrases;  // any of them
  };

  // A glossary word as compared with the query's words: views of the build-time tables, or
  // of Glossary::text when computed. Only the glossary phrases a query holds are copied into
  // its units as Phrases.
  struct WordView {
    std::string_view folded;
    std::array<std::string_view, language_count> stems;  // by search language
  };
  struct GlossaryPhrase {
    std::vector<WordView> words;
    int language = -1;      // index into search_languages, -1 any
    std::size_t entry = 0;  // the glossary entry's index
  };
  // The glossary as the constructor compares it with the query, then drops it.
  struct Glossary {
    std::vector<GlossaryPhrase> phrases;  // every term and equivalent
    std::deque<std::string> text;         // what phrases view that no table holds
  };

  QueryWord query_word(const Word& word) const;
  std::vector<QueryWord> phrase_words(std::string_view text) const;
  std::vector<WordView> glossary_words(std::string_view text, std::string_view folded,
                                       std::deque<std::string>& store) const;
  void add_unit(std::vector<QueryWord> words, bool quoted, const Glossary& glossary);
  bool phrase_matches(const Phrase& phrase, std::span<const std::string_view> stems,
                      std::size_t language, std::vector<bool>* marks) const;
  using FieldStems = std::array<std::vector<std::string_view>, field_count>;
  // One activity's fields as joined stems (WordStems::joined), each split when first needed.
  struct LazyStems {
    std::array<std::string_view, field_count> joined;
    std::array<std::string, field_count> scratch;
    std::array<bool, field_count> ready{};
  };
  void field_stems(const Activity& activity, FieldStems& out) const;
  bool unit_matches(const Unit& unit, const Activity& activity, LazyStems& stems) const;

  const Matrix& matrix_;
  std::shared_ptr<WordStems> stems_;
  std::vector<Unit> units_;
  mutable LazyStems scratch_;  // reused by matches(): one search, one thread
};

// The distinct words (folded) of the activities' texts, in first-seen order: what
// "did you mean" and shell completion offer.
std::vector<std::string> vocabulary(const Matrix& matrix);

}  // namespace raci
