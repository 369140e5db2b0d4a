#include "raci/render/json.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "raci/load/loader.hpp"
#include "sample_matrix.hpp"

using raci::test::sample_matrix;

namespace {

raci::Matrix small() {
  return raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/small.yaml");
}

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
};

}  // namespace

TEST_CASE("JSON: an activity has the contract's fields in order") {
  const raci::Matrix matrix = small();
  CHECK(
      raci::activity_json(matrix, *matrix.find_activity("backup-policy")).dump() ==
      R"({"id":"backup-policy","text":"Define the backup policy","text_fr":"Définir la politique de sauvegarde","texts":{"en":"Define the backup policy","fr":"Définir la politique de sauvegarde"},"section":["Operations","Backup"],"section_id":"backup","phase":"run","roles":{"client":"RA","example-host":"C"},"footnotes":[{"number":1,"text":"Backups are kept for 30 days."}]})");
  CHECK(
      raci::activity_json(matrix, *matrix.find_activity("install-servers")).dump() ==
      R"({"id":"install-servers","text":"Install the physical servers","section":["Onboarding"],"section_id":"onboarding","phase":"onboarding","roles":{"client":"","example-host":"RA"},"footnotes":[]})");
}

TEST_CASE("JSON: sections, parties, roles and footnotes") {
  const raci::Matrix matrix = small();
  CHECK(
      raci::section_json(matrix, *matrix.find_section("onboarding")).dump() ==
      R"({"id":"onboarding","title":"Onboarding","description":"What happens before the service starts.","phase":"onboarding","parent":null,"depth":0,"activities":2})");
  CHECK(
      raci::section_json(matrix, *matrix.find_section("operations")).dump() ==
      R"({"id":"operations","title":"Operations","phase":"run","parent":null,"depth":0,"activities":2})");
  CHECK(
      raci::section_json(matrix, *matrix.find_section("backup")).dump() ==
      R"({"id":"backup","title":"Backup","phase":"run","parent":"operations","depth":1,"activities":2})");
  CHECK(raci::party_json(matrix.parties()[1]).dump() ==
        R"({"id":"example-host","name":"Example Host","aliases":["host","provider"]})");
  CHECK(
      raci::role_json(matrix.legend()[1]).dump() ==
      R"({"letter":"A","name":"Accountable","description":"Approves the completion of the process"})");
  CHECK(
      raci::footnote_json(matrix, matrix.footnotes()[0]).dump() ==
      R"({"number":1,"text":"Backups are kept for 30 days.","cited_by":["backup-policy","backup-run"]})");
}

TEST_CASE("JSON: the validate report and its findings") {
  const raci::Matrix matrix = small();
  CHECK(raci::validate_json(matrix, {}).dump() ==
        R"({"file":")" + std::string(RACI_TEST_DATA_DIR) +
            R"(/small.yaml","valid":true,"activities":4,"findings":[]})");
  const raci::Finding finding{"responsible", {12, 5}, "no party is responsible"};
  CHECK(raci::finding_json(finding).dump() ==
        R"({"rule":"responsible","line":12,"column":5,"message":"no party is responsible"})");
  CHECK(raci::validate_json(matrix, {finding}).at("valid") == false);
}

TEST_CASE("JSON: stats counts per party and per section") {
  const raci::Matrix matrix = small();
  const raci::Stats stats = raci::compute_stats(matrix, all(matrix));
  CHECK(raci::party_counts_json(matrix, 0, stats.parties[0]).dump() ==
        R"({"party":"client","R":2,"A":2,"C":0,"I":1,"alone":0,"any":3})");
  CHECK(
      raci::section_counts_json(matrix, stats.sections[0]).dump() ==
      R"({"id":"onboarding","title":"Onboarding","activities":2,"parties":[{"party":"client","R":1,"A":1,"C":0,"I":0,"alone":0,"any":1},{"party":"example-host","R":1,"A":1,"C":1,"I":1,"alone":1,"any":2}]})");
  const raci::Json json = raci::stats_json(matrix, stats);
  CHECK(json.at("activities") == 4);
  CHECK(json.at("parties").size() == 2);
  CHECK(json.at("sections").size() == stats.sections.size());
}

