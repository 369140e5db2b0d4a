#include "raci/render/export.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "raci/render/format.hpp"
#include "raci/render/json_writer.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

// A text under `key`, then its translations under `key_LANG` (docs/data-format.md).
void put_text(Json& out, const std::string& key, const std::string& text,
              const Translations& translations) {
  out[key] = text;
  for (const Translation& translation : translations)
    out[key + "_" + translation.language] = translation.text;
}

// Both exports walk the same tree; only the writer differs. Both stream it: the parts before
// each list of activities, then the activities one by one.
Json data_activity_json(const Matrix& matrix, const Activity& activity) {
  Json a{{"id", activity.id}};
  put_text(a, "text", activity.text, matrix.text_translations(activity));
  if (!activity.note.empty()) a["note"] = activity.note;
  Json roles = Json::object();
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (!activity.roles[p].empty()) roles[matrix.parties()[p].id] = activity.roles[p].letters();
  }
  a["roles"] = std::move(roles);
  Json notes = Json::object();
  for (std::size_t p = 0; p < activity.cell_notes.size(); ++p) {
    if (!activity.cell_notes[p].empty()) notes[matrix.parties()[p].id] = activity.cell_notes[p];
  }
  if (!notes.empty()) a["cell_notes"] = std::move(notes);
  if (!activity.footnotes.empty()) a["footnotes"] = activity.footnotes;
  return a;
}

// A section's own keys, without its activities and subsections.
Json section_head_json(const Matrix& matrix, const Section& section) {
  Json out{{"id", section.id}};
  put_text(out, "title", section.title, section.title_translations);
  if (!section.description.empty())
    put_text(out, "description", section.description, section.description_translations);
  const bool inherited =
      section.parent != no_section && matrix.sections()[section.parent].phase == section.phase;
  if (section.phase && !inherited) out["phase"] = phase_name(*section.phase);
  if (!section.notes.empty()) {
    Json notes = Json::array();
    for (std::size_t n : section.notes) {
      const SectionNote& note = matrix.section_notes()[n];
      Json item = Json::object();
      put_text(item, "text", note.text, note.text_translations);
      notes.push_back(std::move(item));
    }
    out["notes"] = std::move(notes);
  }
  return out;
}

// The matrix's keys before its sections.
Json matrix_head_json(const Matrix& matrix) {
  Json out{{"format", 1}};
  // A matrix in English alone says nothing of languages, as before they existed.
  if (matrix.languages() != std::vector<std::string>{"en"}) out["languages"] = matrix.languages();
  put_text(out, "title", matrix.title(), matrix.title_translations());
  if (!matrix.provider().empty()) out["provider"] = matrix.provider();
  if (!matrix.source().empty())
    put_text(out, "source", matrix.source(), matrix.source_translations());
  if (!matrix.description().empty())
    put_text(out, "description", matrix.description(), matrix.description_translations());
  Json legend = Json::object();
  for (const RoleInfo& info : matrix.legend()) {
    Json entry = Json::object();
    put_text(entry, "name", info.name, info.name_translations);
    put_text(entry, "description", info.description, info.description_translations);
    legend[std::string(1, role_letter(info.role))] = std::move(entry);
  }
  out["roles"] = std::move(legend);
  Json parties = Json::array();
  for (const Party& party : matrix.parties()) {
    Json p{{"id", party.id}};
    put_text(p, "name", party.name, party.name_translations);
    if (!party.aliases.empty()) p["aliases"] = party.aliases;
    parties.push_back(std::move(p));
  }
  out["parties"] = std::move(parties);
  if (!matrix.footnotes().empty()) {
    Json footnotes = Json::array();
    for (const Footnote& footnote : matrix.footnotes()) {
      Json f{{"number", footnote.number}};
      put_text(f, "text", footnote.text, footnote.text_translations);
      footnotes.push_back(std::move(f));
    }
    out["footnotes"] = std::move(footnotes);
  }
  return out;
}

// The glossary, after the sections as in the built-in data file.
Json glossary_json(const Matrix& matrix) {
  Json out = Json::array();
  for (const GlossaryEntry& entry : matrix.glossary()) {
    Json item{{"term", entry.term}, {"same", entry.same}};
    if (!entry.language.empty()) item["lang"] = entry.language;
    out.push_back(std::move(item));
  }
  return out;
}

void write_members(JsonWriter& out, const Json& object) {
  for (const auto& [key, value] : object.items()) {
    out.key(key);
    out.value(value);
  }
}

