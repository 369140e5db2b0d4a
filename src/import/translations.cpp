#include "raci/import/translations.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "raci/model/copy.hpp"
#include "raci/util/text.hpp"

namespace raci {
namespace {

using Text = MatrixBuilder::Text;

// How far ahead section alignment looks for a section missing on one side: a document that
// lost more consecutive sections than this is reported section by section instead.
constexpr std::size_t lookahead = 8;

// "Client: RA, Cloud Temple: I", for messages.
std::string roles_text(const Matrix& matrix, const Activity& activity) {
  std::vector<std::string> parts;
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (!activity.roles[p].empty())
      parts.push_back(fmt::format("{}: {}", matrix.parties()[p].name, activity.roles[p].letters()));
  }
  return parts.empty() ? "no roles" : fmt::format("{}", fmt::join(parts, ", "));
}

// What must agree for two sections to be the same section in two languages.
bool same_shape(const Matrix& a, const Section& x, const Matrix& b, const Section& y) {
  if (x.depth != y.depth || x.activities.size() != y.activities.size()) return false;
  for (std::size_t i = 0; i < x.activities.size(); ++i) {
    if (a.activities()[x.activities[i]].roles != b.activities()[y.activities[i]].roles)
      return false;
  }
  return true;
}

// One document merged into the builder.
class Merger {
 public:
  Merger(MatrixBuilder& builder, const Matrix& original, const std::string& original_origin,
         const TranslatedDocument& document,
         const std::vector<RenumberedFootnote>* original_renumbered,
         std::vector<MergeDiagnostic>& diagnostics)
      : builder_(builder),
        original_(original),
        original_origin_(original_origin),
        translated_(*document.matrix),
        language_(document.language),
        origin_(document.origin),
        renumbered_(document.renumbered),
        foreign_legend_(document.foreign_legend),
        original_renumbered_(original_renumbered),
        diagnostics_(diagnostics) {}

  void run() {
    put(Text::title, 0, original_.title_translations(), translated_.title(), {}, "the title");
    // Where this language's texts come from: the document, beside the original's source.
    if (!original_.source().empty())
      put(Text::source, 0, original_.source_translations(),
          translated_.source().empty() ? origin_ : translated_.source(), {}, "the source");
    if (!original_.description().empty()) {
      put(Text::description, 0, original_.description_translations(), translated_.description(), {},
          "the description");
    }
    for (const RoleInfo& info : original_.legend()) {
      const auto r = static_cast<std::size_t>(info.role);
      const std::string what = fmt::format("the legend of {}", role_letter(info.role));
      if (std::find(foreign_legend_.begin(), foreign_legend_.end(), info.role) !=
              foreign_legend_.end() ||
          !translated_.roles().contains(info.role)) {
        report({}, fmt::format("{} is not the document's (it has none in {}): not merged", what,
                               quote(language_)));
        continue;
      }
      const RoleInfo& other = translated_.role_info(info.role);
      put(Text::role_name, r, info.name_translations, other.name, {}, what);
      put(Text::role_description, r, info.description_translations, other.description, {}, what);
    }
    if (!parties_align()) return;
    for (std::size_t p = 0; p < original_.parties().size(); ++p) {
      put(Text::party_name, p, original_.parties()[p].name_translations,
          translated_.parties()[p].name, {},
          fmt::format("party {}", quote(original_.parties()[p].id)));
    }
    footnotes();
    sections();
  }

 private:
  void report(Location where, std::string message) {
    diagnostics_.push_back({origin_, where, std::move(message)});
  }
  void report_original(Location where, std::string message) {
    diagnostics_.push_back({original_origin_, where, std::move(message)});
  }

  // The translation of one text, unless the original already has one in this language.
  void put(Text text, std::size_t index, const Translations& existing,
           const std::string& translation, Location where, const std::string& what) {
    if (is_blank(translation)) return;
    if (const std::string* kept = find_translation(existing, language_)) {
      if (*kept != translation) {
        report(where, fmt::format("{} keeps the original's {} text {} (this document has {})", what,
                                  quote(language_), quote(*kept), quote(translation)));
      }
      return;
    }
    builder_.set_translation(text, index, language_, translation, where);
  }

  bool parties_align() {
    if (original_.parties().size() == translated_.parties().size()) return true;
    report({},
           fmt::format("the document has {} parties where the original has {}: only the "
                       "title and legend merged in {}",
                       translated_.parties().size(), original_.parties().size(), quote(language_)));
    return false;
  }

