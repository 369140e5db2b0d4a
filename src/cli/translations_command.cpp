// raci translations: which texts of the matrix have no translation, per language.
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "commands.hpp"
#include "raci/analysis/missing_translations.hpp"
#include "raci/render/json.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {
namespace {

std::string report(const Matrix& original, const TranslationGaps& gaps) {
  std::string out =
      fmt::format("original: {} ({} texts)\n", original.languages().front(), gaps.texts);
  for (const LanguageGaps& language : gaps.languages) {
    if (language.missing.empty()) {
      out += fmt::format("{}: complete\n", language.language);
      continue;
    }
    out += fmt::format("{}: {} of {} texts missing\n", language.language, language.missing.size(),
                       gaps.texts);
    std::size_t width = 0;
    for (const TextPlace& text : language.missing)
      width = std::max(width, display_width(escape_controls(text.place())));
    for (const TextPlace& text : language.missing) {
      const std::string place = escape_controls(text.place());
      out += "  ";
      out += place;
      out.append(width - display_width(place) + 2, ' ');
      out += escape_controls(text.text);
      out += '\n';
    }
  }
  return out;
}

}  // namespace

Action add_translations(CLI::App& command) {
  auto language = std::make_shared<std::string>();
  command.add_option("language", *language, "Only this language (the same as --lang)")
      ->check(not_empty())
      ->type_name("LANG");
  command.footer(
      "Every human text counts: the matrix's title and description, the legend's names and\n"
      "descriptions, party names, section titles and descriptions, activity texts and\n"
      "footnotes. Exit 0 when every language has every text, 1 when one is missing, 2 on\n"
      "error. RACI_LANG and the locale do not restrict the report; --lang does.\n"
      "\n"
      "Examples:\n"
      "  raci translations\n"
      "  raci translations de --data matrix.yaml\n"
      "  raci translations -o json | jq '.languages[] | {language, missing: (.missing | length)}'");
  return [language](Context& context) {
    if (!language->empty()) {
      context.language = *language;
      context.language_from_environment = false;
    }
    const bool restricted = !context.language.empty() && !context.language_from_environment;
    bool complete = true;
    report_each_matrix(context, [&](const Matrix& matrix) {
      const Matrix& original = matrix.original();
      TranslationGaps gaps = missing_translations(original);
      if (restricted) {
        std::erase_if(gaps.languages, [&](const LanguageGaps& gap) {
          return gap.language != matrix.shown_language();
        });
      }
      complete =
          complete && std::all_of(gaps.languages.begin(), gaps.languages.end(),
                                  [](const LanguageGaps& gap) { return gap.missing.empty(); });
      if (context.format == Format::json) return missing_translations_json(original, gaps);
      context.out.write(report(original, gaps));
      return Json();
    });
    return complete ? static_cast<int>(exit_success) : static_cast<int>(exit_no_match);
  };
}

}  // namespace raci::cli
