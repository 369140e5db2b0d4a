#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;  // libstemmer's

// Words and word stems, for search and for comparing texts: the one tokenizer of raci.
namespace raci {

// One word of a text: where it stands (byte offsets, for highlighting) and its forms.
struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string folded;  // case and accents folded (fold())
};

// Cuts valid UTF-8 text into words: runs of letters, combining marks and digits, in any
// script (a run of CJK characters is one word). Everything else separates words, hyphens
// and apostrophes included: "l'activité" is "l" and "activite", "e-mail" is "e" and "mail".
// No word's folded form holds a space: a character that folds to several words (U+FDFA)
// gives them all, each with the character's range.
std::vector<Word> split_words(std::string_view text);

// The Snowball stemmer of one language (libstemmer), which reduces a word's forms to one
// stem: "backups" → "backup", "deletion" and "deleting" → "delet".
class Stemmer {
 public:
  // `language` is a BCP 47 tag ("en", "fr", "de-CH"); its primary subtag picks the
  // algorithm. A language Snowball does not know gets a stemmer that keeps words whole.
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  const std::string& language() const { return language_; }
  // Whether Snowball has an algorithm for the language.
  bool stems() const { return stemmer_ != nullptr; }
  // The stem of a folded word. Stemming the folded form, not the written one, lets a query
  // typed without accents meet the text: "SECURITE" and "sécurités" both give "secur".
  std::string stem(const Word& word);

 private:
  struct Free {
    void operator()(::sb_stemmer* stemmer) const;
  };
  std::string language_;
  std::unique_ptr<::sb_stemmer, Free> stemmer_;
};

// The folded stems of every word of `text`, in order.
std::vector<std::string> word_stems(std::string_view text, Stemmer& stemmer);

}  // namespace raci
