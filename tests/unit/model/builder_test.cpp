#include "raci/model/builder.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using raci::Location;
using raci::MatrixBuilder;
using raci::no_section;
using raci::Role;
using raci::RoleSet;

RoleSet letters(const char* text) {
  return raci::read_role_letters(text, raci::RoleSet::any_letter(), raci::LetterCase::upper,
                                 raci::Repeats::refused)
      .roles;
}

// A builder with a title, a full legend and two parties (client, provider), not yet ended.
MatrixBuilder started() {
  MatrixBuilder builder("m.yaml");
  builder.set_title("T");
  for (Role role : raci::all_roles) {
    builder.set_role_name(role, std::string(1, raci::role_letter(role)));
    builder.set_role_description(role, "d");
  }
  for (const char* id : {"client", "provider"}) {
    const std::size_t party = builder.add_party({3, 5});
    builder.set_party_id(party, id);
    builder.set_party_name(party, std::string(id) + " name");
  }
  return builder;
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const raci::DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("Builder: a matrix built part by part, with indexes and inherited phases") {
  MatrixBuilder builder = started();
  builder.add_party_alias(1, "the host");
  builder.end_parties();
  const std::size_t footnote = builder.add_footnote({20, 3});
  builder.set_footnote_number(footnote, 7);
  builder.set_footnote_text(footnote, "Seven.");
  const std::size_t top = builder.add_section(no_section, {4, 3});
  builder.set_section_id(top, "run");
  builder.set_section_title(top, "Run");
  builder.set_section_phase(top, raci::Phase::run);
  const std::size_t sub = builder.add_section(top, {5, 5});
  builder.set_section_id(sub, "backup");
  builder.set_section_title(sub, "Backup");
  const std::size_t activity = builder.add_activity(sub, {6, 7});
  builder.set_activity_id(activity, "backup-capacity");
  builder.set_activity_text(activity, "Manage capacities");
  builder.set_translation(raci::MatrixBuilder::Text::activity_text, activity, "fr",
                          "Gérer les capacités");
  builder.set_roles(activity, "client", letters("RA"), {7, 9});
  builder.set_roles(activity, 1, letters("I"));  // by the index add_party() gave
  builder.add_citation(activity, 7, {8, 9});

  const raci::Matrix m = builder.finish();
  CHECK(m.origin() == "m.yaml");
  CHECK(m.title() == "T");
  REQUIRE(m.activities().size() == 1);
  const raci::Activity& a = m.activities()[0];
  CHECK(a.roles == std::vector<RoleSet>{letters("RA"), letters("I")});
  CHECK(a.footnotes == std::vector<int>{7});
  CHECK(a.location == Location{6, 7});
  CHECK(m.find_activity("backup-capacity") == &a);
  CHECK(m.find_section("backup") == &m.sections()[1]);
  CHECK(m.sections()[1].phase == raci::Phase::run);  // from its parent
  CHECK(m.sections()[1].depth == 1);
  CHECK(m.sections()[0].subsections == std::vector<std::size_t>{1});
  CHECK(m.sections()[1].activities == std::vector<std::size_t>{0});
  CHECK(m.find_party("The Host") == std::optional<std::size_t>{1});
  CHECK(m.find_footnote(7)->text == "Seven.");
}

TEST_CASE("Builder: roles and citations given before their lists end are checked at the end") {
  MatrixBuilder builder = started();
  const std::size_t section = builder.add_section(no_section);
  builder.set_section_id(section, "s");
  builder.set_section_title(section, "S");
  const std::size_t activity = builder.add_activity(section, {9, 1});
  builder.set_activity_id(activity, "a");
  builder.set_activity_text(activity, "A");
  builder.set_roles(activity, "clent", letters("R"), {10, 17});
  builder.add_citation(activity, 3, {11, 5});
  CHECK(error_of([&] {
          builder.end_parties({2, 1});
        }) ==
        "m.yaml:10:17: unknown party 'clent' (known parties: client, provider); did you mean "
        "'client'?");
}

TEST_CASE("Builder: a citation of an undefined footnote fails when the footnotes end") {
  MatrixBuilder builder = started();
  builder.end_parties();
  const std::size_t section = builder.add_section(no_section);
  builder.set_section_id(section, "s");
  builder.set_section_title(section, "S");
  const std::size_t activity = builder.add_activity(section, {9, 1});
  builder.set_activity_id(activity, "a");
  builder.set_activity_text(activity, "A");
  builder.add_citation(activity, 3, {11, 5});
  CHECK(error_of([&] {
          builder.add_citation(activity, 3, {11, 8});
        }) == "m.yaml:11:8: footnote 3 is cited twice");
  CHECK(error_of([&] { builder.finish(); }) == "m.yaml:11:5: footnote 3 is not defined");
}

TEST_CASE("Builder: each rule fails at the place given, with the loader's message") {
  MatrixBuilder builder = started();
  CHECK(error_of([&] {
          builder.set_party_id(0, "Client", {3, 9});
        }) ==
        "m.yaml:3:9: invalid id 'Client' (an id is lowercase letters and digits in words joined "
        "by single hyphens, like 'backup-capacity')");
  CHECK(error_of([&] {
          builder.set_title(" \t", {1, 8});
        }) == "m.yaml:1:8: 'title' must not be empty");
  const std::size_t section = builder.add_section(no_section, {4, 3});
  builder.set_section_id(section, "s", {4, 7});
  const std::size_t other = builder.add_section(no_section, {9, 3});
  CHECK(error_of([&] {
          builder.set_section_id(other, "s", {9, 7});
        }) == "m.yaml:9:7: duplicate section id 's' (first at 4:3)");
  const std::size_t activity = builder.add_activity(section, {5, 5});
  builder.set_activity_id(activity, "a", {5, 9});
  const std::size_t again = builder.add_activity(section, {6, 5});
  CHECK(error_of([&] {
          builder.set_activity_id(again, "a", {6, 9});
        }) == "m.yaml:6:9: duplicate activity id 'a' (first at 5:5)");
  CHECK(error_of([&] {
          builder.set_activity_note(activity, "", {7, 1});
        }) == "m.yaml:7:1: 'note' must not be empty");
}

TEST_CASE("Builder: parties must be named once each, and at least one") {
  MatrixBuilder empty("e.yaml");
  CHECK(error_of([&] {
          empty.end_parties({4, 1});
        }) == "e.yaml:4:1: 'parties' must name at least one party");

  MatrixBuilder builder = started();
  builder.add_party_alias(1, "CLIENT NAME");
  CHECK(error_of([&] { builder.end_parties(); }) ==
        "m.yaml:3:5: party 'provider' uses the name 'CLIENT NAME', already used by party "
        "'client'");
}

TEST_CASE("Builder: sections nest at most 16 levels") {
  MatrixBuilder builder("m.yaml");
  std::size_t parent = no_section;
  for (int level = 0; level < 16; ++level)
    parent = builder.add_section(parent);
  CHECK(error_of([&] {
          builder.add_section(parent, {40, 9});
        }) == "m.yaml:40:9: sections nest too deep (more than 16 levels)");
}

TEST_CASE("Builder: finish() names what a producer left out") {
  MatrixBuilder untitled("u.yaml");
  CHECK(error_of([&] { untitled.finish(); }) == "u.yaml: the legend lacks role 'R'");

  MatrixBuilder builder = started();
  const std::size_t section = builder.add_section(no_section, {4, 3});
  builder.set_section_id(section, "s");
  builder.set_section_title(section, "S");
  const std::size_t activity = builder.add_activity(section, {5, 3});
  builder.set_activity_id(activity, "a");
  CHECK(error_of([&] { builder.finish(); }) == "m.yaml:5:3: activity 'a' has no text");
}

TEST_CASE("Builder: adding to a list after ending it is a programming error") {
  MatrixBuilder builder = started();
  builder.end_parties();
  builder.end_footnotes();
  CHECK_THROWS_AS(builder.add_party(), std::logic_error);
  MatrixBuilder early = started();
  const std::size_t section = early.add_section(no_section);
  CHECK_THROWS_AS(early.set_roles(early.add_activity(section), 0, letters("R")), std::logic_error);
  CHECK_THROWS_AS(builder.add_footnote(), std::logic_error);
}

TEST_CASE("Builder: ids are lowercase words joined by single hyphens") {
  CHECK(MatrixBuilder::is_valid_id("backup-capacity-2"));
  for (const char* bad : {"", "-a", "a-", "a--b", "A", "a_b", "é"})
    CHECK_FALSE(MatrixBuilder::is_valid_id(bad));
}

TEST_CASE("Builder: translations end in the order of the declared languages, whatever theirs") {
  using Text = raci::MatrixBuilder::Text;
  const auto build = [](const std::vector<const char*>& declared,
                        const std::vector<const char*>& given) {
    MatrixBuilder builder = started();
    for (const char* language : declared)
      builder.add_language(language);
    const std::size_t top = builder.add_section(no_section, {4, 3});
    builder.set_section_id(top, "run");
    builder.set_section_title(top, "Run");
    const std::size_t activity = builder.add_activity(top, {6, 7});
    builder.set_activity_id(activity, "a");
    builder.set_activity_text(activity, "A");
    for (const char* language : given)
      builder.set_translation(Text::activity_text, activity, language, language, {9, 5});
    builder.set_roles(activity, "client", letters("RA"), {7, 9});
    return builder.finish();
  };
  const auto languages_of = [](const raci::Matrix& m) {
    std::vector<std::string> out;
    for (const raci::Translation& t : m.text_translations(m.activities().at(0)))
      out.push_back(t.language);
    return out;
  };
  CHECK(languages_of(build({"en", "fr", "de", "it"}, {"it", "de", "fr"})) ==
        std::vector<std::string>{"fr", "de", "it"});
  CHECK(languages_of(build({}, {"it", "de"})) == std::vector<std::string>{"it", "de"});
  // A declared language is checked as any other: the original has no translation.
  CHECK(error_of([&] {
          build({"en", "fr"}, {"fr", "en"});
        }) == "m.yaml:9:5: 'en' is the original language, whose texts have no language suffix");
  CHECK(error_of([&] {
          build({"en", "fr"}, {"de"});
        }) == "m.yaml:9:5: language 'de' is not among 'languages' (en, fr)");
}

TEST_CASE("Builder: a legend's other letters follow R, A, C and I, in the order given") {
  MatrixBuilder builder = started();
  const Role v = *raci::role_from_letter('V');
  const Role s = *raci::role_from_letter('S');
  builder.set_role_name(v, "Verifier");
  builder.set_role_description(v, "Checks it");
  builder.set_translation(MatrixBuilder::Text::role_name, static_cast<std::size_t>(s), "fr",
                          "Signataire");
  builder.set_role_name(s, "Signatory");
  builder.set_role_description(s, "Signs it off");
  builder.end_legend();
  builder.end_parties();
  const std::size_t section = builder.add_section(no_section, {4, 1});
  builder.set_section_id(section, "s");
  builder.set_section_title(section, "S");
  const std::size_t activity = builder.add_activity(section, {5, 1});
  builder.set_activity_id(activity, "a");
  builder.set_activity_text(activity, "A");
  builder.set_roles(activity, "client", letters("RAS"), {5, 9});
  builder.set_roles(activity, "provider", letters("V"), {5, 20});
  const raci::Matrix m = builder.finish();
  std::string order;
  for (const raci::RoleInfo& info : m.legend())
    order += raci::role_letter(info.role);
  CHECK(order == "RACIVS");
  CHECK(m.roles().letters() == "RACISV");
  CHECK(m.has_extra_roles());
  CHECK(m.role_info(s).name == "Signatory");
  REQUIRE(m.role_info(s).name_translations.size() == 1);
  CHECK(*raci::find_translation(m.role_info(s).name_translations, "fr") == "Signataire");
  CHECK(m.activities()[0].roles[0].letters() == "RAS");
  CHECK(m.activities()[0].roles[1].letters() == "V");
}

TEST_CASE("Builder: a letter the legend lacks is refused where it is set, before or after it") {
  MatrixBuilder after = started();
  after.end_legend();
  after.end_parties();
  const std::size_t section = after.add_section(no_section, {4, 1});
  after.set_section_id(section, "s");
  after.set_section_title(section, "S");
  const std::size_t activity = after.add_activity(section, {5, 1});
  CHECK(error_of([&] {
          after.set_roles(activity, "client", letters("RS"), {5, 9});
        }) == "m.yaml:5:9: invalid role letter 'S' (expected R, A, C or I)");
  // Set while the legend may still grow, checked when it ends.
  MatrixBuilder before = started();
  const std::size_t early = before.add_section(no_section, {4, 1});
  before.set_section_id(early, "s");
  before.set_section_title(early, "S");
  const std::size_t row = before.add_activity(early, {5, 1});
  before.set_roles(row, "client", letters("AS"), {6, 11});
  before.set_role_name(*raci::role_from_letter('V'), "Verifier");
  before.set_role_description(*raci::role_from_letter('V'), "Checks it");
  CHECK(error_of([&] {
          before.end_legend({2, 1});
        }) == "m.yaml:6:11: invalid role letter 'S' (expected R, A, C, I or V)");
  // An extra letter needs a name, like the four.
  MatrixBuilder unnamed = started();
  unnamed.set_role_description(*raci::role_from_letter('S'), "Helps");
  CHECK(error_of([&] { unnamed.end_legend({2, 1}); }) == "m.yaml:2:1: the legend lacks role 'S'");
}