  // A footnote as its document writes it: its number there and which definition it is.
  using Written = std::pair<int, int>;
  static std::map<int, Written> written(const std::vector<RenumberedFootnote>& renumbered) {
    std::map<int, Written> out;
    for (const RenumberedFootnote& r : renumbered)
      out.emplace(r.number, Written{r.written, r.definition});
    return out;
  }
  static Written written(const std::map<int, Written>& renumbered, int number) {
    const auto found = renumbered.find(number);
    return found == renumbered.end() ? Written{number, 1} : found->second;
  }

  void footnotes() {
    // Paired by number, or as written when the original is a document whose renumbering is
    // known (a number defined twice may become another number in each language).
    const std::map<int, Written> mine =
        written(original_renumbered_ ? *original_renumbered_ : std::vector<RenumberedFootnote>{});
    const std::map<int, Written> theirs =
        written(original_renumbered_ ? renumbered_ : std::vector<RenumberedFootnote>{});
    std::map<Written, const Footnote*> by_written;
    for (const Footnote& other : translated_.footnotes())
      by_written.emplace(written(theirs, other.number), &other);
    std::set<const Footnote*> paired;
    for (std::size_t f = 0; f < original_.footnotes().size(); ++f) {
      const Footnote& footnote = original_.footnotes()[f];
      const auto found = by_written.find(written(mine, footnote.number));
      if (found != by_written.end()) {
        const Footnote* other = found->second;
        paired.insert(other);
        put(Text::footnote_text, f, footnote.text_translations, other->text, other->location,
            fmt::format("footnote {}", footnote.number));
      } else {
        report_original(footnote.location,
                        fmt::format("footnote {} is not in {}: left untranslated in {}",
                                    footnote.number, origin_, quote(language_)));
      }
    }
    for (const Footnote& other : translated_.footnotes()) {
      if (!paired.contains(&other)) {
        report(other.location,
               fmt::format("footnote {} is not in the original: not merged", other.number));
      }
    }
  }

  // Sections in document order, each paired with the next one of the same shape; a section
  // that has none within `lookahead` on the other side is missing there, or differs.
  void sections() {
    const std::vector<Section>& mine = original_.sections();
    const std::vector<Section>& theirs = translated_.sections();
    std::size_t i = 0, j = 0;
    const auto shape = [&](std::size_t a, std::size_t b) {
      return same_shape(original_, mine[a], translated_, theirs[b]);
    };
    while (i < mine.size() && j < theirs.size()) {
      if (shape(i, j)) {
        merge_section(i++, j++);
        continue;
      }
      std::size_t skip_mine = 0, skip_theirs = 0;
      for (std::size_t d = 1; d <= lookahead && !skip_mine && !skip_theirs; ++d) {
        if (i + d < mine.size() && shape(i + d, j)) skip_mine = d;
        if (j + d < theirs.size() && shape(i, j + d)) skip_theirs = d;
      }
      if (skip_mine) {
        for (; skip_mine > 0; --skip_mine)
          missing(i++);
      } else if (skip_theirs) {
        for (; skip_theirs > 0; --skip_theirs)
          extra(j++);
      } else {
        differs(i++, j++);
      }
    }
    while (i < mine.size())
      missing(i++);
    while (j < theirs.size())
      extra(j++);
  }

  void merge_section(std::size_t s, std::size_t t) {
    const Section& section = original_.sections()[s];
    const Section& other = translated_.sections()[t];
    const std::string what = fmt::format("section {}", quote(section.id));
    put(Text::section_title, s, section.title_translations, other.title, other.location, what);
    if (!section.description.empty()) {
      put(Text::section_description, s, section.description_translations, other.description,
          other.location, what);
    }
    // Notes by position: the n-th paragraph after the tables is the n-th in every language.
    const std::size_t notes = std::min(section.notes.size(), other.notes.size());
    for (std::size_t k = 0; k < notes; ++k) {
      const SectionNote& note = translated_.section_notes()[other.notes[k]];
      put(Text::section_note, section.notes[k],
          original_.section_notes()[section.notes[k]].text_translations, note.text, note.location,
          fmt::format("note {} of section {}", k + 1, quote(section.id)));
    }
    if (section.notes.size() > notes) {
      report_original(
          original_.section_notes()[section.notes[notes]].location,
          fmt::format("section {} has {} notes, {} has {}: the last {} left "
                      "untranslated in {}",
                      quote(section.id), section.notes.size(), origin_, other.notes.size(),
                      section.notes.size() - notes, quote(language_)));
    } else if (other.notes.size() > notes) {
      report(translated_.section_notes()[other.notes[notes]].location,
             fmt::format("section {} has {} notes where the original has {}: the last {} not "
                         "merged",
                         quote(other.title), other.notes.size(), section.notes.size(),
                         other.notes.size() - notes));
    }
    for (std::size_t k = 0; k < section.activities.size(); ++k) {
      const std::size_t a = section.activities[k];
      const Activity& row = translated_.activities()[other.activities[k]];
      put(Text::activity_text, a, original_.text_translations(original_.activities()[a]), row.text,
          row.location, fmt::format("activity {}", quote(original_.activities()[a].id)));
    }
  }

