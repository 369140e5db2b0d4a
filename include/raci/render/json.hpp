#pragma once

#include <cstddef>
#include <vector>

#include "raci/analysis/diff.hpp"
#include "raci/analysis/missing_translations.hpp"
#include "raci/analysis/stats.hpp"
#include "raci/analysis/validate.hpp"
#include "raci/model/matrix.hpp"
#include "raci/render/format.hpp"
#include "raci/render/json_writer.hpp"
#include "raci/render/sink.hpp"

namespace raci {

// The objects of the JSON contract (docs/json-output.md), one function each; the command
// line prints exactly these.

// An activity: id, text, [text_fr], [note], section titles, section_id, phase, roles of every
// party, cited footnotes in full.
Json activity_json(const Matrix& matrix, const Activity& activity);
// For each of R, A, C and I, the ids of the parties that hold it: {"R": [...], ...}.
Json who_json(const Matrix& matrix, const Activity& activity);
// A section: id, title, [description], phase, parent, depth, activities (subsections' too).
Json section_json(const Matrix& matrix, const Section& section);
// A party: id, name, aliases.
Json party_json(const Party& party);
// A role of the legend: letter, name, description.
Json role_json(const RoleInfo& info);
// {"term", "same": [...], "lang" (when set)}: one glossary entry, as in the data format.
Json glossary_entry_json(const GlossaryEntry& entry);
// A footnote: number, text, and the ids of the activities that cite it.
Json footnote_json(const Matrix& matrix, const Footnote& footnote);
// A validate finding: rule, line, column, message.
Json finding_json(const Finding& finding);
// The validate report: file, valid, activities, findings.
Json validate_json(const Matrix& matrix, const std::vector<Finding>& findings);
// One party's counts in stats: party, R, A, C, I, alone, any.
Json party_counts_json(const Matrix& matrix, std::size_t party, const PartyCounts& counts);
// One section's counts in stats: id, title, activities, parties.
Json section_counts_json(const Matrix& matrix, const SectionCounts& counts);
// The stats object: activities, parties, sections.
Json stats_json(const Matrix& matrix, const Stats& stats);
// raci translations: the original's language, its count of texts and, per other language, the
// texts without a translation ({kind, id, field, place, text}).
Json missing_translations_json(const Matrix& matrix, const TranslationGaps& gaps);
// A changed activity in diff: id, old_id, paired_by, similarity, [reworded], [moved],
// [footnotes], roles.
Json activity_change_json(const Matrix& before, const Matrix& after, const ActivityChange& change);
// A renamed section in diff: id, old_id, old and new title paths.
Json section_rename_json(const Matrix& before, const Matrix& after, const SectionRename& rename);
// The counts of a diff (diff --stat -o json and the diff object's "summary").
Json diff_summary_json(const MatrixDiff& diff);
// The diff object: added and removed (activity objects), changed, sections, parties, legend,
// footnotes, summary.
Json diff_json(const Matrix& before, const Matrix& after, const MatrixDiff& diff);
// diff --party: party, role, new_duties, duties_gone, changed_duties.
Json party_duties_json(const Matrix& before, const Matrix& after, const PartyDuties& duties,
                       std::optional<Role> role);

// How a list of objects is printed: an indented JSON array (`-o json`, `[]` when empty) or
// one compact value per line (`-o jsonl`, nothing when empty).
enum class JsonList { array, lines };

// Writes a list of objects one at a time, each as soon as it is added.
class JsonListWriter {
 public:
  JsonListWriter(Sink sink, JsonList style);
  void add(const Json& value);
  // Closes the array (and ends the line); the writer is done.
  void finish();

 private:
  Sink sink_;
  JsonList style_;
  JsonWriter array_;
};

// Whether each object of a list says which matrix it comes from ("matrix": its name, first).
enum class MatrixField { hidden, shown };
// `object` with "matrix": the matrix's name, as its first field.
Json with_matrix_field(const Matrix& matrix, Json object);
// One activity object of write_activities_json.
Json activity_row_json(const Matrix& matrix, const Activity& activity, const MatchedWords& matched,
                       ActivityView view, const ActivityOwners* owners,
                       MatrixField field = MatrixField::hidden);

// The selection's activity objects as a list, written activity by activity. In the who view
// each object also has "who" (who_json); with `matched`, "matched": the words a search found;
// with `owners`, "owners" (owners_json).
void write_activities_json(const Sink& sink, const Matrix& matrix, const Selection& selection,
                           JsonList style, const MatchedWords& matched = {},
                           ActivityView view = ActivityView::list,
                           const ActivityOwners* owners = nullptr);

// diff_json(before, after, diff) indented, with a final newline, written activity by activity.
void write_diff_json(const Sink& sink, const Matrix& before, const Matrix& after,
                     const MatrixDiff& diff);

}  // namespace raci
