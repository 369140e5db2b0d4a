// raci diff against revisions of the built-in matrix made with known edits: the diff must
// report exactly the edits made.
#include <catch2/catch.hpp>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "raci/analysis/diff.hpp"
#include "raci/load/loader.hpp"
#include "raci/model/builder.hpp"

namespace {

using raci::Activity;
using raci::Matrix;

// Rewordings a provider makes: synonyms, and other forms of the same word.
const std::map<std::string, std::string> synonyms = {
    {"Manage", "Handle"},
    {"manage", "handle"},
    {"Ensure", "Guarantee"},
    {"ensure", "guarantee"},
    {"Define", "Specify"},
    {"provide", "supply"},
    {"Provide", "Supply"},
    {"Implement", "Put in place"},
    {"implement", "put in place"},
    {"Maintain", "Keep"},
    {"maintain", "keep"},
    {"necessary", "required"},
    {"appropriate", "suitable"},
    {"overall", "global"},
    {"Perform", "Carry out"},
    {"perform", "carry out"},
    {"Configure", "Set up"},
    {"configure", "set up"},
    {"your", "the"},
    {"the", "your"},
    {"selected", "chosen"},
    {"capacities", "capacity"},
    {"resources", "resource"},
    {"machines", "machine"},
    {"infrastructures", "infrastructure"},
    {"backups", "backup"},
    {"updates", "update"},
};

// Words for inserted rows: operations a matrix might add, foreign to the built-in texts.
const std::vector<std::string> foreign_words = {
    "Rotate",   "encryption", "keys",      "quarterly",  "Audit",     "firmware",  "drift",
    "Publish",  "carbon",     "footprint", "reports",    "Train",     "staff",     "phishing",
    "Escalate", "vendor",     "tickets",   "weekly",     "Archive",   "mailboxes", "Negotiate",
    "pricing",  "tiers",      "Forecast",  "budgets",    "Calibrate", "sensors",   "GPU",
    "quotas",   "Retire",     "legacy",    "appliances", "Translate", "manuals",   "Benchmark"};

std::string reword(const std::string& text, std::mt19937& random) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;)
    words.push_back(w);
  std::vector<std::size_t> replaceable;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (synonyms.contains(words[i])) replaceable.push_back(i);
  }
  std::shuffle(replaceable.begin(), replaceable.end(), random);
  const std::size_t count = std::min<std::size_t>(replaceable.size(), 1 + random() % 2);
  for (std::size_t k = 0; k < count; ++k)
    words[replaceable[k]] = synonyms.at(words[replaceable[k]]);
  if (count == 0) words.insert(words.begin() + 1, "properly");
  std::string out;
  for (const std::string& w : words)
    out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string foreign_text(std::mt19937& random) {
  std::string out;
  const std::size_t count = 5 + random() % 5;
  for (std::size_t k = 0; k < count; ++k) {
    out += (out.empty() ? "" : (k == 2 ? " of the " : " ")) +
           foreign_words[random() % foreign_words.size()];
  }
  return out;
}

// What was done to make a revision, by old id and by new id.
struct Edits {
  std::set<std::string> deleted;                 // old ids
  std::set<std::string> inserted;                // new ids
  std::map<std::string, std::string> new_id_of;  // every kept old id → its new id
  std::set<std::string> reworded, moved, roles;  // old ids
  std::set<std::string> renamed_sections;        // old section ids
  std::size_t count() const {
    return deleted.size() + inserted.size() + reworded.size() + moved.size() + roles.size() +
           renamed_sections.size();
  }
};

struct Row {
  const Activity* old = nullptr;  // null for an inserted row
  std::string id, text;
  std::vector<raci::RoleSet> roles;
};

