// raci export -o html: the matrix as one self-contained page for people who never open a
// terminal. Everything is inline (style and a small filter script); nothing is fetched.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "raci/analysis/search.hpp"
#include "raci/render/export.hpp"
#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci {
namespace {

// The page's fixed parts. Role cells are coloured by letter; each letter keeps its colour in
// the legend, and the colours keep enough contrast in print and in a dark theme.
constexpr std::string_view style = R"css(
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #59636e;
  --line: #d1d9e0; --head: #f6f8fa;
  --R: #1f6feb; --A: #8250df; --C: #bf8700; --I: #57606a; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #151b23; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
h2 { font-size: 1.3rem; margin: 1.8rem 0 .4rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta, .description, .note, .section-note, .count { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.filter { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 1rem;
  padding: .6rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filter select { padding: .4rem .6rem; font: inherit; color: inherit; background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; }
td.owners { width: 12rem; }
.filter input { flex: 1; max-width: 32rem; padding: .4rem .6rem; font: inherit; color: inherit;
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
table { width: 100%; border-collapse: collapse; margin: .3rem 0 .8rem; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); text-align: left;
  vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
th.party, td.roles { width: 8.5rem; text-align: center; white-space: nowrap; }
.id { display: block; color: var(--muted); font: .8rem ui-monospace, monospace; }
.untranslated { color: var(--muted); font-style: italic; }
.letter { display: inline-block; min-width: 1.6em; margin: 0 .1em; padding: .05em .3em;
  border-radius: 4px; color: #fff; font-weight: 700; text-align: center; }
.letter.R { background: var(--R); } .letter.A { background: var(--A); }
.letter.C { background: var(--C); } .letter.I { background: var(--I); }
sup a { text-decoration: none; }
[hidden] { display: none !important; }
@media print { .filter { display: none; } body { max-width: none; }
  .letter { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)css";

// Filters the rows as the user types, with the rules of `raci list -k` (docs/search.md):
// whole words compared by stem, "quoted phrases", glossary terms. The page cannot stem, so
// raci writes each row's stems (per field: text, each translation, id; by activity id), each
// field's language, and the stems of every word the matrix and its glossary use in each
// language (the last one: the word whole); a typed word it does not know is taken for
// its singular in -s or -es when that is known, else for itself. While words are typed, a
// section stays visible only if one of its rows does. Escape clears the box.
constexpr std::string_view script = R"js(
(function () {
  var data = JSON.parse(document.getElementById('search-data').textContent);
  var fold = function (s) {
    return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  };
  var split = function (s) { return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean); };
  var word = function (w) {
    var stems = data.stems[w] || data.stems[w.replace(/s$/, '')] ||
                data.stems[w.replace(/es$/, '')] || data.languages.map(function () { return w; });
    return { folded: w, stems: stems };
  };
  var same = function (a, b) {
    return a.folded === b.folded ||
      a.stems.some(function (stem, l) { return l < a.stems.length - 1 && stem === b.stems[l]; });
  };
  var glossary = [];
  data.glossary.forEach(function (entry, e) {
    entry.phrases.forEach(function (p) {
      glossary.push({ words: p.map(word), language: entry.language, entry: e });
    });
  });
  var longest = glossary.reduce(function (n, g) { return Math.max(n, g.words.length); }, 0);
  var entriesAt = function (words, start, length) {
    return glossary.filter(function (g) {
      return g.words.length === length && start + length <= words.length &&
        g.words.every(function (w, j) { return same(w, words[start + j]); });
    }).map(function (g) { return g.entry; });
  };
  var unit = function (words, entries) {
    var phrases = [{ words: words, language: -1 }];
    glossary.forEach(function (g) { if (entries.indexOf(g.entry) >= 0) phrases.push(g); });
    return phrases;
  };
  var compile = function (query) {
    var units = [];
    query.split('"').forEach(function (part, i) {
      var words = split(part).map(word);
      if (i % 2 === 1) {
        if (words.length) units.push(unit(words, entriesAt(words, 0, words.length)));
        return;
      }
      for (var k = 0; k < words.length;) {
        var length = Math.min(longest, words.length - k), entries = [];
        for (; length > 0; --length) {
          entries = entriesAt(words, k, length);
          if (entries.length) break;
        }
        length = Math.max(length, 1);
        units.push(unit(words.slice(k, k + length), entries));
        k += length;
      }
    });
    return units;
  };
  var found = function (phrase, stems, language) {
    if (phrase.language !== -1 && phrase.language !== language) return false;
    var n = phrase.words.length;
    for (var i = 0; n > 0 && i + n <= stems.length; ++i) {
      var all = true;
      for (var j = 0; all && j < n; ++j) all = stems[i + j] === phrase.words[j].stems[language];
      if (all) return true;
    }
    return false;
  };
  var box = document.getElementById('filter');
  var owner = document.getElementById('owner');
  var count = document.getElementById('count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.activity'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.matrix-section'));
  var fields = rows.map(function (row) {
    var stems = data.rows[row.id.slice(2)].map(function (s) {
      return s.split(' ').filter(Boolean);
    });
    return stems.map(function (list, f) { return [list, data.fields[f]]; });
  });
  var apply = function () {
    var units = compile(box.value);
    var shown = 0;
    rows.forEach(function (row, r) {
      var match = units.every(function (phrases) {
        return phrases.some(function (p) {
          return fields[r].some(function (f) { return found(p, f[0], f[1]); });
        });
      });
      if (owner && owner.value) {
        match = match && (row.getAttribute('data-owners') || '').split(' ')
          .indexOf(owner.value) >= 0;
      }
      row.hidden = !match;
      if (match) shown++;
    });
    sections.slice().reverse().forEach(function (s) {
      s.hidden = (units.length > 0 || (owner && owner.value)) &&
        !s.querySelector('tr.activity:not([hidden])');
    });
    count.textContent = shown + ' of ' + rows.length + ' activities';
  };
  box.addEventListener('input', apply);
  if (owner) owner.addEventListener('change', apply);
  box.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { box.value = ''; apply(); }
  });
  document.querySelector('.filter').hidden = false;
  apply();
})();
)js";

// An activity's key in the page (its row's id without "a-"): its id, or with several
// matrices MATRIX:ID.
std::string row_key(const Matrix& matrix, const Activity& activity, bool prefixed) {
  return prefixed ? matrix.name() + ":" + activity.id : activity.id;
}

// What the filter script needs to stem like raci: the stems of every word of the texts, ids
// and glossary ({"word": [English stem, French stem]}), and the glossary's phrases as words.
std::string search_data(std::span<const Matrix* const> matrices, bool prefixed) {
  nlohmann::ordered_json fields = nlohmann::ordered_json::array();  // each field's language
  for (Field field : all_fields)
    fields.push_back(field_language(*matrices.front(), field));
  nlohmann::ordered_json rows = nlohmann::ordered_json::object();
  nlohmann::ordered_json words = nlohmann::ordered_json::object();
  std::unique_ptr<WordStems> current;
  const auto add = [&](std::string_view text) {
    std::vector<std::string> folded;
    for (const Word& word : split_words(text)) {
      if (!words.contains(word.folded)) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (std::size_t l = 0; l < language_count; ++l)
          list.push_back(current->stem(word, l));
        words[word.folded] = std::move(list);
      }
      folded.push_back(word.folded);
    }
    return folded;
  };
  nlohmann::ordered_json glossary = nlohmann::ordered_json::array();
  for (const Matrix* matrix : matrices) {
    current = std::make_unique<WordStems>(*matrix);
    for (const Activity& activity : matrix->activities()) {
      nlohmann::ordered_json row = nlohmann::ordered_json::array();
      for (Field field : all_fields) {
        add(field_value(*matrix, activity, field));
        row.push_back(joined_stems(activity, field, *current));
      }
      rows[row_key(*matrix, activity, prefixed)] = std::move(row);
    }
    for (const GlossaryEntry& entry : matrix->glossary()) {
      nlohmann::ordered_json phrases = nlohmann::ordered_json::array();
      phrases.push_back(add(entry.term));
      for (const std::string& same : entry.same)
        phrases.push_back(add(same));
      const int language =
          entry.language.empty() ? -1 : static_cast<int>(search_language(entry.language));
      glossary.push_back({{"language", language}, {"phrases", std::move(phrases)}});
    }
  }
  std::string out = nlohmann::ordered_json{{"languages", search_languages},
                                           {"fields", fields},
                                           {"rows", std::move(rows)},
                                           {"stems", std::move(words)},
                                           {"glossary", std::move(glossary)}}
                        .dump();
  // "</script>" must not end the element early.
  for (std::size_t at = out.find("</"); at != std::string::npos; at = out.find("</", at))
    out.replace(at, 2, "<\\/");
  return out;
}

// Text into HTML, for element content and quoted attribute values alike.
// Control characters (not allowed in HTML, even as character references) and hidden ones are
// shown as escapes first, by the rule every display format follows (escape_controls).
std::string escape(std::string_view raw) {
  const std::string text = escape_controls(raw, LineBreaks::keep);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The page's style colours R, A, C and I; a legend's other letters carry their own, so that
// a page without them is the same as before they existed.
std::string_view letter_style(Role role) {
  return is_core_role(role) ? "" : " style=\"background: #0a7d6c\"";
}

void append_roles(std::string& out, const Matrix& matrix, RoleSet roles) {
  out += "<td class=\"roles\">";
  for (Role role : roles.roles()) {
    fmt::format_to(std::back_inserter(out),
                   "<span class=\"letter {0}\"{2} title=\"{1}\">{0}</span>", role_letter(role),
                   escape(matrix.role_info(role).name), letter_style(role));
  }
  out += "</td>";
}

// The owners' ids a row's owner filter looks for: every owner of a letter, and "-" when a
// duty has none.
std::string owner_keys(const std::vector<LetterOwner>& letters) {
  std::vector<std::string> keys;
  for (const LetterOwner& letter : owned_letters(letters)) {
    std::string key = letter.owner ? letter.owner->id : "-";
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  return fmt::format("{}", fmt::join(keys, " "));
}

void append_activity(std::string& out, const Matrix& matrix, const Activity& activity,
                     const ActivityOwners* owners, bool prefixed) {
  std::vector<LetterOwner> letters;
  if (owners) letters = owners->letters(activity);
  fmt::format_to(std::back_inserter(out), "<tr class=\"activity\" id=\"a-{}\"",
                 escape(row_key(matrix, activity, prefixed)));
  if (owners) fmt::format_to(std::back_inserter(out), " data-owners=\"{}\"", owner_keys(letters));
  fmt::format_to(std::back_inserter(out), "><td><span class=\"id\">{}</span>", escape(activity.id));
  // A text shown in the original language (marked "[en] ") says so to the reader and, with
  // its lang, to a screen reader.
  const std::string& original = matrix.original().languages().front();
  if (matrix.shown_language() != original &&
      find_translation(matrix.text_translations(activity), matrix.shown_language()) == nullptr) {
    fmt::format_to(std::back_inserter(out), "<span class=\"untranslated\" lang=\"{}\">{}</span>",
                   escape(original), escape(activity.text));
  } else {
    out += escape(activity.text);
  }
  for (int number : activity.footnotes) {
    fmt::format_to(std::back_inserter(out), "<sup><a href=\"#fn-{0}{1}\">{1}</a></sup>",
                   prefixed ? escape(matrix.name()) + "-" : std::string(), number);
  }
  // The page is in one language (--lang); the search box finds the words of every language.
  if (!activity.note.empty())
    fmt::format_to(std::back_inserter(out), "<div class=\"note\">{}</div>", escape(activity.note));
  out += "</td>";
  for (RoleSet roles : activity.roles)
    append_roles(out, matrix, roles);
  if (owners) out += "<td class=\"owners\">" + escape(owners_summary(letters)) + "</td>";
  out += "</tr>\n";
}

void append_section(std::string& out, const Matrix& matrix, const Section& section,
                    const ActivityOwners* owners, bool prefixed) {
  const std::size_t level = std::min<std::size_t>(section.depth + (prefixed ? 3 : 2), 6);
  fmt::format_to(std::back_inserter(out),
                 "<section class=\"matrix-section\" id=\"s-{0}{1}\">\n"
                 "<h{3} class=\"section-title\">{2}</h{3}>\n",
                 prefixed ? escape(matrix.name()) + ":" : std::string(), escape(section.id),
                 escape(section.title), level);
  if (!section.description.empty()) {
    fmt::format_to(std::back_inserter(out), "<p class=\"description\">{}</p>\n",
                   escape(section.description));
  }
  if (!section.activities.empty()) {
    out += "<table>\n<thead><tr><th>Activity</th>";
    for (const Party& party : matrix.parties()) {
      fmt::format_to(std::back_inserter(out), "<th class=\"party\">{}</th>", escape(party.name));
    }
    if (owners) {
      fmt::format_to(std::back_inserter(out), "<th class=\"owners\">{}: owners</th>",
                     escape(matrix.parties()[owners->party].name));
    }
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t index : section.activities)
      append_activity(out, matrix, matrix.activities()[index], owners, prefixed);
    out += "</tbody>\n</table>\n";
  }
  for (std::size_t n : section.notes) {
    fmt::format_to(std::back_inserter(out), "<p class=\"section-note\">{}</p>\n",
                   escape(matrix.section_notes()[n].text));
  }
  for (std::size_t index : section.subsections)
    append_section(out, matrix, matrix.sections()[index], owners, prefixed);
  out += "</section>\n";
}

// The choice of owner in the filter bar: every owner of the file, and the duties of none.
std::string owner_choice(const ActivityOwners& owners) {
  std::string out =
      "<select id=\"owner\" aria-label=\"Owner\">\n<option value=\"\">Every owner</option>\n";
  for (const Owner& owner : *owners.owners) {
    fmt::format_to(std::back_inserter(out), "<option value=\"{}\">{}</option>\n", escape(owner.id),
                   escape(owner.name));
  }
  return out + "<option value=\"-\">No owner yet</option>\n</select>\n";
}

// The header of one matrix: its title (h1 alone, h2 among several), provider, source,
// description and legend.
// "-NAME" of a matrix on a page of several, for ids; built by appending (GCC 12 at -O3 warns
// falsely, -Wrestrict, on "-" + string).
std::string name_suffix(const Matrix& matrix, bool prefixed) {
  std::string out;
  if (!prefixed) return out;
  out += '-';
  out += escape(matrix.name());
  return out;
}

void append_matrix_header(std::string& out, const Matrix& matrix, bool prefixed) {
  const int level = prefixed ? 2 : 1;
  fmt::format_to(std::back_inserter(out), "<h{0}>{1}</h{0}>\n", level, escape(matrix.title()));
  if (!matrix.provider().empty() || !matrix.source().empty()) {
    out += "<p class=\"meta\">";
    if (prefixed) out += "Matrix: " + escape(matrix.name()) + " · ";
    if (!matrix.provider().empty()) out += "Provider: " + escape(matrix.provider());
    if (!matrix.provider().empty() && !matrix.source().empty()) out += " · ";
    if (!matrix.source().empty()) out += "Source: " + escape(matrix.source());
    out += "</p>\n";
  }
  if (!matrix.description().empty())
    out += "<p class=\"description\">" + escape(matrix.description()) + "</p>\n";
  fmt::format_to(std::back_inserter(out), "<h{0} id=\"legend{1}\">Legend</h{0}>\n", level + 1,
                 name_suffix(matrix, prefixed));
  out += "<ul class=\"legend\">\n";
  for (const RoleInfo& info : matrix.legend()) {
    fmt::format_to(std::back_inserter(out),
                   "<li><span class=\"letter {0}\"{3}>{0}</span><span><strong>{1}</strong>: "
                   "{2}</span></li>\n",
                   role_letter(info.role), escape(info.name), escape(info.description),
                   letter_style(info.role));
  }
  out += "</ul>\n";
}

void append_footnotes(std::string& out, const Matrix& matrix, bool prefixed) {
  if (matrix.footnotes().empty()) return;
  fmt::format_to(std::back_inserter(out), "<h{0} id=\"footnotes{1}\">Notes</h{0}>\n<ol>\n",
                 prefixed ? 3 : 2, name_suffix(matrix, prefixed));
  for (const Footnote& footnote : matrix.footnotes()) {
    fmt::format_to(std::back_inserter(out), "<li id=\"fn-{0}{1}\" value=\"{1}\">{2}</li>\n",
                   prefixed ? escape(matrix.name()) + "-" : std::string(), footnote.number,
                   escape(footnote.text));
  }
  out += "</ol>\n";
}

}  // namespace

std::string export_html(const Matrix& matrix, const ActivityOwners* owners) {
  const Matrix* one[] = {&matrix};
  return export_html(one, owners);
}

std::string export_html(std::span<const Matrix* const> matrices, const ActivityOwners* owners) {
  const bool prefixed = matrices.size() > 1;
  const Matrix& first = *matrices.front();
  std::size_t activities = 0;
  for (const Matrix* matrix : matrices)
    activities += matrix->activities().size();
  std::string out;
  out.reserve(64 * 1024 + activities * 400);
  std::string title = prefixed ? std::string("Responsibility matrices") : first.title();
  if (!prefixed && !first.provider().empty()) title += " — " + first.provider();
  if (prefixed) {
    std::vector<std::string> names;
    for (const Matrix* matrix : matrices)
      names.push_back(matrix->name());
    title += fmt::format(": {}", fmt::join(names, ", "));
  }
  fmt::format_to(std::back_inserter(out),
                 "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"generator\" content=\"raci\">\n<title>{}</title>\n"
                 "<style>{}</style>\n</head>\n<body>\n<header>\n",
                 escape(first.shown_language()), escape(title), style);
  if (prefixed) {
    fmt::format_to(std::back_inserter(out), "<h1>{}</h1>\n<ul class=\"matrices\">\n",
                   escape(title));
    for (const Matrix* matrix : matrices) {
      fmt::format_to(std::back_inserter(out), "<li><a href=\"#m-{0}\">{1}</a> ({0})</li>\n",
                     escape(matrix->name()), escape(matrix->title()));
    }
    out += "</ul>\n";
  } else {
    append_matrix_header(out, first, false);
  }
  out += "</header>\n";

  // Shown by the script, so that a page without scripts has no dead search box.
  fmt::format_to(
      std::back_inserter(out),
      "<div class=\"filter\" role=\"search\" hidden>\n"
      "<input id=\"filter\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" "
      "placeholder=\"Filter activities (e.g. backup)\" aria-label=\"Filter activities\">\n"
      "{1}<span id=\"count\" class=\"count\" aria-live=\"polite\">{0} of {0} "
      "activities</span>\n</div>\n<main>\n",
      activities, owners ? owner_choice(*owners) : std::string());
  for (const Matrix* matrix : matrices) {
    if (prefixed) {
      fmt::format_to(std::back_inserter(out), "<section class=\"matrix\" id=\"m-{}\">\n",
                     escape(matrix->name()));
      append_matrix_header(out, *matrix, true);
    }
    for (const Section& section : matrix->sections()) {
      if (section.parent == no_section) append_section(out, *matrix, section, owners, prefixed);
    }
    if (prefixed) {
      append_footnotes(out, *matrix, true);
      out += "</section>\n";
    }
  }
  out += "</main>\n";
  if (!prefixed && !first.footnotes().empty()) {
    out += "<footer>\n";
    append_footnotes(out, first, false);
    out += "</footer>\n";
  }
  fmt::format_to(std::back_inserter(out),
                 "<script type=\"application/json\" id=\"search-data\">{}</script>\n"
                 "<script>{}</script>\n</body>\n</html>\n",
                 search_data(matrices, prefixed), script);
  return out;
}

}  // namespace raci
