#include "context.hpp"

#include <cstdlib>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/util/atomic_file.hpp"
#include "raci/util/error.hpp"

namespace raci::cli {

const Matrix& Context::matrix() {
  if (matrix_) return *matrix_;
  if (data_file.empty()) {
    matrix_ = load_builtin_matrix();
    return *matrix_;
  }
  try {
    matrix_ = load_matrix_file(data_file);
  } catch (const DataError& e) {
    // A file that cannot be read at all, named by a variable the user may have forgotten.
    if (data_from_environment && e.location().line == 0)
      throw DataError(e.file(), e.location(), e.message() + " (path from RACI_DATA)");
    throw;
  }
  return *matrix_;
}

Owners Context::owners(OwnersCheck check) {
  if (owners_file.empty()) {
    throw UsageError(
        "no owners file (give --owners FILE or set RACI_OWNERS; 'raci owners init' "
        "writes one)");
  }
  return load_owners_file(owners_file, matrix(), check);
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