Matrix revise(const Matrix& base, std::mt19937& random, Edits& edits) {
  const auto chance = [&](unsigned percent) { return random() % 1000 < percent * 10; };
  const bool new_ids = chance(50);
  raci::MatrixBuilder b("revision");
  b.set_title(base.title());
  for (raci::Role role : raci::all_roles) {
    b.set_role_name(role, base.role_info(role).name);
    b.set_role_description(role, base.role_info(role).description);
  }
  b.end_legend();
  for (const raci::Party& party : base.parties()) {
    const std::size_t p = b.add_party();
    b.set_party_id(p, party.id);
    b.set_party_name(p, party.name);
  }
  b.end_parties();
  for (const raci::Footnote& footnote : base.footnotes()) {
    const std::size_t f = b.add_footnote();
    b.set_footnote_number(f, footnote.number);
    b.set_footnote_text(f, footnote.text);
  }
  b.end_footnotes();
  // Rows per section, with the edits.
  std::vector<std::vector<Row>> rows(base.sections().size());
  std::vector<Row> moving;
  std::size_t next_id = 0;
  const auto fresh_id = [&](const std::string& old_id) {
    return new_ids || old_id.empty() ? "row-" + std::to_string(next_id++) : old_id;
  };
  std::set<std::string> texts;
  for (const Activity& a : base.activities())
    texts.insert(a.text);
  for (const Activity& a : base.activities()) {
    if (chance(3)) {
      edits.deleted.insert(a.id);
      continue;
    }
    Row row{&a, fresh_id(a.id), a.text, a.roles};
    edits.new_id_of[a.id] = row.id;
    if (chance(6)) {
      std::string text = reword(a.text, random);
      if (!texts.contains(text)) {
        row.text = text;
        texts.insert(text);
        edits.reworded.insert(a.id);
      }
    }
    if (chance(4)) {
      std::size_t p = random() % base.parties().size();
      const char* choices[] = {"R", "A", "RA", "C", "I", "CI", ""};
      const raci::RoleSet wanted =
          raci::read_role_letters(choices[random() % 7], raci::RoleSet::core(),
                                  raci::LetterCase::upper, raci::Repeats::refused)
              .roles;
      if (wanted != row.roles[p]) {
        row.roles[p] = wanted;
        edits.roles.insert(a.id);
      }
    }
    if (!edits.reworded.contains(a.id) && chance(2)) {
      edits.moved.insert(a.id);
      moving.push_back(std::move(row));
      continue;
    }
    rows[a.section].push_back(std::move(row));
  }
  for (std::size_t s = 0; s < rows.size(); ++s) {
    if (!base.sections()[s].activities.empty() && chance(15)) {
      Row row{nullptr, "", foreign_text(random), {}};
      row.id = fresh_id("");
      for (std::size_t p = 0; p < base.parties().size(); ++p) {
        row.roles.push_back(raci::read_role_letters(p == random() % 2 ? "RA" : "I",
                                                    raci::RoleSet::core(), raci::LetterCase::upper,
                                                    raci::Repeats::refused)
                                .roles);
      }
      edits.inserted.insert(row.id);
      const std::size_t at = random() % (rows[s].size() + 1);
      rows[s].insert(rows[s].begin() + static_cast<std::ptrdiff_t>(at), std::move(row));
    }
  }
  for (Row& row : moving) {
    std::size_t s = 0;
    do {
      s = random() % rows.size();
    } while (s == row.old->section || base.sections()[s].activities.empty());
    const std::size_t at = random() % (rows[s].size() + 1);
    rows[s].insert(rows[s].begin() + static_cast<std::ptrdiff_t>(at), std::move(row));
  }
  for (std::size_t s = 0; s < base.sections().size(); ++s) {
    const raci::Section& section = base.sections()[s];
    const std::size_t added = b.add_section(section.parent);
    b.set_section_id(added, new_ids ? "s-" + std::to_string(s) : section.id);
    std::string title = section.title;
    if (chance(8)) {
      title = "Revised: " + title;
      edits.renamed_sections.insert(section.id);
    }
    b.set_section_title(added, title);
    if (section.phase && section.parent == raci::no_section)
      b.set_section_phase(added, *section.phase);
    for (const Row& row : rows[s]) {
      const std::size_t a = b.add_activity(added);
      b.set_activity_id(a, row.id);
      b.set_activity_text(a, row.text);
      for (std::size_t p = 0; p < base.parties().size(); ++p)
        b.set_roles(a, base.parties()[p].id, row.roles[p]);
      if (row.old) {
        for (int number : row.old->footnotes)
          b.add_citation(a, number);
      }
    }
  }
  return b.finish();
}

}  // namespace

TEST_CASE("Diff: random revisions of the built-in matrix report exactly the edits made") {
  const Matrix base = raci::load_builtin_matrix();
  std::mt19937 random(20261129);
  constexpr int revisions = 200;
  std::size_t edits_made = 0;
  std::size_t misses = 0;
  std::vector<std::string> examples;
  for (int r = 0; r < revisions; ++r) {
    Edits edits;
    const Matrix revision = revise(base, random, edits);
    edits_made += edits.count();
    const raci::MatrixDiff diff = raci::diff_matrices(base, revision);
    std::set<std::string> removed, added, reworded, moved, roles, renamed;
    std::size_t wrong_pairs = 0;
    for (const Activity* a : diff.removed)
      removed.insert(a->id);
    for (const Activity* a : diff.added)
      added.insert(a->id);
    for (const auto* list : {&diff.changed, &diff.same}) {
      for (const raci::ActivityChange& c : *list) {
        const auto it = edits.new_id_of.find(c.before->id);
        if (it == edits.new_id_of.end() || it->second != c.after->id) ++wrong_pairs;
        if (c.reworded) reworded.insert(c.before->id);
        if (c.moved) moved.insert(c.before->id);
        if (!c.roles.empty()) roles.insert(c.before->id);
      }
    }
    for (const raci::SectionRename& s : diff.renamed_sections)
      renamed.insert(s.before->id);
    const auto missed = [&](const std::set<std::string>& want, const std::set<std::string>& got,
                            const char* kind) {
      std::size_t count = 0;
      for (const std::string& id : want)
        if (!got.contains(id)) ++count;
      for (const std::string& id : got)
        if (!want.contains(id)) ++count;
      if (count > 0 && examples.size() < 10)
        examples.push_back("revision " + std::to_string(r) + ": " + kind);
      return count;
    };
    misses += missed(edits.deleted, removed, "removed") + missed(edits.inserted, added, "added") +
              missed(edits.reworded, reworded, "reworded") + missed(edits.moved, moved, "moved") +
              missed(edits.roles, roles, "roles") +
              missed(edits.renamed_sections, renamed, "renamed sections") + wrong_pairs;
  }
  std::cout << "diff revisions: " << revisions << " revisions, " << edits_made << " edits, "
            << misses << " misses\n";
  for (const std::string& e : examples)
    std::cout << "  " << e << "\n";
  CHECK(edits_made > 2000);
  CHECK(misses == 0);
}