  void missing(std::size_t s) {
    const Section& section = original_.sections()[s];
    report_original(
        section.location,
        fmt::format("section {} ({}) has no counterpart in {}: left untranslated in {}",
                    quote(section.id), quote(section.title), origin_, quote(language_)));
  }

  void extra(std::size_t t) {
    const Section& other = translated_.sections()[t];
    report(other.location, fmt::format("section {} has no counterpart in the original: not merged",
                                       quote(other.title)));
  }

  // Two sections at the same place that do not agree: say where, merge neither.
  void differs(std::size_t s, std::size_t t) {
    const Section& section = original_.sections()[s];
    const Section& other = translated_.sections()[t];
    const std::string left =
        fmt::format("section {} left untranslated in {}", quote(section.id), quote(language_));
    if (section.depth != other.depth) {
      report(other.location,
             fmt::format("section {} is nested {} deep where the original's section {} ({}:{}) "
                         "is nested {} deep: {}",
                         quote(other.title), other.depth, quote(section.id), original_origin_,
                         line_column(section.location), section.depth, left));
      return;
    }
    if (section.activities.size() != other.activities.size()) {
      report(other.location,
             fmt::format("section {} has {} rows where the original's section {} ({}:{}) has "
                         "{}: {}",
                         quote(other.title), other.activities.size(), quote(section.id),
                         original_origin_, line_column(section.location), section.activities.size(),
                         left));
      return;
    }
    for (std::size_t k = 0; k < section.activities.size(); ++k) {
      const Activity& mine = original_.activities()[section.activities[k]];
      const Activity& theirs = translated_.activities()[other.activities[k]];
      if (mine.roles == theirs.roles) continue;
      report(theirs.location,
             fmt::format("row {} of section {} has {} where the original's {} ({}:{}) has {}: {}",
                         k + 1, quote(other.title), quote(roles_text(translated_, theirs)),
                         quote(mine.id), original_origin_, line_column(mine.location),
                         quote(roles_text(original_, mine)), left));
      return;
    }
  }

  MatrixBuilder& builder_;
  const Matrix& original_;
  const std::string& original_origin_;
  const Matrix& translated_;
  const std::string& language_;
  const std::string& origin_;
  const std::vector<RenumberedFootnote>& renumbered_;
  const std::vector<Role>& foreign_legend_;
  const std::vector<RenumberedFootnote>* original_renumbered_;
  std::vector<MergeDiagnostic>& diagnostics_;
};

}  // namespace

MergeResult merge_translations(const Matrix& original, std::string_view original_language,
                               const std::string& original_origin,
                               const std::vector<TranslatedDocument>& documents,
                               const std::vector<RenumberedFootnote>* original_renumbered) {
  std::vector<const Activity*> all;
  all.reserve(original.activities().size());
  for (const Activity& activity : original.activities())
    all.push_back(&activity);
  MatrixBuilder builder = copy_matrix(original, all, CopyLanguages::no);
  std::vector<std::string> languages{std::string(original_language)};
  const auto add = [&](const std::string& language) {
    if (std::find(languages.begin(), languages.end(), language) == languages.end())
      languages.push_back(language);
  };
  // The original's own translations stay (its first language is its original).
  for (std::size_t l = 1; l < original.languages().size(); ++l)
    add(original.languages()[l]);
  for (const TranslatedDocument& document : documents)
    add(document.language);
  for (const std::string& language : languages)
    builder.add_language(language);

  std::vector<MergeDiagnostic> diagnostics;
  for (const TranslatedDocument& document : documents)
    Merger(builder, original, original_origin, document, original_renumbered, diagnostics).run();
  return {builder.finish(), std::move(diagnostics)};
}

std::string language_of_file(std::string_view path) {
  static constexpr std::array<std::string_view, 7> known{"en", "fr", "de", "es", "it", "pt", "nl"};
  const auto is_known = [](std::string_view tag) {
    return std::find(known.begin(), known.end(), tag) != known.end();
  };
  const std::filesystem::path file{std::string(path)};
  const std::string stem = file.stem().string();
  const std::size_t cut = stem.find_last_of("._-");
  if (cut != std::string::npos && is_known(std::string_view(stem).substr(cut + 1)))
    return stem.substr(cut + 1);
  const std::string directory = file.parent_path().filename().string();
  if (is_known(directory)) return directory;
  return {};
}

}  // namespace raci
