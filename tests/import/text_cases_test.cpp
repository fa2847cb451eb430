// Scraped texts of our own writing (tests/import/text/NAME.txt, with NAME.meta.json when the
// case needs metadata) and what the importer must make of each: the article (NAME.json) and
// its notes, one per line as LINE:COLUMN SEVERITY CODE PATH (NAME.notes). Run with
// VERSTKA_UPDATE_GOLDEN=1 to rewrite the expectations after a deliberate change, then review
// the diff line by line.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "verstka/import.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string notes_of(const verstka::Diagnostics& diagnostics) {
    std::string out;
    for (const verstka::Diagnostic& d : diagnostics) {
        out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
               verstka::severity_name(d.severity) + " " + d.code + " " + (d.path.empty() ? "-" : d.path) +
               "\n";
    }
    return out;
}

std::vector<fs::path> case_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(VERSTKA_SOURCE_DIR) / "tests/import/text")) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("every scraped text case imports into its expected article with its expected notes") {
    const bool update = std::getenv("VERSTKA_UPDATE_GOLDEN") != nullptr;
    const std::vector<fs::path> files = case_files();
    CHECK(files.size() >= 11);
    for (const fs::path& txt : files) {
        CAPTURE(txt.filename().string());
        fs::path meta_path = txt;
        meta_path.replace_extension(".meta.json");
        const std::string meta = fs::exists(meta_path) ? read_file(meta_path) : std::string();
        const verstka::ImportResult r = verstka::import_text(read_file(txt), meta);
        REQUIRE(r.ok);
        fs::path expected_path = txt, notes_path = txt;
        expected_path.replace_extension(".json");
        notes_path.replace_extension(".notes");
        if (update) {
            write_file(expected_path, r.article_json + "\n");
            write_file(notes_path, notes_of(r.diagnostics));
            continue;
        }
        REQUIRE(fs::exists(expected_path));
        const auto expected = nlohmann::json::parse(read_file(expected_path), nullptr, false);
        const auto got = nlohmann::json::parse(r.article_json, nullptr, false);
        CHECK(got.dump(2) == expected.dump(2));
        CHECK(notes_of(r.diagnostics) == read_file(notes_path));
    }
}
