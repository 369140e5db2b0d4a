#include "raci/analysis/missing_translations.hpp"

#include <functional>
#include <string>

namespace raci {

std::string TextPlace::place() const {
  if (kind == "matrix") return field;
  std::string out = kind;
  out += ' ';
  out += id;
  if (kind == "activity" || kind == "footnote") return out;
  out += ": ";
  out += field;
  return out;
}

namespace {

using Visit = std::function<void(const TextPlace& place, const Translations& translations)>;

// Every human text of the matrix, in document order, sections followed by their activities.
void each_text(const Matrix& matrix, const Visit& visit) {
  const auto text = [&](std::string kind, std::string id, std::string field,
                        const std::string& original, const Translations& translations) {
    if (original.empty()) return;
    visit({std::move(kind), std::move(id), std::move(field), original}, translations);
  };
  text("matrix", "", "title", matrix.title(), matrix.title_translations());
  text("matrix", "", "description", matrix.description(), matrix.description_translations());
  for (const RoleInfo& info : matrix.legend()) {
    const std::string letter(1, role_letter(info.role));
    text("role", letter, "name", info.name, info.name_translations);
    text("role", letter, "description", info.description, info.description_translations);
  }
  for (const Party& party : matrix.parties())
    text("party", party.id, "name", party.name, party.name_translations);
  for (const Section& section : matrix.sections()) {
    text("section", section.id, "title", section.title, section.title_translations);
    text("section", section.id, "description", section.description,
         section.description_translations);
    for (std::size_t index : section.activities) {
      const Activity& activity = matrix.activities()[index];
      text("activity", activity.id, "text", activity.text, matrix.text_translations(activity));
    }
  }
  for (const Footnote& footnote : matrix.footnotes()) {
    text("footnote", std::to_string(footnote.number), "text", footnote.text,
         footnote.text_translations);
  }
}

}  // namespace

TranslationGaps missing_translations(const Matrix& matrix) {
  const Matrix& original = matrix.original();
  TranslationGaps gaps;
  for (std::size_t l = 1; l < original.languages().size(); ++l)
    gaps.languages.push_back({original.languages()[l], {}});
  each_text(original, [&](const TextPlace& place, const Translations& translations) {
    ++gaps.texts;
    for (LanguageGaps& language : gaps.languages) {
      const std::string* translated = find_translation(translations, language.language);
      if (translated == nullptr) language.missing.push_back(place);
    }
  });
  return gaps;
}

}  // namespace raci
