#include "raci/analysis/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "raci/analysis/search.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

void check_roles(const Matrix& matrix, const Activity& activity, std::vector<Finding>& findings) {
  std::vector<std::string> accountable;
  bool responsible = false;
  for (std::size_t p = 0; p < activity.roles.size(); ++p) {
    if (activity.roles[p].contains(Role::accountable)) {
      accountable.push_back(matrix.parties()[p].id);
    }
    responsible = responsible || activity.roles[p].contains(Role::responsible);
  }
  if (accountable.empty()) {
    findings.push_back(
        {"one-accountable", activity.location,
         fmt::format("activity {} has no accountable party (A)", quote(activity.id))});
  } else if (accountable.size() > 1) {
    findings.push_back(
        {"one-accountable", activity.location,
         fmt::format("activity {} has {} accountable parties ({}); a RACI matrix "
                     "has exactly one",
                     quote(activity.id), accountable.size(), fmt::join(accountable, ", "))});
  }
  if (!responsible) {
    findings.push_back(
        {"responsible", activity.location,
         fmt::format("activity {} has no responsible party (R)", quote(activity.id))});
  }
}

bool has_activities(const Matrix& matrix, const Section& section) {
  if (!section.activities.empty()) return true;
  return std::any_of(section.subsections.begin(), section.subsections.end(), [&](std::size_t sub) {
    return has_activities(matrix, matrix.sections()[sub]);
  });
}

bool before(const Location& a, const Location& b) {
  return a.line != b.line ? a.line < b.line : a.column < b.column;
}

}  // namespace

std::vector<Finding> validate(const Matrix& matrix) {
  std::vector<Finding> findings;
  std::set<int> cited;
  for (const Activity& activity : matrix.activities()) {
    check_roles(matrix, activity, findings);
    cited.insert(activity.footnotes.begin(), activity.footnotes.end());
  }
  for (const Footnote& footnote : matrix.footnotes()) {
    if (!cited.contains(footnote.number)) {
      findings.push_back({"uncited-footnote", footnote.location,
                          fmt::format("footnote {} is never cited", footnote.number)});
    }
  }
  for (const Section& section : matrix.sections()) {
    if (!has_activities(matrix, section)) {
      findings.push_back({"empty-section", section.location,
                          fmt::format("section {} has no activities", quote(section.id))});
    }
    std::unordered_map<std::string, const Activity*> seen;
    for (std::size_t index : section.activities) {
      const Activity& activity = matrix.activities()[index];
      const auto [it, inserted] = seen.emplace(fold(activity.text), &activity);
      if (!inserted) {
        findings.push_back(
            {"same-text", activity.location,
             fmt::format("activity {} has the same text as {} (line {}) in section {}",
                         quote(activity.id), quote(it->second->id), it->second->location.line,
                         quote(section.id))});
      }
    }
  }
  auto stems = std::make_shared<WordStems>(matrix);
  for (const GlossaryEntry& entry : matrix.glossary()) {
    const Search search(matrix, '"' + entry.term + '"', stems);
    if (std::none_of(matrix.activities().begin(), matrix.activities().end(),
                     [&](const Activity& a) { return search.matches(a); })) {
      findings.push_back({"unused-glossary-term", entry.location,
                          fmt::format("glossary term {} finds no activity", quote(entry.term)),
                          Severity::warning});
    }
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return before(a.location, b.location);
  });
  return findings;
}

}  // namespace raci
