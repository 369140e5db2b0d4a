#include "context.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <map>
#include <string_view>

#include "raci/load/loader.hpp"
#include "raci/util/atomic_file.hpp"
#include "raci/util/error.hpp"

namespace raci::cli {

const Matrix& Context::matrix() {
  if (!matrix_) matrix_ = data_file.empty() ? load_builtin_matrix() : load_matrix_file(data_file);
  return *matrix_;
}

std::vector<std::string> color_choices() {
  return {"auto", "always", "never"};
}

const std::vector<Format>& command_formats(std::string_view command) {
  using enum Format;
  static const std::vector<Format> none;
  static const std::map<std::string_view, std::vector<Format>> formats{
      {"who", {table, json, jsonl, csv, markdown, checklist}},
      {"list", {table, json, jsonl, csv, markdown, checklist}},
      {"show", {table, json, jsonl, csv, markdown, checklist}},
      {"sections", {table, json, jsonl, csv}},
      {"parties", {table, json, jsonl, csv}},
      {"roles", {table, json, jsonl, csv}},
      {"footnotes", {table, json, jsonl, csv}},
      {"validate", {table, json}},
      {"stats", {table, json, csv}},
      {"diff", {table, json}},
      {"export", {yaml, json, markdown, csv, html}},
      {"import", {yaml, json}},
  };
  const auto found = formats.find(command);
  return found == formats.end() ? none : found->second;
}

Format Context::format_for(std::string_view command) const {
  const std::vector<Format>& allowed = command_formats(command);
  const std::optional<Format> wanted = format_from_name(format);
  for (Format candidate : allowed) {
    if (wanted == candidate) return candidate;
  }
  std::string names;
  for (Format candidate : allowed) {
    names += names.empty() ? "" : ", ";
    names += format_name(candidate);
  }
  throw UsageError(
      fmt::format("'raci {}' cannot print -o {} (it prints {})", command, format, names));
}

void Context::deliver(const std::string& output, const std::string& text) {
  if (output.empty() || output == "-") {
    out.write(text);
  } else {
    write_file_atomically(output, text);
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