TEST_CASE("JSON: a diff lists added, removed and changed activities") {
  const raci::Matrix before = small();
  const raci::Matrix after = raci::load_matrix_yaml(
      R"(format: 1
title: T
roles:
  R: {name: Responsible, description: Does it}
  A: {name: Accountable, description: Answers for it}
  C: {name: Consulted, description: Asked}
  I: {name: Informed, description: Told}
parties:
  - {id: client, name: Client}
  - {id: example-host, name: Example Host}
sections:
  - id: ops
    title: Ops
    activities:
      - {id: backup-run, text: Run all the backups, roles: {client: RA}}
      - {id: new-one, text: Something new, roles: {example-host: RA}}
)",
      "after.yaml");
  const raci::MatrixDiff diff = raci::diff_matrices(before, after);
  REQUIRE(diff.changed.size() == 1);
  CHECK(
      raci::activity_change_json(before, after, diff.changed[0]).dump() ==
      R"({"id":"backup-run","old_id":"backup-run","paired_by":"id","similarity":0.72,"reworded":{"old":"Run the backups","new":"Run all the backups"},"moved":{"old":["Operations","Backup"],"new":["Ops"]},"footnotes":{"old":[{"number":1,"text":"Backups are kept for 30 days."}],"new":[]},"roles":[{"party":"client","old":"I","new":"RA"},{"party":"example-host","old":"RA","new":""}]})");
  const raci::Json json = raci::diff_json(before, after, diff);
  CHECK(json.at("added").size() == 1);
  CHECK(json.at("added")[0] == raci::activity_json(after, *after.find_activity("new-one")));
  CHECK(json.at("removed").size() == 3);
  // The streamed diff is the object, byte for byte.
  Recorder recorder;
  raci::write_diff_json(recorder.sink(), before, after, diff);
  CHECK(recorder.text() == raci::dump_json(json, raci::JsonLayout::indented) + "\n");
}

TEST_CASE("JSON: activities are written one by one, as the whole array would print") {
  const raci::Matrix matrix = small();
  const raci::Selection selection = all(matrix);
  raci::Json array = raci::Json::array();
  for (const raci::Activity* activity : selection)
    array.push_back(raci::activity_json(matrix, *activity));

  Recorder recorder;
  raci::write_activities_json(recorder.sink(), matrix, selection, raci::JsonList::array);
  CHECK(recorder.text() == raci::dump_json(array, raci::JsonLayout::indented) + "\n");
  // Each activity arrives in a piece of its own, never the array at once.
  std::vector<std::string> with_id;
  for (const std::string& piece : recorder.pieces) {
    if (piece.find("\"id\"") != std::string::npos) with_id.push_back(piece);
  }
  REQUIRE(with_id.size() == 4);
  CHECK(with_id[2].starts_with("{\n    \"id\": \"backup-policy\""));

  Recorder lines;
  raci::write_activities_json(lines.sink(), matrix, selection, raci::JsonList::lines);
  REQUIRE(lines.pieces.size() == 4);
  CHECK(lines.pieces[3] == array[3].dump() + "\n");
}

TEST_CASE("JSON: the who view adds, per letter, the ids of the parties holding it") {
  const raci::Matrix matrix = small();
  CHECK(raci::who_json(matrix, *matrix.find_activity("size-platform")).dump() ==
        R"({"R":["client"],"A":["client"],"C":["example-host"],"I":["example-host"]})");
  CHECK(raci::who_json(matrix, *matrix.find_activity("install-servers")).dump() ==
        R"({"R":["example-host"],"A":["example-host"],"C":[],"I":[]})");
  Recorder lines;
  const raci::MatchedWords matched = [](const raci::Activity&) {
    return std::vector<std::string>{"backups"};
  };
  raci::write_activities_json(lines.sink(), matrix, {matrix.find_activity("backup-run")},
                              raci::JsonList::lines, matched, raci::ActivityView::who);
  CHECK(
      lines.text() ==
      R"({"id":"backup-run","text":"Run the backups","section":["Operations","Backup"],"section_id":"backup","phase":"run","roles":{"client":"I","example-host":"RA"},"footnotes":[{"number":1,"text":"Backups are kept for 30 days."}],"who":{"R":["example-host"],"A":["example-host"],"C":[],"I":["client"]},"matched":["backups"]})"
      "\n");
}

