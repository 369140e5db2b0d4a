#include "raci/util/words.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

std::vector<std::string> folded(std::string_view text) {
  std::vector<std::string> out;
  for (const raci::Word& word : raci::split_words(text))
    out.push_back(word.folded);
  return out;
}

std::vector<std::string> stems(std::string_view text, const char* language) {
  raci::Stemmer stemmer(language);
  return raci::word_stems(text, stemmer);
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("Words: letters and digits in any script, everything else separates") {
  CHECK(folded("Manage capacities (compute, storage) for 2 DCs.") ==
        Words{"manage", "capacities", "compute", "storage", "for", "2", "dcs"});
  CHECK(folded("l'activité e-mail") == Words{"l", "activite", "e", "mail"});
  CHECK(folded("SÉCURITÉ  Sicherheitsmaßnahmen") == Words{"securite", "sicherheitsmassnahmen"});
  CHECK(folded("Резервное копирование") == Words{"резервное", "копирование"});
  // A run of CJK characters is one word; folding takes the marks off kana as off Latin.
  CHECK(folded("バックアップ管理, 備份") == Words{"ハックアッフ管理", "備份"});
  CHECK(folded(" -- ,;! ").empty());
  CHECK(folded("").empty());
}

TEST_CASE("Words: each word knows where it stands, for highlighting") {
  const std::vector<raci::Word> words = raci::split_words("Gérer  l'IaaS");
  REQUIRE(words.size() == 3);
  CHECK(words[0].begin == 0);
  CHECK(words[0].end == 6);  // "Gérer" is six bytes
  CHECK(words[0].folded == "gerer");
  CHECK(words[1].begin == 8);
  CHECK(words[1].end == 9);
  CHECK(words[2].begin == 10);
  CHECK(words[2].end == 14);
}

TEST_CASE("Words: a character that folds to several words gives them all, at its place") {
  // U+FDFA, one Arabic ligature whose compatibility form is four words.
  const std::vector<raci::Word> words = raci::split_words("a \uFDFA b");
  std::vector<std::string> out;
  for (const raci::Word& word : words) {
    CHECK(word.folded.find(' ') == std::string::npos);
    out.push_back(word.folded + "@" + std::to_string(word.begin) + "-" + std::to_string(word.end));
  }
  CHECK(out == Words{"a@0-1", "\u0635\u0644\u0649@2-5", "\u0627\u0644\u0644\u0647@2-5",
                     "\u0639\u0644\u064a\u0647@2-5", "\u0648\u0633\u0644\u0645@2-5", "b@6-7"});
}

TEST_CASE("Words: invalid bytes separate words instead of joining them") {
  CHECK(folded("ab\xff"
               "cd") == Words{"ab", "cd"});
}

TEST_CASE("Stemmer: English word forms meet in one stem") {
  CHECK(stems("backups backup", "en") == Words{"backup", "backup"});
  CHECK(stems("capacity capacities", "en") == Words{"capac", "capac"});
  CHECK(stems("delete deletion deleting", "en") == Words{"delet", "delet", "delet"});
  CHECK(stems("Policies policy", "en") == Words{"polici", "polici"});
  CHECK(stems("machines machine", "en") == Words{"machin", "machin"});
}

TEST_CASE("Stemmer: French and German words are stemmed folded, accents or not") {
  CHECK(stems("Sécurité sécurités SECURITE", "fr") == Words{"securit", "securit", "securit"});
  CHECK(stems("sauvegarde sauvegardes", "fr") == Words{"sauvegard", "sauvegard"});
  CHECK(stems("Sicherungen Sicherung", "de") == Words{"sicher", "sicher"});
}

TEST_CASE("Stemmer: a tag's primary subtag picks the language, unknown ones keep words") {
  raci::Stemmer swiss("de-CH");
  CHECK(swiss.stems());
  CHECK(swiss.language() == "de-CH");
  CHECK(stems("Sicherungen", "DE_ch") == Words{"sicher"});
  raci::Stemmer unknown("x-klingon");
  CHECK_FALSE(unknown.stems());
  CHECK(stems("Backups Déjà", "x-klingon") == Words{"backups", "deja"});
  CHECK(stems("backups", "porter") == Words{"backups"});
  CHECK(stems("backups", "") == Words{"backups"});
}