void write_section(JsonWriter& out, const Matrix& matrix, const Section& section) {
  out.begin_object();
  write_members(out, section_head_json(matrix, section));
  if (!section.activities.empty()) {
    out.key("activities");
    out.begin_array();
    for (std::size_t index : section.activities)
      out.value(data_activity_json(matrix, matrix.activities()[index]));
    out.end_array();
  }
  if (!section.subsections.empty()) {
    out.key("sections");
    out.begin_array();
    for (std::size_t index : section.subsections)
      write_section(out, matrix, matrix.sections()[index]);
    out.end_array();
  }
  out.end_object();
}

// YAML 1.1 readers (PyYAML, yq) take these plain scalars for booleans or null.
bool yaml_keyword(std::string_view text) {
  static constexpr std::array<std::string_view, 9> words{"y",     "yes", "n",   "no",  "true",
                                                         "false", "on",  "off", "null"};
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::find(words.begin(), words.end(), lower) != words.end();
}

// Whether `text` can be written as a plain scalar that every YAML 1.1 and 1.2 reader takes
// for this very string. Deliberately narrow: a letter first, then letters, digits, spaces and
// a few punctuation marks that mean nothing in YAML; no space at either end, not a keyword.
// In a flow collection ([a, b], {k: v}) commas and brackets are syntax too.
bool plain_scalar_ok(std::string_view text, bool in_flow) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || yaml_keyword(text)) return false;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  bool first = true;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      const bool letter = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
      const bool digit = byte >= '0' && byte <= '9';
      // In a flow collection, " ?" starts a key for yaml-cpp (found by the import fuzzer):
      // there only the marks no YAML reader gives a meaning to stay plain.
      const std::string_view marks = in_flow ? " -_.()/" : " -_.()/'\"&!?%+*;,[]";
      const bool punctuation = marks.find(static_cast<char>(byte)) != std::string_view::npos;
      if (first ? !letter : !(letter || digit || punctuation)) return false;
      if (byte == ' ' && i + 1 < text.size() && text[i + 1] == ' ') return false;
      ++i;
    } else {
      utf8proc_int32_t codepoint = 0;
      const utf8proc_ssize_t length =
          utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
      if (length <= 0) return false;
      const utf8proc_category_t category = utf8proc_category(codepoint);
      const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
      const bool mark = category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
      const bool other = (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO) ||
                         (category >= UTF8PROC_CATEGORY_PC && category <= UTF8PROC_CATEGORY_PO) ||
                         (category >= UTF8PROC_CATEGORY_SM && category <= UTF8PROC_CATEGORY_SO);
      if (first ? !letter : !(letter || mark || other)) return false;
      i += static_cast<std::size_t>(length);
    }
    first = false;
  }
  return true;
}

// A double-quoted YAML scalar: every character a reader could mistake or that would act on a
// terminal (controls, C1, hidden characters, non-characters) written as an escape.
std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if (byte == '"' || byte == '\\') {
        out += '\\';
        out += static_cast<char>(byte);
      } else if (byte == '\n') {
        out += "\\n";
      } else if (byte == '\t') {
        out += "\\t";
      } else if (byte < 0x20 || byte == 0x7f) {
        out += fmt::format("\\x{:02x}", byte);
      } else {
        out += static_cast<char>(byte);
      }
      continue;
    }
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
    if (length <= 0) {  // the loaders never let invalid UTF-8 in
      out += "\\ufffd";
      ++i;
      continue;
    }
    const auto c = static_cast<char32_t>(codepoint);
    if (c <= 0x9f) {
      out += fmt::format("\\x{:02x}", static_cast<std::uint32_t>(c));
    } else if (is_hidden_character(c) || c == 0xfffe || c == 0xffff) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
    } else {
      out.append(text.substr(i, static_cast<std::size_t>(length)));
    }
    i += static_cast<std::size_t>(length);
  }
  out += '"';
  return out;
}

std::string yaml_scalar(const Json& value, bool in_flow) {
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  const std::string& text = value.get_ref<const std::string&>();
  return plain_scalar_ok(text, in_flow) ? text : double_quoted(text);
}

std::string yaml_flow(const Json& value) {
  std::string out = value.is_object() ? "{" : "[";
  bool first = true;
  for (const auto& [name, item] : value.items()) {
    if (!first) out += ", ";
    first = false;
    if (value.is_object()) {
      out += yaml_scalar(Json(name), true);
      out += ": ";
    }
    out += yaml_scalar(item, true);
  }
  out += value.is_object() ? '}' : ']';
  return out;
}

void write_yaml_block(std::string& out, const Json& value, std::size_t indent, bool inline_first);

// What follows "key:": a scalar or a flow collection on the same line, or a block below.
// The small maps and lists (roles, footnotes, aliases, languages) read best on one line.
void write_yaml_value(std::string& out, const Json& value, const std::string& key,
                      std::size_t indent) {
  const bool flow =
      (key == "roles" && value.is_object() && !value.empty() && value.begin()->is_string()) ||
      (key == "footnotes" && value.is_array() && !value.empty() && value.front().is_number()) ||
      key == "aliases" || key == "same" || key == "languages";
  if (!value.is_structured()) {
    out += ' ';
    out += yaml_scalar(value, false);
    out += '\n';
  } else if (flow || value.empty()) {
    out += ' ';
    out += yaml_flow(value);
    out += '\n';
  } else {
    out += "\n";
    write_yaml_block(out, value, indent + 2, false);
  }
}

