#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "raci/import/markdown_import.hpp"
#include "raci/model/matrix.hpp"
#include "raci/util/error.hpp"

namespace raci {

// One translated document, already read into a matrix (raci import reads each with
// import_markdown()).
struct TranslatedDocument {
  std::string language;  // BCP 47 tag
  std::string origin;    // the file, as messages name it
  const Matrix* matrix = nullptr;
  std::vector<RenumberedFootnote> renumbered;  // its footnotes defined twice (ImportResult)
  std::vector<Role> foreign_legend;            // its legend entries not in its language: not merged
};

// Something of a translation that was not merged, and why.
struct MergeDiagnostic {
  std::string origin;  // the file the place is in
  Location location;
  std::string message;
};

struct MergeResult {
  Matrix matrix;
  std::vector<MergeDiagnostic> diagnostics;  // per document, in document order
};

// Merges translated documents into `original` (whose language is `original_language`): the
// texts of each document's matrix become translations of the original's texts, aligned part
// by part. Parties align by position, the legend by letter, footnotes by number, sections in
// document order by their depth and the role letters of their rows, and the rows of two
// aligned sections one to one. A section that does not align (a row missing or added, other
// letters, a section missing) is reported where it differs and left untranslated in that
// language; the rest is merged. Each document's file becomes the translation of the
// original's `source` (where that language's texts come from). A text the original already has in
// that language (the built-in matrix's French originals) is kept and, when the document's differs,
// reported. `original_origin` is the original's file, as messages name it.
// When `original_renumbered` is given (the original is a Markdown document too), footnotes
// align by the number the documents write and which definition of it they are, so that a
// number defined twice pairs its second definitions in every language, whatever number each
// became; otherwise by number.
MergeResult merge_translations(
    const Matrix& original, std::string_view original_language, const std::string& original_origin,
    const std::vector<TranslatedDocument>& documents,
    const std::vector<RenumberedFootnote>* original_renumbered = nullptr);

// The language a file name gives: a directory named by a tag (`fr/iaas.md`) or a suffix of the
// stem (`iaas.fr.md`, `iaas_fr.md`, `iaas-fr.md`); empty when it gives none. Only the tags
// of languages raci knows words of are taken from file names: en, fr, de, es, it, pt, nl.
std::string language_of_file(std::string_view path);

}  // namespace raci
