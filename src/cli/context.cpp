#include "context.hpp"

#include <cstdlib>
#include <functional>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/util/atomic_file.hpp"
#include "raci/util/error.hpp"

namespace raci::cli {

const Matrix& Context::matrix() {
  if (!matrix_) matrix_ = data_file.empty() ? load_builtin_matrix() : load_matrix_file(data_file);
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