// A block map or sequence at `indent`; with `inline_first`, its first line continues a "- ".
void write_yaml_block(std::string& out, const Json& value, std::size_t indent, bool inline_first) {
  bool first = true;
  if (value.is_object()) {
    for (const auto& [name, item] : value.items()) {
      if (!(first && inline_first)) out.append(indent, ' ');
      first = false;
      out += yaml_scalar(Json(name), false);
      out += ':';
      write_yaml_value(out, item, name, indent);
    }
    return;
  }
  for (const Json& item : value) {
    if (!(first && inline_first)) out.append(indent, ' ');
    first = false;
    out += "- ";
    if (item.is_object() && !item.empty()) {
      write_yaml_block(out, item, indent + 2, true);
    } else if (item.is_structured()) {
      out += yaml_flow(item);
      out += '\n';
    } else {
      out += yaml_scalar(item, false);
      out += '\n';
    }
  }
}

}  // namespace

namespace {

// Text is handed to the sink in pieces of about this size.
constexpr std::size_t yaml_piece = 64 * 1024;

void flush_yaml(const Sink& sink, std::string& out, std::size_t at_least) {
  if (out.size() < at_least) return;
  sink(out);
  out.clear();
}

// One section as an item of a block list whose "- " stands at `indent`: the same text
// write_yaml_block gives for the whole section as one value, an activity at a time.
void write_yaml_section(const Sink& sink, std::string& out, const Matrix& matrix,
                        const Section& section, std::size_t indent) {
  out.append(indent, ' ');
  out += "- ";
  write_yaml_block(out, section_head_json(matrix, section), indent + 2, true);
  if (!section.activities.empty()) {
    out.append(indent + 2, ' ');
    out += "activities:\n";
    for (std::size_t index : section.activities) {
      out.append(indent + 4, ' ');
      out += "- ";
      write_yaml_block(out, data_activity_json(matrix, matrix.activities()[index]), indent + 6,
                       true);
      flush_yaml(sink, out, yaml_piece);
    }
  }
  if (!section.subsections.empty()) {
    out.append(indent + 2, ' ');
    out += "sections:\n";
    for (std::size_t index : section.subsections)
      write_yaml_section(sink, out, matrix, matrix.sections()[index], indent + 4);
  }
}

}  // namespace

// The data format holds the matrix as loaded: a view in another language exports its original.
void write_export_yaml(const Sink& sink, const Matrix& shown) {
  const Matrix& matrix = shown.original();
  std::string out;
  write_yaml_block(out, matrix_head_json(matrix), 0, false);
  const bool any = std::any_of(matrix.sections().begin(), matrix.sections().end(),
                               [](const Section& s) { return s.parent == no_section; });
  out += any ? "sections:\n" : "sections: []\n";
  for (const Section& section : matrix.sections()) {
    if (section.parent == no_section) write_yaml_section(sink, out, matrix, section, 2);
  }
  if (!matrix.glossary().empty()) {
    write_yaml_block(out, Json{{"glossary", glossary_json(matrix)}}, 0, false);
  }
  flush_yaml(sink, out, 1);
}

std::string export_yaml(const Matrix& matrix) {
  std::string out;
  write_export_yaml(append_to(out), matrix);
  return out;
}

void write_export_json(const Sink& sink, const Matrix& shown) {
  const Matrix& matrix = shown.original();
  JsonWriter out(sink, JsonLayout::indented);
  out.begin_object();
  write_members(out, matrix_head_json(matrix));
  out.key("sections");
  out.begin_array();
  for (const Section& section : matrix.sections()) {
    if (section.parent == no_section) write_section(out, matrix, section);
  }
  out.end_array();
  if (!matrix.glossary().empty()) {
    out.key("glossary");
    out.value(glossary_json(matrix));
  }
  out.end_object();
  sink("\n");
}

std::string export_json(const Matrix& matrix) {
  std::string out;
  write_export_json(append_to(out), matrix);
  return out;
}

void write_export_markdown(const Sink& sink, const Matrix& matrix) {
  Selection all;
  for (const Activity& activity : matrix.activities())
    all.push_back(&activity);
  write_activities_markdown(sink, matrix, all, MarkdownDocument::whole);
}

std::string export_markdown(const Matrix& matrix) {
  std::string out;
  write_export_markdown(append_to(out), matrix);
  return out;
}

}  // namespace raci
