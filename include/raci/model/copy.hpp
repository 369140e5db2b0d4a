#pragma once

#include <cstdint>
#include <vector>

#include "raci/model/builder.hpp"
#include "raci/model/matrix.hpp"

namespace raci {

enum class CopyLanguages : std::uint8_t { yes, no };

// A builder holding a copy of `matrix` restricted to `selection` (activities of `matrix`, in
// document order): those activities, the sections above them and the footnotes they cite,
// renumbered, with every text's translations and the glossary. The caller may add to it
// (translations, languages) before finish(). With CopyLanguages::no, the copy declares no
// languages yet: its original language is for the caller to give with add_language().
MatrixBuilder copy_matrix(const Matrix& matrix, const std::vector<const Activity*>& selection,
                          CopyLanguages languages = CopyLanguages::yes);

}  // namespace raci
