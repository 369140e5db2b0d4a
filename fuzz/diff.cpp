// Two YAML matrices, separated by a line `=====` (without one, the input is diffed with
// itself): raci diff must pair the activities one to one, find nothing between a matrix and
// itself, count what it lists, and write every report without crashing and without a raw
// control or hidden character. A slow pairing is caught by libFuzzer's -timeout.
#include "raci/analysis/diff.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "hostile.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/diff_report.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"

namespace {

[[noreturn]] void broken(const char* promise, const std::string& text) {
  std::fprintf(stderr, "%s\n%s\n", promise, text.c_str());
  std::abort();
}

std::optional<raci::Matrix> load(std::string_view text, const char* name) {
  try {
    return raci::load_matrix_yaml(text, name);
  } catch (const raci::DataError&) {
    return std::nullopt;  // refused: nothing to compare
  }
}

// Every activity of `matrix` appears exactly once among the diff's sides `side`.
void check_one_to_one(const raci::Matrix& matrix, const raci::MatrixDiff& diff, bool old_side) {
  std::set<const raci::Activity*> seen;
  std::size_t listed = 0;
  const auto see = [&](const raci::Activity* activity) {
    ++listed;
    if (activity == nullptr || !seen.insert(activity).second)
      broken("an activity is listed twice or as null", activity ? activity->id : "(null)");
  };
  for (const raci::Activity* a : old_side ? diff.removed : diff.added)
    see(a);
  for (const raci::ActivityChange& c : diff.changed)
    see(old_side ? c.before : c.after);
  for (const raci::ActivityChange& c : diff.same)
    see(old_side ? c.before : c.after);
  if (listed != matrix.activities().size())
    broken("the diff does not pair every activity exactly once", old_side ? "old" : "new");
}

void check_reports(const raci::Matrix& before, const raci::Matrix& after,
                   const raci::MatrixDiff& diff) {
  const std::string text = raci::diff_text(before, after, diff, raci::Layout{false, 80});
  const std::string markdown = raci::diff_markdown(before, after, diff);
  // As raci diff -o json writes it (nlohmann's own dump leaves DEL raw; raci's writer does not).
  std::string json;
  raci::write_diff_json(raci::append_to(json), before, after, diff);
  for (const std::string* report : {&text, &markdown, static_cast<const std::string*>(&json)}) {
    if (raci::fuzz::has_raw_hostile(*report))
      broken("a diff report writes a control or hidden character raw", *report);
  }
  (void)raci::diff_stat_text(diff);
  for (const raci::Party& party : before.parties()) {
    const raci::PartyDuties duties = raci::party_duties(before, after, diff, party.id);
    (void)raci::party_duties_text(before, after, duties, std::nullopt);
    (void)raci::party_duties_markdown(before, after, duties, std::nullopt);
  }
  if (!before.activities().empty()) {
    const std::string& id = before.activities().front().id;
    if (auto explanation = raci::explain_pairing(before, after, diff, id))
      (void)raci::explanation_text(before, after, *explanation);
    else
      broken("an activity of the old matrix has no pairing to explain", id);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view separator = "\n=====\n";
  const std::size_t cut = input.find(separator);
  const std::optional<raci::Matrix> before =
      load(cut == std::string_view::npos ? input : input.substr(0, cut + 1), "before.yaml");
  if (!before) return 0;
  if (cut == std::string_view::npos) {
    const raci::MatrixDiff diff = raci::diff_matrices(*before, *before);
    if (!diff.empty()) broken("a matrix differs from itself", std::string(input));
    check_one_to_one(*before, diff, true);
    check_reports(*before, *before, diff);
    return 0;
  }
  const std::optional<raci::Matrix> after =
      load(input.substr(cut + separator.size()), "after.yaml");
  if (!after) return 0;
  const raci::MatrixDiff diff = raci::diff_matrices(*before, *after);
  check_one_to_one(*before, diff, true);
  check_one_to_one(*after, diff, false);
  std::size_t counted = 0;
  for (const auto& [name, count] : raci::count_changes(diff)) {
    if (name != "paired" && name != "unchanged") counted += count;
  }
  if (diff.empty() != (counted == 0)) broken("the counts disagree with the diff", "");
  check_reports(*before, *after, diff);
  return 0;
}
