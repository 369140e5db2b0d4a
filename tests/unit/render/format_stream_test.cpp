#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/load/loader.hpp"
#include "raci/render/format.hpp"

namespace {

raci::Selection all(const raci::Matrix& matrix) {
  raci::Selection out;
  for (const raci::Activity& activity : matrix.activities())
    out.push_back(&activity);
  return out;
}

// A sink that keeps every piece it is given, in order.
struct Recorder {
  std::vector<std::string> pieces;
  raci::Sink sink() {
    return [this](std::string_view piece) { pieces.emplace_back(piece); };
  }
  std::string text() const {
    std::string out;
    for (const std::string& piece : pieces)
      out += piece;
    return out;
  }
  // How many pieces contain `text`.
  std::size_t count(std::string_view text) const {
    std::size_t n = 0;
    for (const std::string& piece : pieces)
      if (piece.find(text) != std::string::npos) ++n;
    return n;
  }
};

const raci::Matrix& builtin() {
  static const raci::Matrix matrix = raci::load_builtin_matrix();
  return matrix;
}

}  // namespace

TEST_CASE("Format: CSV is written record by record") {
  const raci::Matrix& matrix = builtin();
  Recorder recorder;
  raci::write_activities_csv(recorder.sink(), matrix, all(matrix));
  CHECK(recorder.pieces.size() == 1 + matrix.activities().size());
  CHECK(recorder.pieces[0] ==
        "id,section,phase,text,text_en,text_fr,text_de,text_es,text_it,client,cloud-temple,"
        "footnotes,section_id\n");
  CHECK(recorder.text() == raci::activities_csv(matrix, all(matrix)));
}

TEST_CASE("Format: Markdown and checklist arrive activity by activity") {
  const raci::Matrix& matrix = builtin();
  const raci::Selection selection = all(matrix);
  Recorder markdown;
  raci::write_activities_markdown(markdown.sink(), matrix, selection);
  // One piece per activity row (each starts its own table line), plus the head and footnotes.
  CHECK(markdown.count("| **") == matrix.activities().size());
  CHECK(markdown.pieces.size() > matrix.activities().size());
  const std::string text = markdown.text();
  CHECK(text.starts_with("---\ntitle: "));
  CHECK(text.ends_with("*\n"));
  CHECK_FALSE(text.ends_with("\n\n"));

  Recorder checklist;
  raci::write_activities_checklist(checklist.sink(), matrix, selection);
  CHECK(checklist.pieces.size() == 1 + matrix.activities().size());
  CHECK(checklist.count("- [ ] ") == matrix.activities().size());
}

TEST_CASE("Format: the whole Markdown document ends with one newline, like the selection") {
  const raci::Matrix matrix = raci::load_matrix_yaml(R"(format: 1
title: T
roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Answers for it}
  C: {name: Consulted, description: Asked}
  I: {name: Informed, description: Told}
parties:
  - {id: p, name: P}
footnotes:
  - {number: 1, text: "Kept."}
sections:
  - id: s
    title: S
    activities:
      - {id: a, text: "A | b", roles: {p: RA}, footnotes: [1]}
)",
                                                     "m.yaml");
  CHECK(raci::activities_markdown(matrix, all(matrix)) ==
        "---\ntitle: \"T\"\n---\n\n## S\n\n| Activity | P |\n|---|---|\n| A \\| b (1) | **RA** |\n"
        "\n*(1) Kept.*\n");
  Recorder none;
  raci::write_activities_markdown(none.sink(), matrix, {});
  CHECK(none.text() == "---\ntitle: \"T\"\n---\n");
}

TEST_CASE("Format: list and who tables stream their rows after measuring them") {
  const raci::Matrix& matrix = builtin();
  const raci::Selection selection = all(matrix);
  for (const std::size_t width : {std::size_t{0}, std::size_t{60}}) {
    const raci::Layout layout{false, width};
    Recorder list;
    raci::write_list_table(list.sink(), matrix, selection, layout);
    CHECK(list.text() == raci::list_table(matrix, selection, layout));
    // The header, a piece per section heading and per activity, then the footnotes.
    CHECK(list.pieces.size() > matrix.activities().size());
    CHECK(list.pieces[0].starts_with("  ID"));
    Recorder who;
    raci::write_who_table(who.sink(), matrix, selection, layout);
    CHECK(who.pieces.size() > matrix.activities().size());
  }
}

TEST_CASE("Table: the writer's two passes print what the whole table prints") {
  const raci::Layout layout{false, 0};
  raci::Table table({raci::Cell("A"), raci::Cell("B")}, {0});
  table.add_heading("Group \x1b");
  table.add_row({raci::Cell("long cell"), raci::Cell("x")});
  table.add_row({raci::Cell("y\x1b"), raci::Cell("zz")});

  raci::TableWriter writer({raci::Cell("A"), raci::Cell("B")}, {0});
  writer.measure_heading();
  writer.measure_row({raci::Cell("long cell"), raci::Cell("x")});
  writer.measure_row({raci::Cell("y\x1b"), raci::Cell("zz")});
  Recorder recorder;
  writer.start(layout, recorder.sink());
  writer.write_heading("Group \x1b");
  writer.write_row({raci::Cell("long cell"), raci::Cell("x")});
  writer.write_row({raci::Cell("y\x1b"), raci::Cell("zz")});
  CHECK(recorder.text() == table.render(layout));
  CHECK(recorder.pieces.size() == 4);
  CHECK(recorder.pieces[3] == "  y\\x1b      zz\n");
}
