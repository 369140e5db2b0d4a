#include "raci/util/text.hpp"

#include <catch2/catch.hpp>
#include <string>

TEST_CASE("Text: trim takes spaces, tabs, CR and LF off both ends only") {
  CHECK(raci::trim("  a b \t\r\n") == "a b");
  CHECK(raci::trim("\n\tx") == "x");
  CHECK(raci::trim("x") == "x");
  CHECK(raci::trim(" \t\r\n ").empty());
  CHECK(raci::trim("").empty());
  CHECK(raci::trim("\u00a0x\u00a0") == "\u00a0x\u00a0");  // no-break spaces are text
}

TEST_CASE("Text: is_blank is true for nothing but spaces, tabs, CR and LF") {
  CHECK(raci::is_blank(""));
  CHECK(raci::is_blank(" \t\r\n"));
  CHECK_FALSE(raci::is_blank(" . "));
  CHECK_FALSE(raci::is_blank("\u00a0"));
}

TEST_CASE("Text: quote puts single quotes around text with its controls escaped") {
  CHECK(raci::quote("backup") == "'backup'");
  CHECK(raci::quote("") == "''");
  CHECK(raci::quote("a\x1b[2Jb\n") == "'a\\x1b[2Jb\\n'");
}

TEST_CASE("Text: places read LINE:COL and FILE:LINE:COL: message, or FILE: without a line") {
  CHECK(raci::line_column({12, 7}) == "12:7");
  CHECK(raci::located("m.yaml", {3, 14}, "unknown party 'x'") == "m.yaml:3:14: unknown party 'x'");
  CHECK(raci::located("m.yaml", {}, "the file is empty") == "m.yaml: the file is empty");
  CHECK(raci::located("", {2, 1}, "m") == ":2:1: m");
}
