#pragma once

#include <span>
#include <string>

#include "raci/model/matrix.hpp"
#include "raci/render/owners_view.hpp"
#include "raci/render/sink.hpp"

namespace raci {

// The whole matrix in the YAML data format (docs/data-format.md); loading it gives the same
// matrix.
// write_export_yaml streams it activity by activity.
std::string export_yaml(const Matrix& matrix);
void write_export_yaml(const Sink& sink, const Matrix& matrix);

// The same data format as JSON: the same keys and nesting.
// write_export_json streams it section by section and activity by activity.
std::string export_json(const Matrix& matrix);
void write_export_json(const Sink& sink, const Matrix& matrix);

// The whole matrix as a Markdown document like the provider's: front matter title, the
// legend table, a heading per section with its description and table, every footnote.
// `raci import` reads it back (without ids, French originals, notes, aliases and phases,
// which Markdown tables do not carry).
std::string export_markdown(const Matrix& matrix);
void write_export_markdown(const Sink& sink, const Matrix& matrix);

// The whole matrix as one self-contained HTML page (no external assets): a table per section
// with one column per party and role cells coloured by letter, the legend, the footnotes and
// a search box whose inline script filters the rows as one types. With `owners`, a column of
// the owners of the owners' party's letters, and a choice of owner that filters the rows.
std::string export_html(const Matrix& matrix, const ActivityOwners* owners = nullptr);
// One page for several matrices: a section per matrix (its title, legend, sections and
// notes), one search box over them all; row ids are a-MATRIX:ID.
std::string export_html(std::span<const Matrix* const> matrices,
                        const ActivityOwners* owners = nullptr);

}  // namespace raci
