#include "raci/util/words.hpp"

#include <libstemmer.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "raci/util/unicode.hpp"

namespace raci {
namespace {

bool is_word_character(utf8proc_int32_t code_point) {
  switch (utf8proc_category(code_point)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t start = std::string_view::npos;
  std::size_t i = 0;
  const auto close = [&](std::size_t end) {
    if (start == std::string_view::npos) return;
    const std::string_view piece = text.substr(start, end - start);
    std::string folded = fold(piece);
    // A run of combining marks alone folds to nothing: no word to find. A character whose
    // compatibility form is several words (U+FDFA) folds to them: each is a word, found at
    // the run's place, so that no word holds a space.
    if (folded.find(' ') == std::string::npos) {
      if (!folded.empty()) words.push_back({start, end, std::move(folded)});
    } else {
      for (std::size_t from = 0; from < folded.size();) {
        const std::size_t space = std::min(folded.find(' ', from), folded.size());
        if (space > from) words.push_back({start, end, folded.substr(from, space - from)});
        from = space + 1;
      }
    }
    start = std::string_view::npos;
  };
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII, most of any matrix: no need to decode
      const bool letter_or_digit = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                   (byte >= '0' && byte <= '9');
      if (!letter_or_digit) {
        close(i);
      } else if (start == std::string_view::npos) {
        start = i;
      }
      ++i;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    const std::size_t step = length > 0 ? static_cast<std::size_t>(length) : 1;
    if (length > 0 && is_word_character(code_point)) {
      if (start == std::string_view::npos) start = i;
    } else {
      close(i);
    }
    i += step;
  }
  close(text.size());
  return words;
}

void Stemmer::Free::operator()(::sb_stemmer* stemmer) const {
  sb_stemmer_delete(stemmer);
}

Stemmer::Stemmer(std::string_view language) : language_(language) {
  const std::string primary(language.substr(0, language.find_first_of("-_")));
  std::string code;
  for (char c : primary)
    code += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  // Snowball knows languages by ISO 639 codes and English names; "porter" is no language.
  if (!code.empty() && code != "porter") stemmer_.reset(sb_stemmer_new(code.c_str(), "UTF_8"));
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

std::string Stemmer::stem(const Word& word) {
  if (!stemmer_) return word.folded;
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.folded.data()),
                      static_cast<int>(word.folded.size()));
  if (!stem) return word.folded;  // out of memory: the word itself still matches itself
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
}

std::vector<std::string> word_stems(std::string_view text, Stemmer& stemmer) {
  std::vector<std::string> stems;
  for (const Word& word : split_words(text))
    stems.push_back(stemmer.stem(word));
  return stems;
}

}  // namespace raci
