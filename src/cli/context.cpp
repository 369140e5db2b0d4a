#include "context.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
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

std::vector<Context::Selected>& Context::selected() {
  if (resolved_) return selected_;
  resolved_ = true;
  for (const std::string& given : matrix_names) {
    std::vector<std::string> ids;
    if (given == "all") {
      for (const BuiltinMatrixInfo& info : builtin_matrices())
        ids.emplace_back(info.id);
    } else if (!is_builtin_matrix(given)) {
      try {
        load_builtin_matrix(given);  // throws, saying which ids there are
      } catch (const UsageError& e) {
        throw UsageError(std::string(e.what()) +
                         (matrix_from_environment ? " (from RACI_MATRIX)" : ""));
      }
    } else {
      ids.push_back(given);
    }
    for (std::string& id : ids) {
      if (std::ranges::none_of(selected_, [&](const Selected& s) { return s.builtin == id; }))
        selected_.push_back({std::move(id), {}, {}, {}});
    }
  }
  for (const std::string& file : data_files)
    selected_.push_back({{}, file, {}, {}});
  if (selected_.empty()) selected_.push_back({std::string(default_matrix), {}, {}, {}});
  return selected_;
}

std::size_t Context::matrix_count() {
  return selected().size();
}

bool Context::names_matrices() {
  return !matrix_names.empty() || matrix_count() > 1;
}

// The texts are shown in --lang (RACI_LANG) when given, else in the locale's language when
// the matrix has it, else in the first matrix's original language when it has it (so that
// several matrices read in one language), else in its own original language.
Context::Selected& Context::current() {
  std::vector<Selected>& all = selected();
  Selected& which = all[current_];
  if (which.matrix) return which;
  Matrix loaded = load(which);
  std::string shown;
  if (!language.empty()) {
    shown = matching_language(loaded, language);
    if (shown.empty()) {
      throw UsageError(fmt::format("the matrix{} has no texts in {} (its languages: {}){}",
                                   all.size() > 1 ? " " + quote(loaded.name()) : "",
                                   quote(escape_controls(language)),
                                   fmt::join(loaded.languages(), ", "),
                                   language_from_environment ? " (from RACI_LANG)" : ""));
    }
  } else if (const std::string locale = locale_language(); !locale.empty()) {
    shown = matching_language(loaded, locale);
  }
  if (shown.empty() && !shown_language_.empty()) shown = matching_language(loaded, shown_language_);
  if (shown_language_.empty()) shown_language_ = shown.empty() ? loaded.languages().front() : shown;
  // The names tell matrices apart in output and in MATRIX:ID.
  for (const Selected& other : all) {
    if (&other != &which && other.matrix && other.matrix->name() == loaded.name()) {
      throw UsageError(
          fmt::format("two selected matrices are named {} ({} and {}): rename a data file",
                      quote(loaded.name()), escape_controls(other.matrix->origin()),
                      escape_controls(loaded.origin())));
    }
  }
  if (!shown.empty() && shown != loaded.languages().front()) {
    which.matrix = in_language(loaded, shown);
  } else {
    which.matrix = std::move(loaded);
  }
  return which;
}

const Matrix& Context::matrix() {
  if (!iterating_ && selected().size() > 1) {
    std::vector<std::string> names;
    for (const Selected& s : selected_)
      names.push_back(s.builtin.empty() ? s.file : s.builtin);
    throw UsageError(fmt::format(
        "'raci {}' reads one matrix, and {} are selected ({}): choose one with --matrix "
        "or --data",
        command, names.size(), escape_controls(fmt::format("{}", fmt::join(names, ", ")))));
  }
  return *current().matrix;
}

RoleSet Context::selected_roles() {
  if (!iterating_) return matrix().roles();
  RoleSet roles;
  for (const Selected& s : selected_)
    roles = roles | s.matrix->roles();
  return roles;
}

std::vector<Role> Context::selected_legend() {
  std::vector<Role> letters;
  RoleSet seen;
  const auto add = [&](const Matrix& matrix) {
    for (const RoleInfo& info : matrix.legend()) {
      if (seen.contains(info.role)) continue;
      seen.insert(info.role);
      letters.push_back(info.role);
    }
  };
  if (!iterating_) {
    add(matrix());
    return letters;
  }
  for (const Selected& s : selected_)
    add(*s.matrix);
  return letters;
}

void Context::for_each_matrix(const std::function<void(const Matrix&)>& body) {
  const std::size_t count = selected().size();
  if (count > 1 && !owners_file.empty())
    throw UsageError("an owners file (--owners) goes with one matrix: choose one with --matrix");
  // Every matrix is loaded before anything is printed, so that an error stops it all.
  for (current_ = 0; current_ < count; ++current_)
    current();
  iterating_ = true;
  try {
    for (current_ = 0; current_ < count; ++current_)
      body(*selected_[current_].matrix);
  } catch (...) {
    iterating_ = false;
    current_ = 0;
    throw;
  }
  iterating_ = false;
  current_ = 0;
}

void Context::focus_matrix(std::string_view name) {
  std::vector<Selected>& all = selected();
  for (std::size_t i = 0; i < all.size(); ++i) {
    bool named = all[i].builtin == name;
    if (all[i].builtin.empty()) {
      current_ = i;
      named = current().matrix->name() == name;
    }
    if (named) {
      Selected kept = std::move(all[i]);
      all.clear();
      all.push_back(std::move(kept));
      current_ = 0;
      return;
    }
  }
  current_ = 0;
  if (!is_builtin_matrix(name)) load_builtin_matrix(name);  // throws, with "did you mean"
  all.clear();
  all.push_back({std::string(name), {}, {}, {}});
}

std::string Context::builtin_file() {
  const Selected& which = selected()[current_];
  if (which.builtin.empty()) return {};
  for (const BuiltinMatrixInfo& info : builtin_matrices()) {
    if (info.id == which.builtin) return std::string(info.file);
  }
  return {};
}

Matrix Context::load(const Selected& which) const {
  if (!which.builtin.empty()) return load_builtin_matrix(which.builtin);
  try {
    return load_matrix_file(which.file);
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
  const Matrix& shown = matrix();
  Selected& which = selected_[current_];
  if (!which.word_stems) {
    const std::string& id = which.builtin;
    which.word_stems = id.empty() ? std::make_shared<WordStems>(shown)
                                  : std::make_shared<WordStems>(shown, builtin_word_stems(id),
                                                                builtin_known_words(id),
                                                                builtin_folded_glossary(id));
  }
  return which.word_stems;
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
