#include "raci/analysis/suggest.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using Names = std::vector<std::string>;

TEST_CASE("Suggestions: edit distance counts inserts, deletes, changes and neighbour swaps") {
  CHECK(raci::edit_distance("titel", "title") == 1);
  CHECK(raci::edit_distance("hots", "host") == 1);
  CHECK(raci::edit_distance("backup-capcity", "backup-capacity") == 1);
  CHECK(raci::edit_distance("abc", "xyz") == 3);
  CHECK(raci::edit_distance("same", "same") == 0);
  CHECK(raci::edit_distance("", "abc") == 3);
  CHECK(raci::edit_distance("abc", "") == 3);
  CHECK(raci::edit_distance("kitten", "sitting") == 3);
  // Optimal string alignment: a swapped pair is not edited again ("ca" to "abc" is 3, not 2).
  CHECK(raci::edit_distance("ca", "abc") == 3);
  // Bytes, not characters: "é" is two bytes.
  CHECK(raci::edit_distance("e", "é") == 2);
}

TEST_CASE("Suggestions: about one edit per three characters, and prefixes of three or more") {
  CHECK(raci::closest_matches("lsit", {"who", "list", "show"}) == Names{"list"});
  // "back" allows one edit; "backup-…" starts with it, so comes first.
  CHECK(raci::closest_matches("back", {"bach", "backup-run", "zzz", "black", "backup-policy"}) ==
        Names{"backup-run", "backup-policy", "bach"});
  // Two letters are too short to be a prefix.
  CHECK(raci::closest_matches("ba", {"backup"}).empty());
  // Six characters allow two edits.
  CHECK(raci::closest_matches("clinet", {"client", "cloud"}) == Names{"client"});
  CHECK(raci::closest_matches("cxxent", {"client"}) == Names{"client"});
  CHECK(raci::closest_matches("cxxxnt", {"client"}).empty());
  CHECK(raci::closest_matches("x", {}).empty());
}

TEST_CASE("Suggestions: did_you_mean names one, two or three, or nothing") {
  CHECK(raci::did_you_mean("lsit", {"who", "list", "show"}) == "; did you mean 'list'?");
  CHECK(raci::did_you_mean("zzzz", {"who", "list"}).empty());
  CHECK(raci::did_you_mean("backup", {"backup-capacity", "backup-problems", "vm-tagging"}) ==
        "; did you mean 'backup-capacity' or 'backup-problems'?");
  CHECK(raci::did_you_mean("back", {"backup-a", "backup-b", "backup-c", "backup-d"}) ==
        "; did you mean 'backup-a', 'backup-b' or 'backup-c'?");
}

TEST_CASE("Suggestions: control characters in a suggestion are shown escaped") {
  CHECK(raci::did_you_mean("ab\x1b", {"ab\x1b["}) == "; did you mean 'ab\\x1b['?");
}

TEST_CASE("Suggestions: long words cost little, whatever the candidates") {
  // A full |a| x |b| table for these took 1.1 GB (one word) and minutes (sixty candidates).
  const std::vector<std::string> long_ids(60, std::string(8000, 'p'));
  CHECK(raci::closest_matches(std::string(12000, 'q'), long_ids).empty());
  CHECK(raci::closest_matches(std::string(8000, 'p') + "x", long_ids).empty());
  // Up to the length cap, a near word is still found, and far lengths are skipped.
  const std::string id(raci::max_suggested_length, 'a');
  CHECK(raci::closest_matches(id.substr(1) + "b", {id, std::string(8000, 'a')}) == Names{id});
  // The banded distance agrees with the full one inside the band.
  CHECK(raci::edit_distance(std::string(300, 'a') + "bc", std::string(300, 'a') + "cb") == 1);
}
