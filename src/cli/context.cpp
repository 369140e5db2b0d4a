#include "context.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <functional>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/util/atomic_file.hpp"
#include "raci/util/error.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {

namespace {

// The matrix's language a tag names: the same tag, else the same primary language, in any
// case ("DE", "de-CH" and "de_DE" name "de"); empty when the matrix has none.
std::string matching_language(const Matrix& matrix, std::string_view tag) {
  const std::string wanted = fold(tag);
  const std::string primary = wanted.substr(0, wanted.find_first_of("-_."));
  for (const std::string& language : matrix.languages()) {
    if (fold(language) == wanted) return language;
  }
  for (const std::string& language : matrix.languages()) {
    const std::string folded = fold(language);
    if (folded.substr(0, folded.find('-')) == primary) return language;
  }
  return {};
}

// The locale's language, as gettext programs find it: LC_ALL, else LC_MESSAGES, else LANG;
// nothing for the C or POSIX locale.
std::string locale_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    const std::string_view locale(value);
    if (locale == "C" || locale == "POSIX" || locale.starts_with("C.")) return {};
    return std::string(locale.substr(0, locale.find_first_of("_.@")));
  }
  return {};
}

}  // namespace

// The texts are shown in --lang (RACI_LANG) when given, else in the locale's language when
// the matrix has it, else in its original language.
const Matrix& Context::matrix() {
  if (matrix_) return *matrix_;
  Matrix loaded = load_matrix();
  std::string shown;
  if (!language.empty()) {
    shown = matching_language(loaded, language);
    if (shown.empty()) {
      throw UsageError(fmt::format("the matrix has no texts in {} (its languages: {}){}",
                                   quote(escape_controls(language)),
                                   fmt::join(loaded.languages(), ", "),
                                   language_from_environment ? " (from RACI_LANG)" : ""));
    }
  } else if (const std::string locale = locale_language(); !locale.empty()) {
    shown = matching_language(loaded, locale);
  }
  if (!shown.empty() && shown != loaded.languages().front()) {
    matrix_ = in_language(loaded, shown);
  } else {
    matrix_ = std::move(loaded);
  }
  return *matrix_;
}

Matrix Context::load_matrix() const {
  if (data_file.empty()) return load_builtin_matrix();
  try {
    return load_matrix_file(data_file);
  } catch (const DataError& e) {
    // A file that cannot be read at all, named by a variable the user may have forgotten.
    if (data_from_environment && e.location().line == 0)
      throw DataError(e.file(), e.location(), e.message() + " (path from RACI_DATA)");
    throw;
  }
}

Owners Context::owners(OwnersCheck check) {
  if (owners_file.empty()) {
    throw UsageError(
        "no owners file (give --owners FILE or set RACI_OWNERS; 'raci owners init' "
        "writes one)");
  }
  return load_owners_file(owners_file, matrix(), check);
}

const Owners* Context::given_owners() {
  if (owners_file.empty()) return nullptr;
  if (!owners_) owners_ = owners(OwnersCheck::strict);
  return &*owners_;
}

const ActivityOwners* Context::activity_owners() {
  const Owners* owners = given_owners();
  if (!owners) return nullptr;
  if (!activity_owners_) {
    const Matrix* full = &matrix();
    activity_owners_ = ActivityOwners{
        owners->party(), &owners->owners(), [owners, full](const Activity& activity) {
          const std::vector<Activity>& all = full->activities();
          const Activity* own = &activity;
          const std::less<const Activity*> before;
          if (before(own, all.data()) || !before(own, all.data() + all.size()))
            own = full->find_activity(activity.id);
          if (!own) return std::vector<LetterOwner>{};
          return owners->letters(static_cast<std::size_t>(own - all.data()));
        }};
  }
  return &*activity_owners_;
}

std::shared_ptr<WordStems> Context::word_stems() {
  if (!word_stems_) {
    word_stems_ = data_file.empty() ? std::make_shared<WordStems>(matrix(), builtin_word_stems(),
                                                                  builtin_known_words(),
                                                                  builtin_folded_glossary())
                                    : std::make_shared<WordStems>(matrix());
  }
  return word_stems_;
}

std::vector<std::string> color_choices() {
  return {"auto", "always", "never"};
}

void Context::deliver(const OutputTarget& target, const std::string& text) {
  if (target.file.empty() || target.file == "-") {
    out.write(text);
  } else {
    write_file_atomically(target.file, text, target.force ? ReadOnly::replace : ReadOnly::refuse);
  }
}

Layout Context::layout() const {
  const bool terminal = stdout_is_terminal();
  bool use_color = color == "always";
  if (color == "auto" && terminal) {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    use_color = !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
  }
  return {use_color, terminal ? terminal_width() : 0};
}

}  // namespace raci::cli
