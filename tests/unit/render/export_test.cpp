#include "raci/render/export.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "raci/analysis/diff.hpp"
#include "raci/load/loader.hpp"

TEST_CASE("Export: loading the YAML export gives the same matrix") {
  const raci::Matrix original = raci::load_builtin_matrix();
  const std::string yaml = raci::export_yaml(original);
  const raci::Matrix reloaded = raci::load_matrix_yaml(yaml, "export.yaml");
  // Everything the format holds, compared through a second export: byte for byte.
  CHECK(raci::export_yaml(reloaded) == yaml);
  CHECK(raci::diff_matrices(original, reloaded).empty());
  CHECK(reloaded.activities().size() == 109);
  CHECK(*raci::find_translation(reloaded.text_translations(*reloaded.find_activity("vm-tagging")),
                                "fr") ==
        "Appliquer les tags aux machines virtuelles conformément à la politique définie");
  CHECK(reloaded.parties()[1].aliases == std::vector<std::string>{"ct", "provider"});
  CHECK(reloaded.find_section("access-and-identity")->phase == raci::Phase::run);
}

TEST_CASE("Export: the JSON export has the data format's keys") {
  const raci::Matrix matrix =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/small.yaml");
  const auto json = nlohmann::ordered_json::parse(raci::export_json(matrix));
  CHECK(json.at("format") == 1);
  CHECK(json.at("title") == "Hosting Responsibility Matrix");
  CHECK(json.at("roles").at("R").dump() ==
        R"({"name":"Responsible","description":"Responsible for executing the process"})");
  CHECK(
      json.at("parties").dump() ==
      R"([{"id":"client","name":"Client","aliases":["customer"]},{"id":"example-host","name":"Example Host","aliases":["host","provider"]}])");
  CHECK(
      json.at("sections")[1].at("sections")[0].at("activities")[0].dump() ==
      R"({"id":"backup-policy","text":"Define the backup policy","text_fr":"Définir la politique de sauvegarde","roles":{"client":"RA","example-host":"C"},"footnotes":[1]})");
}

TEST_CASE("Export: awkward strings survive the YAML round trip") {
  const std::string yaml = R"(format: 1
title: "null"
roles:
  R: {name: "yes", description: "a: b"}
  A: {name: "~", description: "- x"}
  C: {name: "#c", description: "x\ny"}
  I: {name: "123", description: "'quoted' \"double\""}
parties:
  - {id: p1, name: "true"}
sections:
  - id: s
    title: "[not a list]"
    activities:
      - id: a
        text: "{not: a map}"
        roles: {p1: RA}
)";
  const raci::Matrix matrix = raci::load_matrix_yaml(yaml, "m.yaml");
  const std::string exported = raci::export_yaml(matrix);
  const raci::Matrix reloaded = raci::load_matrix_yaml(exported, "export.yaml");
  CHECK(raci::export_yaml(reloaded) == exported);
  CHECK(reloaded.title() == "null");
  CHECK(reloaded.legend()[2].description == "x\ny");
  CHECK(reloaded.activities()[0].text == "{not: a map}");
}

namespace {

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++count;
  return count;
}

}  // namespace

TEST_CASE("Export: the HTML page holds every row, the legend and the footnotes, and no asset") {
  const raci::Matrix matrix = raci::load_builtin_matrix();
  const std::string html = raci::export_html(matrix);
  CHECK(occurrences(html, "<tr class=\"activity\"") == 109);
  CHECK(occurrences(html, "<section class=\"matrix-section\"") == 14);
  CHECK(occurrences(html, "<th class=\"party\">Client</th><th class=\"party\">Cloud Temple</th>") ==
        13);  // one table per section with activities of its own: all but "Recurring Operations"
  CHECK(occurrences(html, "<li id=\"fn-") == 8);
  CHECK(occurrences(html, "<ul class=\"legend\">") == 1);
  CHECK(html.find("<li><span class=\"letter I\">I</span><span><strong>Informed</strong>: Informed "
                  "of the process results (via tools, portal, or messaging)</span></li>") !=
        std::string::npos);
  // One activity whole: id, text, footnote link and a coloured cell per party.
  CHECK(html.find("<tr class=\"activity\" id=\"a-backbone-connectivity\"><td><span "
                  "class=\"id\">backbone-connectivity</span>Ensure the implementation of "
                  "connectivity to the backbone network<sup><a href=\"#fn-1\">1</a></sup></td>"
                  "<td class=\"roles\"><span class=\"letter I\" title=\"Informed\">I</span></td>"
                  "<td class=\"roles\"><span class=\"letter R\" title=\"Responsible\">R</span>"
                  "<span class=\"letter A\" title=\"Accountable\">A</span></td></tr>") !=
        std::string::npos);
  // The page is in one language: the translations are for its search box only.
  CHECK(html.find("Appliquer les tags aux machines virtuelles") == std::string::npos);
  CHECK(html.find("\"appliqu\"") != std::string::npos);  // a French stem in the search data
  // Self-contained: nothing to fetch, one inline style and one inline script.
  CHECK_FALSE(std::regex_search(html, std::regex(R"((src|href)=\"(?!#))")));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(occurrences(html, "<style>") == 1);
  CHECK(occurrences(html, "<script>") == 1);
}

TEST_CASE("Export: the HTML page escapes the matrix's text") {
  const std::string yaml = R"(format: 1
title: "<b>T</b> & 'co'"
roles:
  R: {name: R, description: r}
  A: {name: A, description: a}
  C: {name: C, description: c}
  I: {name: I, description: i}
parties:
  - {id: p1, name: "P<1>"}
footnotes:
  - {number: 1, text: "</li><script>alert(1)</script>"}
sections:
  - id: s
    title: "</h2>"
    activities:
      - id: a
        text: "<img src=x onerror=alert(1)>"
        roles: {p1: RA}
        footnotes: [1]
)";
  const std::string html = raci::export_html(raci::load_matrix_yaml(yaml, "m.yaml"));
  CHECK(html.find("<title>&lt;b&gt;T&lt;/b&gt; &amp; &#39;co&#39;</title>") != std::string::npos);
  CHECK(html.find("<th class=\"party\">P&lt;1&gt;</th>") != std::string::npos);
  CHECK(html.find("<h2 class=\"section-title\">&lt;/h2&gt;</h2>") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(occurrences(html, "<script>") == 1);
}
