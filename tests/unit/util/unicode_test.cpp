#include "raci/util/unicode.hpp"

#include <catch2/catch.hpp>

TEST_CASE("Unicode: folding ignores case and accents") {
  CHECK(raci::fold("Sécurité") == "securite");
  CHECK(raci::fold("SECURITE") == "securite");
  CHECK(raci::fold("Décision d'AJOUTER") == "decision d'ajouter");
  CHECK(raci::fold("Straße") == "strasse");
  CHECK(raci::fold("plain ascii") == "plain ascii");
}

TEST_CASE("Unicode: invalid UTF-8 is found at its first byte") {
  CHECK_FALSE(raci::find_invalid_utf8("café 漢字").has_value());
  CHECK(raci::find_invalid_utf8("ab\xff") == 2U);
  CHECK(raci::find_invalid_utf8("a\xc0\xaf") == 1U);      // overlong '/'
  CHECK(raci::find_invalid_utf8("a\xed\xa0\x80") == 1U);  // a surrogate
  CHECK(raci::find_invalid_utf8("abc\xe6\xbc") == 3U);    // truncated
  CHECK(raci::find_invalid_utf8("\x80") == 0U);           // a lone continuation byte
}

TEST_CASE("Unicode: control characters are escaped visibly") {
  CHECK(raci::escape_controls("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(raci::escape_controls("bell\a del\x7f") == "bell\\x07 del\\x7f");
  CHECK(raci::escape_controls("tab\tnew\nline\r") == "tab\\tnew\\nline\\r");
  CHECK(raci::escape_controls("next\xc2\x85line") == "next\\u{0085}line");
  CHECK(raci::escape_controls("café 漢字") == "café 漢字");
}

TEST_CASE("Unicode: display width counts terminal columns") {
  CHECK(raci::display_width("abc") == 3);
  CHECK(raci::display_width("café") == 4);
  CHECK(raci::display_width("cafe\xcc\x81") == 4);  // e + combining acute accent
  CHECK(raci::display_width("漢字") == 4);
}

TEST_CASE("Unicode: wrapping breaks at spaces, by width, never inside a character") {
  CHECK(raci::wrap_text("Manage capacities on backup infrastructures", 20) ==
        std::vector<std::string>{"Manage capacities on", "backup", "infrastructures"});
  CHECK(raci::wrap_text("漢字漢字漢字", 5) == std::vector<std::string>{"漢字", "漢字", "漢字"});
  CHECK(raci::wrap_text("ééééé", 2) == std::vector<std::string>{"éé", "éé", "é"});
  CHECK(raci::wrap_text("", 10) == std::vector<std::string>{""});
}

TEST_CASE("Unicode: look-alike names share a skeleton, different names do not") {
  CHECK(raci::skeleton("Client") == "client");
  CHECK(raci::skeleton("\u0421lient") == "client");             // Cyrillic Es
  CHECK(raci::skeleton("  Client \u00a0") == "client");         // spaces around, NBSP
  CHECK(raci::skeleton("Cli\u200bent") == "client");            // zero-width space
  CHECK(raci::skeleton("\u0391\u039c\u0391\u0396") == "amaz");  // Greek capitals
  CHECK(raci::skeleton("Example   Host") == "example host");
  CHECK(raci::skeleton("Ｃｌｉｅｎｔ") == "client");  // full-width, by fold()
  CHECK(raci::skeleton("Cl1ent") != raci::skeleton("Client"));
  CHECK(raci::skeleton("Клиент") != raci::skeleton("Client"));
}

TEST_CASE("Unicode: the case-kept skeleton adds Latin look-alikes and keeps IT apart from LT") {
  CHECK(raci::case_skeleton("Client") == "Client");
  CHECK(raci::case_skeleton("CIient") == "Client");           // capital I
  CHECK(raci::case_skeleton("C1ient") == "Client");           // digit one
  CHECK(raci::case_skeleton("C|ient") == "Client");           // vertical bar
  CHECK(raci::case_skeleton("B0ARD") == "BOARD");             // digit zero
  CHECK(raci::case_skeleton("Gove rnance") == "Gove mance");  // rn
  CHECK(raci::case_skeleton("Govemance") == raci::case_skeleton("Governance"));
  CHECK(raci::case_skeleton(" \u0421lient\u200b ") == "Client");  // Cyrillic, hidden, spaces
  CHECK(raci::case_skeleton("Ｃｌｉｅｎｔ") == "Client");         // full-width, case kept
  CHECK(raci::case_skeleton("IT") != raci::case_skeleton("LT"));
  CHECK(raci::case_skeleton("client") != raci::case_skeleton("Client"));
}

TEST_CASE("Unicode: escape_controls shows invalid bytes and hidden characters") {
  CHECK(raci::escape_controls("x\x9b"
                              "2J") == "x\\x9b2J");
  CHECK(raci::escape_controls("a\u202eb\u2066c\u200bd\ufeffe\u2029") ==
        "a\\u{202e}b\\u{2066}c\\u{200b}d\\u{feff}e\\u{2029}");
  CHECK(raci::escape_controls("line\ttab\n", raci::LineBreaks::keep) == "line\ttab\n");
  CHECK(raci::escape_hidden_in_json("\"a\x7f\u0085\u202e\"") == "\"a\\u007f\\u0085\\u202e\"");
}