TEST_CASE("JSON: an empty list is [] or nothing") {
  const raci::Matrix matrix = small();
  Recorder array;
  raci::write_activities_json(array.sink(), matrix, {}, raci::JsonList::array);
  CHECK(array.text() == "[]\n");
  Recorder lines;
  raci::write_activities_json(lines.sink(), matrix, {}, raci::JsonList::lines);
  CHECK(lines.text().empty());
}

TEST_CASE("JSON: activity_json has the contract's keys, in order, optional ones when set") {
  const raci::Matrix& m = sample_matrix();
  CHECK(raci::activity_json(m, *m.find_activity("backup-policy")).dump() ==
        R"({"id":"backup-policy","text":"Define the backup policy",)"
        R"("text_fr":"Définir la politique de sauvegarde",)"
        R"("texts":{"en":"Define the backup policy","fr":"Définir la politique de sauvegarde"},)"
        R"("note":"marker",)"
        R"("section":["Operations","Backup"],"section_id":"backup","phase":"run",)"
        R"("roles":{"client":"RA","example-host":"C"},)"
        R"("footnotes":[{"number":1,"text":"Backups are kept for 30 days in a second data )"
        R"(centre, then deleted for good at the end."}]})");
  // No French, no note, no phase, no footnote; an empty role set is "".
  CHECK(raci::activity_json(m, *m.find_activity("both-do")).dump() ==
        R"({"id":"both-do","text":"Both do it | together","section":["Misc | pipes"],)"
        R"("section_id":"misc","phase":null,"roles":{"client":"R","example-host":"RA"},)"
        R"("footnotes":[]})");
  CHECK(raci::activity_json(m, *m.find_activity("install-servers"))["roles"].dump() ==
        R"({"client":"","example-host":"RA"})");
}

namespace {

std::string list_of(const std::vector<raci::Json>& values, raci::JsonList style) {
  std::string out;
  raci::JsonListWriter list(raci::append_to(out), style);
  for (const raci::Json& value : values)
    list.add(value);
  list.finish();
  return out;
}

}  // namespace

TEST_CASE("JSON: a list is an indented array or one compact line per value") {
  const std::vector<raci::Json> values{{{"b", 1}, {"a", "é"}}, "x"};
  CHECK(list_of(values, raci::JsonList::array) ==
        "[\n  {\n    \"b\": 1,\n    \"a\": \"é\"\n  },\n  \"x\"\n]\n");
  CHECK(list_of(values, raci::JsonList::lines) == "{\"b\":1,\"a\":\"é\"}\n\"x\"\n");
  CHECK(list_of({}, raci::JsonList::array) == "[]\n");
  CHECK(list_of({}, raci::JsonList::lines).empty());
}

TEST_CASE("JSON: a list replaces invalid UTF-8 instead of throwing") {
  CHECK(list_of({std::string("a\xff")}, raci::JsonList::lines) == "\"a\xef\xbf\xbd\"\n");
}

TEST_CASE("JSON: who and stats add a legend's other letters after R, A, C and I") {
  const raci::Matrix rasci =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/rasci.yaml");
  CHECK(raci::who_json(rasci, *rasci.find_activity("deploy")).dump() ==
        R"({"R":["ops"],"A":["team"],"C":["vendor"],"I":[],"S":["ops","vendor"]})");
  raci::PartyCounts counts;
  counts.roles[static_cast<std::size_t>(*raci::role_from_letter('S'))] = 3;
  counts.any = 3;
  CHECK(raci::party_counts_json(rasci, 1, counts).dump() ==
        R"({"party":"ops","R":0,"A":0,"C":0,"I":0,"S":3,"alone":0,"any":3})");
  CHECK(raci::role_json(rasci.legend()[4]).dump() ==
        R"({"letter":"S","name":"Support","description":"Helps the one who does the work"})");
}
