// `verstka import --from editorjs` and `verstka render --from editorjs`.
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Result {
    int status = -1;
    std::string out;
    std::string err;
};

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path import_scratch() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("verstka-import-cli-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

fs::path scratch_file(const std::string& name, const std::string& content) {
    const fs::path path = import_scratch() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

Result cli(const std::string& args, const std::string& input = "") {
    const char* program = std::getenv("VERSTKA_CLI");
    if (program == nullptr) program = VERSTKA_CLI_PATH;
    const fs::path in = scratch_file("stdin", input);
    const fs::path out = import_scratch() / "stdout";
    const fs::path err = import_scratch() / "stderr";
    const std::string command = std::string("'") + program + "' " + args + " <'" + in.string() + "' >'" +
                                out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(command.c_str());
    Result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = read_all(out);
    r.err = read_all(err);
    return r;
}

const char* const kDocument = R"({
  "time": 1726210000000,
  "blocks": [
    {"id": "a", "type": "header", "data": {"text": "Заголовок из редактора", "level": 1}},
    {"id": "b", "type": "paragraph", "data": {"text": "Первый <b>абзац</b> - с дефисом"}},
    {"id": "c", "type": "carousel", "data": {}}
  ],
  "version": "2.30.0"
})";

}  // namespace

TEST_CASE("cli: import --from editorjs writes article JSON; unknown tools warn at their place") {
    const fs::path file = scratch_file("doc.json", kDocument);
    const Result r = cli("import --from editorjs '" + file.string() + "'");
    CAPTURE(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("\"title\": \"Заголовок из редактора\"") != std::string::npos);
    CHECK(r.out.find("\"text\": \"Первый **абзац** - с дефисом\"") != std::string::npos);
    CHECK(r.err.find(file.string() + ":6:5: warning: ") == 0);
    CHECK(r.err.find("[import.unknown-tool] at /blocks/2") != std::string::npos);
}

TEST_CASE("cli: render --from editorjs renders the imported article, typeset") {
    const Result r = cli("render --from editorjs -", kDocument);
    CHECK(r.status == 0);
    CHECK(r.out.find("<h1 class=\"vk-card__title\">Заголовок из\u00A0редактора</h1>") != std::string::npos);
    CHECK(r.out.find("<strong>абзац</strong>\u00A0— с\u00A0дефисом") != std::string::npos);
}

TEST_CASE("cli: --meta merges article fields over the import") {
    const fs::path meta = scratch_file("meta.json", R"({"title": "Из meta", "rubric": "Общество"})");
    const Result r = cli("import --from editorjs --meta '" + meta.string() + "' -", kDocument);
    CHECK(r.status == 0);
    CHECK(r.out.find("\"title\": \"Из meta\"") != std::string::npos);
    CHECK(r.out.find("\"rubric\": \"Общество\"") != std::string::npos);
}

TEST_CASE("cli: import errors exit 1 with nothing on stdout; usage errors exit 2") {
    const Result bad = cli("import --from editorjs -", "[1, 2]");
    CHECK(bad.status == 1);
    CHECK(bad.out.empty());
    CHECK(bad.err.find("[import.bad-document]") != std::string::npos);
    const char* usage[] = {"import -", "import --from word -", "import --from editorjs",
                           "import --from editorjs --meta /nonexistent -",
                           "render --batch --from editorjs -"};
    for (const char* args : usage) {
        CAPTURE(args);
        const Result r = cli(args, kDocument);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
    }
}
