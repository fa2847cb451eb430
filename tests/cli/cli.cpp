// The command-line tool: exit codes, output streams and the diagnostic format.
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path scratch_dir() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("verstka-cli-test-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

fs::path write_scratch(const std::string& name, const std::string& content) {
    const fs::path path = scratch_dir() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

// Runs the CLI with `args` (shell words) and `input` on stdin.
Run run(const std::string& args, const std::string& input = "") {
    const char* cli = std::getenv("VERSTKA_CLI");
    if (cli == nullptr) cli = VERSTKA_CLI_PATH;
    const fs::path in = write_scratch("stdin", input);
    const fs::path out = scratch_dir() / "stdout";
    const fs::path err = scratch_dir() / "stderr";
    const std::string command = std::string("'") + cli + "' " + args + " <'" + in.string() + "' >'" +
                                out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(command.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

const std::string kSeed = std::string(VERSTKA_SOURCE_DIR) + "/examples/sochi-vnot-2024.json";

}  // namespace

TEST_CASE("cli: --version and --help") {
    const Run version = run("--version");
    CHECK(version.status == 0);
    CHECK(version.out.rfind("verstka ", 0) == 0);
    const Run help = run("--help");
    CHECK(help.status == 0);
    CHECK(help.out.find("Usage: verstka") != std::string::npos);
}

TEST_CASE("cli: usage errors exit with 2") {
    const char* cases[] = {"",
                           "frobnicate",
                           "render",
                           "render --layout wide x.json",
                           "render --bogus x.json",
                           "render /nonexistent/file.json",
                           "render --max-bytes 0 -",
                           "render a.json b.json"};
    for (const char* args : cases) {
        CAPTURE(args);
        const Run r = run(args);
        CHECK(r.status == 2);
        CHECK(r.err.find("verstka: ") == 0);
        CHECK(r.out.empty());
    }
}

TEST_CASE("cli: render writes the card, exit 0") {
    const Run r = run("render '" + kSeed + "'");
    CHECK(r.status == 0);
    CHECK(r.out.rfind("<article class=\"vk-card vk-card--full\"", 0) == 0);
    const Run teaser = run("render --layout teaser -", slurp(kSeed));
    CHECK(teaser.status == 0);
    CHECK(teaser.out.find("vk-card--teaser") != std::string::npos);
    const Run page = run("render --css '" + kSeed + "'");
    CHECK(page.out.rfind("<!doctype html>", 0) == 0);
    CHECK(page.out.find("<style>") != std::string::npos);
    CHECK(page.out.find(".vk-card") != std::string::npos);
}

TEST_CASE("cli: render -o writes a file") {
    const fs::path target = scratch_dir() / "card.html";
    const Run r = run("render -o '" + target.string() + "' '" + kSeed + "'");
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(slurp(target).find("vk-card") != std::string::npos);
}

TEST_CASE("cli: diagnostics format and exit 1 on errors") {
    const fs::path file = write_scratch(
        "broken.json",
        "{\n  \"title\": \"T\",\n  \"body\": [\n    {\"type\": \"paragraph\" \"text\": \"x\"}\n  ]\n}\n");
    const Run r = run("render '" + file.string() + "'");
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CAPTURE(r.err);
    CHECK(r.err.rfind(file.string() + ":4:26: error: ", 0) == 0);
    CHECK(r.err.find("[json.syntax]") != std::string::npos);

    const Run missing = run("validate -", R"j({"body": []})j");
    CHECK(missing.status == 1);
    CHECK(missing.err.find("<stdin>") == 0);
    CHECK(missing.err.find(": error: ") != std::string::npos);
    CHECK(missing.err.find("[article.missing-title]") != std::string::npos);
}

TEST_CASE("cli: warnings keep exit 0 and name the JSON Pointer") {
    const Run r =
        run("render -", R"j({"title": "T", "body": [{"type": "paragraph", "text": "x", "colour": "red"}]})j");
    CHECK(r.status == 0);
    CHECK(r.err.find(": warning: ") != std::string::npos);
    CHECK(r.err.find("[article.unknown-field] at /body/0/colour") != std::string::npos);
}

TEST_CASE("cli: validate prints nothing for a clean article") {
    const Run r =
        run("validate -", R"j({"title": "Заголовок", "body": [{"type": "paragraph", "text": "Текст."}]})j");
    CHECK(r.status == 0);
    CHECK(r.out.empty());
}

TEST_CASE("cli: typograph reads stdin and writes stdout") {
    const Run r = run("typograph", "Он сказал - \"да\".");
    CHECK(r.status == 0);
    CHECK(r.out == "Он\u00A0сказал\u00A0— «да».");
    const Run entities = run("typograph --entities", "\"да\"");
    CHECK(entities.out == "&laquo;да&raquo;");
}

TEST_CASE("cli: rules lists the catalog") {
    const Run text = run("rules");
    CHECK(text.status == 0);
    CHECK(text.out.find("quotes/") != std::string::npos);
    const Run json = run("rules --json");
    CHECK(json.out.rfind("[{", 0) == 0);
}

TEST_CASE("cli: --batch renders NDJSON in order, one record per line") {
    const std::string input = R"j({"title": "Один", "body": []})j"
                              "\n\n"
                              R"j({"body": []})j"
                              "\n"
                              "not json\n"
                              R"j({"title": "Четыре", "body": []})j"
                              "\n";
    const Run r = run("render --batch --layout compact -", input);
    CHECK(r.status == 1);
    std::istringstream lines(r.out);
    std::string line;
    std::vector<std::string> records;
    while (std::getline(lines, line)) records.push_back(line);
    REQUIRE(records.size() == 4);
    CHECK(records[0].rfind("{\"line\":1,\"ok\":true,", 0) == 0);
    CHECK(records[0].find("Один") != std::string::npos);
    CHECK(records[1].rfind("{\"line\":3,\"ok\":false,", 0) == 0);
    CHECK(records[1].find("article.missing-title") != std::string::npos);
    CHECK(records[2].rfind("{\"line\":4,\"ok\":false,", 0) == 0);
    CHECK(records[2].find("json.syntax") != std::string::npos);
    CHECK(records[3].rfind("{\"line\":5,\"ok\":true,", 0) == 0);
}

TEST_CASE("cli: --batch keeps order over many lines") {
    std::string input;
    for (int i = 0; i < 1500; ++i) input += "{\"title\": \"N" + std::to_string(i) + "\", \"body\": []}\n";
    const Run r = run("render --batch --layout compact --no-typography -", input);
    CHECK(r.status == 0);
    std::istringstream lines(r.out);
    std::string line;
    int n = 0;
    bool in_order = true;
    while (std::getline(lines, line)) {
        in_order = in_order && line.find(">N" + std::to_string(n) + "<") != std::string::npos;
        ++n;
    }
    CHECK(n == 1500);
    CHECK(in_order);
}

TEST_CASE("cli: hyphenate reads stdin and writes stdout with soft hyphens") {
    const Run r = run("hyphenate", "Всероссийской ВНОТ-2024");
    CHECK(r.status == 0);
    CHECK(r.out == "Все\u00ADрос\u00ADсий\u00ADской ВНОТ-2024");
    const Run entities = run("hyphenate --entities", "Всероссийской");
    CHECK(entities.out == "Все&shy;рос&shy;сий&shy;ской");
    const Run html = run("hyphenate --html", "<code>Всероссийской</code> <b>переход</b>");
    CHECK(html.out == "<code>Всероссийской</code> <b>пе\u00ADре\u00ADход</b>");
    const Run longer = run("hyphenate --min-word 8", "переход переходы");
    CHECK(longer.out == "переход пе\u00ADре\u00ADхо\u00ADды");
}

TEST_CASE("cli: hyphenate --min-word needs a number from 4 to 100") {
    for (const char* args : {"hyphenate --min-word", "hyphenate --min-word 3", "hyphenate --min-word 101",
                             "hyphenate --min-word 7x"}) {
        CAPTURE(args);
        const Run r = run(args, "Всероссийской");
        CHECK(r.status == 2);
        CHECK(r.err.find("verstka: ") == 0);
    }
}

TEST_CASE("cli: render --hyphenate hyphenates the card's text, not its URLs or abbreviations") {
    const Run plain = run("render '" + kSeed + "'");
    CHECK(plain.out.find("\u00AD") == std::string::npos);
    const Run r = run("render --hyphenate '" + kSeed + "'");
    CHECK(r.status == 0);
    CHECK(r.out.rfind("<article class=\"vk-card vk-card--full vk-card--hyphenated\"", 0) == 0);
    CHECK(r.out.find("Все\u00ADрос\u00ADсий\u00ADской") != std::string::npos);
    CHECK(r.out.find("ВНОТ-2024") != std::string::npos);
    CHECK(r.out.find("SochiMedia") != std::string::npos);
}

TEST_CASE("cli: import --from text writes the article; render --from text the card; the notes go to stderr") {
    const std::string seed = std::string(VERSTKA_SOURCE_DIR) + "/tests/import/seed.txt";
    const Run imported = run("import --from text '" + seed + "' --meta '{\"year\": 2024}'");
    CHECK(imported.status == 0);
    CHECK(imported.out.rfind("{\n  \"v\": 1,\n  \"title\": \"Участникам", 0) == 0);
    CHECK(imported.out.find("\"author\": \"Elena Канюк\"") != std::string::npos);
    CHECK(imported.err.find("seed.txt:15:1: info: direct speech") != std::string::npos);

    const fs::path meta = write_scratch("meta.json", R"({"year": 2024, "url": "https://example.org/a"})");
    const Run rendered = run("render --from text --meta '" + meta.string() + "' -", slurp(seed));
    CHECK(rendered.status == 0);
    CHECK(rendered.out.find("<blockquote class=\"vk-quote\">") != std::string::npos);
    CHECK(rendered.err.find("<stdin>:1:1: info: title: the first line [import.title] at /title") !=
          std::string::npos);
}

TEST_CASE("cli: import refuses what it cannot read with exit 1, and usage mistakes with exit 2") {
    const Run empty = run("import --from text -", "\n\n");
    CHECK(empty.status == 1);
    CHECK(empty.out.empty());
    CHECK(empty.err.find("[import.empty]") != std::string::npos);
    CHECK(run("import --from text - --meta '[1]'", "Заголовок").status == 1);
    CHECK(run("import -", "Заголовок").status == 2);                                   // no --from
    CHECK(run("import --from xml -", "Заголовок").status == 2);                        // no such input
    CHECK(run("import --from text --meta /no/such/file -", "Заголовок").status == 2);  // unreadable --meta
}
