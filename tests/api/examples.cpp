// The bundled examples: golden files for every layout, and "nothing lost" — every letter
// and digit of every text field appears, in order, in the rendered card's text.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "verstka/verstka.hpp"

namespace fs = std::filesystem;
using verstka::Layout;
using verstka::RenderOptions;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<fs::path> example_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(VERSTKA_SOURCE_DIR) / "examples")) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct LayoutCase {
    const char* name;
    Layout layout;
    bool json_ld;
};

constexpr LayoutCase kLayouts[] = {
    {"full", Layout::full, true},
    {"teaser", Layout::teaser, false},
    {"compact", Layout::compact, false},
};

std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++n) verstka::detail::utf8::decode(text, i);
    return n;
}

bool is_letter_or_digit(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0x0400 && c <= 0x04FF) || (c >= 0x00C0 && c <= 0x024F && c != 0xD7 && c != 0xF7);
}

// Letters and digits only; the few symbols typography makes out of letters are read back.
std::u32string letters_and_digits(std::string_view text) {
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t c = verstka::detail::utf8::decode(text, i);
        switch (c) {
            case U'©':
                out += U"c";
                break;
            case U'®':
                out += U"r";
                break;
            case U'™':
                out += U"tm";
                break;
            case U'½':
                out += U"12";
                break;
            case U'¼':
                out += U"14";
                break;
            case U'¾':
                out += U"34";
                break;
            default:
                if (is_letter_or_digit(c)) out += c;
        }
    }
    return out;
}

// The visible text of our HTML: tags (with their attributes) removed, entities decoded
// to a space or their character (only letters and digits matter here).
std::string visible_text(const std::string& html) {
    std::string out;
    bool in_tag = false, in_script = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (in_script) {
            if (html.compare(i, 9, "</script>") == 0) in_script = false, i += 8;
            continue;
        }
        if (in_tag) {
            if (c == '>') in_tag = false;
            continue;
        }
        if (c == '<') {
            in_tag = true;
            if (html.compare(i, 7, "<script") == 0) in_script = true;
            out += ' ';
            continue;
        }
        if (c == '&') {
            const std::size_t semi = html.find(';', i);
            if (semi != std::string::npos && semi - i < 12) {
                const std::string entity = html.substr(i, semi - i + 1);
                out += entity == "&amp;" ? "&" : entity == "&lt;" ? "<" : entity == "&gt;" ? ">" : " ";
                i = semi;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Markdown syntax that is not text: link destinations "](…)", ordered-list numbers at the
// start of a line (they become <ol> markers) and code-fence info strings.
std::string without_destinations(const std::string& markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        const bool line_start = i == 0 || markdown[i - 1] == '\n';
        if (line_start) {
            std::size_t j = i;
            while (j < markdown.size() && markdown[j] >= '0' && markdown[j] <= '9') ++j;
            if (j > i && j + 1 < markdown.size() && (markdown[j] == '.' || markdown[j] == ')') &&
                markdown[j + 1] == ' ') {
                i = j + 1;
                continue;
            }
            if (markdown.compare(i, 3, "```") == 0) {
                const std::size_t eol = markdown.find('\n', i);
                if (eol == std::string::npos) break;
                i = eol;
                out += '\n';
                continue;
            }
        }
        if (markdown.compare(i, 2, "](") == 0) {
            const std::size_t close = markdown.find(')', i);
            if (close != std::string::npos) {
                i = close;
                continue;
            }
        }
        out += markdown[i];
    }
    return out;
}

void collect_text_fields(const nlohmann::json& value, const std::string& key, std::vector<std::string>& out) {
    static const char* kNotText[] = {"url",       "src",     "id",  "lang", "type",    "provider",
                                     "published", "updated", "alt", "v",    "language"};
    if (value.is_string()) {
        for (const char* skip : kNotText) {
            if (key == skip) return;
        }
        out.push_back(without_destinations(value.get<std::string>()));
    } else if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) collect_text_fields(it.value(), it.key(), out);
    } else if (value.is_array()) {
        for (const auto& item : value) collect_text_fields(item, key, out);
    }
}

}  // namespace

TEST_CASE("examples: golden HTML for every layout") {
    const bool update = std::getenv("VERSTKA_UPDATE_GOLDEN") != nullptr;
    const auto files = example_files();
    REQUIRE(files.size() >= 5);
    for (const fs::path& file : files) {
        const std::string input = read_file(file);
        for (const LayoutCase& layout : kLayouts) {
            RenderOptions options;
            options.layout = layout.layout;
            options.json_ld = layout.json_ld;
            const auto result = verstka::render_article(input, options);
            const fs::path golden = fs::path(VERSTKA_SOURCE_DIR) / "tests/golden" /
                                    (file.stem().string() + "." + layout.name + ".html");
            CAPTURE(golden.string());
            REQUIRE(result.ok);
            if (update) {
                std::ofstream(golden, std::ios::binary) << result.html;
                continue;
            }
            REQUIRE_MESSAGE(fs::exists(golden), "missing golden file; run with VERSTKA_UPDATE_GOLDEN=1");
            CHECK(result.html == read_file(golden));
        }
    }
}

TEST_CASE("examples: nothing lost, typography on and off") {
    for (const fs::path& file : example_files()) {
        const std::string input = read_file(file);
        const nlohmann::json article = nlohmann::json::parse(input, nullptr, false);
        REQUIRE_FALSE(article.is_discarded());
        std::vector<std::string> fields;
        collect_text_fields(article, "", fields);
        for (bool typography : {false, true}) {
            RenderOptions options;
            options.typography = typography;
            // Shortening "5-ый" to "5-й" is the one rule that removes letters, by design.
            options.typograph.disable = {"number/ordinal"};
            const auto result = verstka::render_article(input, options);
            REQUIRE(result.ok);
            const std::u32string card = letters_and_digits(visible_text(result.html));
            for (const std::string& field : fields) {
                const std::u32string wanted = letters_and_digits(field);
                if (wanted.empty()) continue;
                CAPTURE(file.filename().string());
                CAPTURE(typography);
                CAPTURE(field);
                CHECK(card.find(wanted) != std::u32string::npos);
            }
        }
    }
}

TEST_CASE("examples: the seed keeps «Elena Канюк» as written and notes the Latin name") {
    const std::string input = read_file(fs::path(VERSTKA_SOURCE_DIR) / "examples/sochi-vnot-2024.json");
    const auto result = verstka::render_article(input);
    REQUIRE(result.ok);
    CHECK(result.html.find("Elena Канюк") != std::string::npos);
    std::vector<verstka::Diagnostic> notes;
    for (const verstka::Diagnostic& d : result.diagnostics) {
        if (d.code == "typography.latin-name") notes.push_back(d);
    }
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].severity == verstka::Severity::warning);
    CHECK(notes[0].path == "/body/4/text");
    CHECK(notes[0].message.find("«Elena Канюк»") != std::string::npos);
    // The place of the name in the JSON source: line 44 of the example, where "Elena" starts.
    CHECK(notes[0].line == 44);
    const std::string line_44 = [&] {
        std::istringstream lines(input);
        std::string line;
        for (int n = 0; n < 44; ++n) std::getline(lines, line);
        return line;
    }();
    const std::size_t byte = line_44.find("Elena");
    REQUIRE(byte != std::string::npos);
    CHECK(static_cast<std::size_t>(notes[0].column) == code_points(line_44.substr(0, byte)) + 1);
}
