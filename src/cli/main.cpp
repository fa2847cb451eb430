// verstka — the command-line tool: render, validate, import, typograph, hyphenate, rules.
#include <unistd.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/batch.hpp"
#include "cli/report.hpp"
#include "cli/stylesheet.hpp"
#include "verstka/import.hpp"
#include "verstka/verstka.hpp"

namespace {

using namespace verstka;

constexpr int kExitOk = 0;
constexpr int kExitInputErrors = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage = R"(Usage: verstka COMMAND [OPTIONS] [FILE|-]

Commands:
  render FILE|-       render an article (JSON) to an HTML card on stdout
  validate FILE|-     check an article and print its diagnostics
  import FILE|-       turn an input (--from) into an article (JSON) on stdout
  typograph           typeset text from stdin to stdout
  hyphenate           insert soft hyphens into the Russian words of stdin, to stdout
  rules               list the typography rules
  css                 print the stylesheet (verstka.css)

Options for render:
  --layout full|teaser|compact   card layout (default: full)
  --json-ld                      add schema.org NewsArticle JSON-LD
  --no-typography                leave the text as written
  --entities                     write NBSP, dashes, quotes as named HTML entities
  --css                          write a standalone page with the stylesheet inlined
  --raw-html escape|drop         raw HTML in CommonMark text (default: escape)
  --nofollow                     add rel="nofollow ugc" to links in article text
  --new-tab                      open links in article text in a new tab
  --max-bytes N                  largest accepted input (default: 4194304)
  --hyphenate                    soft hyphens in the Russian words of the text (hyphens: manual)
  --batch                        NDJSON: one article per input line, one JSON result per line
  -o FILE                        write the output to FILE instead of stdout

Options for import and render:
  --from json|text|editorjs      the input: an article (default; render only), scraped plain text
                                 or an Editor.js saved document
  --meta FILE|JSON               what the input does not hold, merged over the article: a JSON
                                 object such as {"url": "…", "year": 2024, "cover": "…"}

Options for typograph:
  --html                         the input is an HTML fragment
  --entities                     write typographic characters as named entities

Options for hyphenate:
  --html                         the input is an HTML fragment
  --entities                     write soft hyphens as &shy;
  --min-word N                   words with fewer letters stay whole (4 to 100; default: 7)

Options for render and typograph:
  --enable ID, --disable ID      switch a rule or a group (nbsp/*) on or off; repeatable

Options for rules:
  --json                         the catalog as JSON

Diagnostics go to stderr as FILE:LINE:COL: error: MESSAGE [code] at /json/pointer.
Exit status: 0 ok (warnings allowed), 1 the input had errors, 2 usage error.
  --help, -h                     show this help
  --version                      show the version
)";

struct Args {
    std::string command;
    std::string file;
    std::string output;
    bool have_file = false;
    bool batch = false;
    bool css = false;
    bool json = false;
    std::string from = "json";
    std::string meta;
    RenderOptions render;
    TypographOptions typograph;
    HyphenateOptions hyphenate;
};

int usage_error(const std::string& message) {
    std::cerr << "verstka: " << message << "\nTry 'verstka --help'.\n";
    return kExitUsage;
}

// Reads a whole stream in 64 KiB blocks: istreambuf_iterator goes through the stream buffer
// one character at a time and took a fifth of `verstka typograph` on a large input.
bool read_all(std::FILE* f, std::string& text) {
    std::array<char, 1 << 16> buffer{};
    text.clear();
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;)
        text.append(buffer.data(), n);
    return std::ferror(f) == 0;
}

bool read_input(const std::string& file, std::string& text, std::string& error) {
    if (file == "-") {
        if (!read_all(stdin, text)) {
            error = "cannot read standard input";
            return false;
        }
        return true;
    }
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (!f) {
        error = "cannot open " + file;
        return false;
    }
    const bool ok = read_all(f, text);
    std::fclose(f);
    if (!ok) error = "cannot read " + file;
    return ok;
}

// Returns kExitOk on success, else the exit code to use (after printing why).
int parse_args(int argc, char** argv, Args& args) {
    std::vector<std::string_view> rest(argv + 1, argv + argc);
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const std::string_view a = rest[i];
        auto value = [&](std::string_view& out) {
            if (i + 1 >= rest.size()) return false;
            out = rest[++i];
            return true;
        };
        std::string_view v;
        if (a == "--layout") {
            if (!value(v)) return usage_error("--layout needs a value");
            if (v == "full")
                args.render.layout = Layout::full;
            else if (v == "teaser")
                args.render.layout = Layout::teaser;
            else if (v == "compact")
                args.render.layout = Layout::compact;
            else
                return usage_error("unknown layout '" + std::string(v) + "' (full, teaser, compact)");
        } else if (a == "--json-ld") {
            args.render.json_ld = true;
        } else if (a == "--no-typography") {
            args.render.typography = false;
        } else if (a == "--entities") {
            args.render.typograph.chars = CharOutput::entities;
            args.typograph.chars = CharOutput::entities;
            args.hyphenate.chars = CharOutput::entities;
        } else if (a == "--css") {
            args.css = true;
        } else if (a == "--raw-html") {
            if (!value(v)) return usage_error("--raw-html needs a value");
            if (v == "escape")
                args.render.raw_html = RawHtml::escape;
            else if (v == "drop")
                args.render.raw_html = RawHtml::drop;
            else
                return usage_error("--raw-html is escape or drop");
        } else if (a == "--nofollow") {
            args.render.nofollow_links = true;
        } else if (a == "--new-tab") {
            args.render.links_new_tab = true;
        } else if (a == "--max-bytes") {
            if (!value(v)) return usage_error("--max-bytes needs a number");
            char* end = nullptr;
            const std::string number(v);
            const unsigned long long n = std::strtoull(number.c_str(), &end, 10);
            if (number.empty() || *end != '\0' || n == 0)
                return usage_error("--max-bytes needs a positive number");
            args.render.parse.max_input_bytes = static_cast<std::size_t>(n);
        } else if (a == "--batch") {
            args.batch = true;
        } else if (a == "-o") {
            if (!value(v)) return usage_error("-o needs a file name");
            args.output = v;
        } else if (a == "--html") {
            args.typograph.mode = TextMode::html;
            args.hyphenate.mode = TextMode::html;
        } else if (a == "--hyphenate") {
            args.render.hyphenation = true;
        } else if (a == "--min-word") {
            if (!value(v)) return usage_error("--min-word needs a number");
            std::size_t n = 0;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
            if (ec != std::errc() || end != v.data() + v.size() || n < 4 || n > 100) {
                return usage_error("--min-word needs a number from 4 to 100");
            }
            args.hyphenate.min_word_length = n;
        } else if (a == "--enable" || a == "--disable") {
            if (!value(v)) return usage_error(std::string(a) + " needs a rule id");
            auto& list = a == "--enable" ? args.typograph.enable : args.typograph.disable;
            list.emplace_back(v);
            auto& render_list =
                a == "--enable" ? args.render.typograph.enable : args.render.typograph.disable;
            render_list.emplace_back(v);
        } else if (a == "--json") {
            args.json = true;
        } else if (a == "--from") {
            if (!value(v)) return usage_error("--from needs a value");
            if (v != "json" && v != "text" && v != "editorjs")
                return usage_error("unknown input '" + std::string(v) + "' (json, text, editorjs)");
            args.from = v;
        } else if (a == "--meta") {
            if (!value(v)) return usage_error("--meta needs a file or a JSON object");
            args.meta = v;
        } else if (a == "-" || a.empty() || a[0] != '-') {
            if (args.command.empty()) {
                args.command = a;
            } else if (!args.have_file) {
                args.file = a;
                args.have_file = true;
            } else {
                return usage_error("unexpected argument '" + std::string(a) + "'");
            }
        } else {
            return usage_error("unknown option '" + std::string(a) + "'");
        }
    }
    return kExitOk;
}

// Output goes to -o FILE or stdout; returns false when the file cannot be written.
struct Output {
    std::ofstream file;
    std::ostream* stream = &std::cout;
    bool open(const std::string& path) {
        if (path.empty()) return true;
        file.open(path, std::ios::binary);
        stream = &file;
        return static_cast<bool>(file);
    }
};

void write_standalone_page(std::ostream& out, const RenderResult& result) {
    out << "<!doctype html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"verstka "
        << version() << "\">\n<style>\n"
        << cli::stylesheet() << "\n</style>\n</head>\n<body class=\"vk-page\">\n"
        << result.html << "</body>\n</html>\n";
}

// The input as an article: as it is (--from json) or imported. Import notes go to stderr
// with the input's name. kExitOk, or the exit status: a usage error for a --meta file that
// cannot be read, kExitInputErrors when the import failed.
int article_of(const Args& args, std::string& input) {
    if (args.from == "json") return kExitOk;
    std::string meta;
    if (!args.meta.empty()) {
        std::string error;
        if (args.meta.front() == '{' || args.meta.front() == '[') {  // JSON itself, not a file name
            meta = args.meta;
        } else if (!read_input(args.meta, meta, error)) {
            return usage_error(error);
        }
    }
    ImportResult imported;
    if (args.from == "editorjs") {
        EditorJsOptions options;
        options.max_input_bytes = args.render.parse.max_input_bytes;
        options.raw_html = args.render.raw_html;
        imported = import_editorjs(input, meta, options);
    } else {
        imported = import_text(input, meta);
    }
    cli::print_diagnostics(std::cerr, args.file == "-" ? "<stdin>" : args.file, imported.diagnostics);
    if (!imported.ok) return kExitInputErrors;
    input = std::move(imported.article_json);
    return kExitOk;
}

int run_import(const Args& args, Output& out) {
    if (!args.have_file) return usage_error("import needs a FILE or - for stdin");
    if (args.from == "json") return usage_error("import needs --from text or --from editorjs");
    std::string input, error;
    if (!read_input(args.file, input, error)) return usage_error(error);
    if (const int exit = article_of(args, input); exit != kExitOk) return exit;
    *out.stream << input << '\n';
    out.stream->flush();
    return kExitOk;
}

int run_render(const Args& args, Output& out) {
    if (args.batch && args.from != "json") return usage_error("--batch reads article JSON only");
    if (args.batch) {
        if (args.have_file && args.file != "-") {
            std::ifstream in(args.file, std::ios::binary);
            if (!in) return usage_error("cannot open " + args.file);
            const cli::BatchSummary s =
                cli::render_batch(in, *out.stream, args.render, isatty(2) ? &std::cerr : nullptr);
            return s.failed > 0 ? kExitInputErrors : kExitOk;
        }
        const cli::BatchSummary s =
            cli::render_batch(std::cin, *out.stream, args.render, isatty(2) ? &std::cerr : nullptr);
        return s.failed > 0 ? kExitInputErrors : kExitOk;
    }
    if (!args.have_file) return usage_error("render needs a FILE or - for stdin");
    std::string input, error;
    if (!read_input(args.file, input, error)) return usage_error(error);
    if (const int exit = article_of(args, input); exit != kExitOk) return exit;
    const RenderResult result = render_article(input, args.render);
    const std::string name = args.file == "-" ? "<stdin>" : args.file;
    cli::print_diagnostics(std::cerr, args.from == "json" ? name : name + " (imported article)",
                           result.diagnostics);
    if (!result.ok) return kExitInputErrors;
    if (args.css)
        write_standalone_page(*out.stream, result);
    else
        *out.stream << result.html;
    out.stream->flush();
    return kExitOk;
}

int run_validate(const Args& args) {
    if (!args.have_file) return usage_error("validate needs a FILE or - for stdin");
    std::string input, error;
    if (!read_input(args.file, input, error)) return usage_error(error);
    const Diagnostics diagnostics = validate_article(input, args.render.parse);
    cli::print_diagnostics(std::cerr, args.file == "-" ? "<stdin>" : args.file, diagnostics);
    return has_errors(diagnostics) ? kExitInputErrors : kExitOk;
}

int run_typograph(const Args& args, Output& out) {
    std::string input, error;
    if (!read_input(args.have_file ? args.file : "-", input, error)) return usage_error(error);
    const TypographResult result = typograph(input, args.typograph);
    cli::print_diagnostics(std::cerr, args.have_file && args.file != "-" ? args.file : "<stdin>",
                           result.diagnostics);
    *out.stream << result.text;
    out.stream->flush();
    return kExitOk;
}

int run_hyphenate(const Args& args, Output& out) {
    std::string input, error;
    if (!read_input(args.have_file ? args.file : "-", input, error)) return usage_error(error);
    *out.stream << hyphenate(input, args.hyphenate);
    out.stream->flush();
    return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsage;
            return kExitOk;
        }
        if (a == "--version") {
            std::cout << "verstka " << version() << '\n';
            return kExitOk;
        }
    }
    Args args;
    if (int code = parse_args(argc, argv, args); code != kExitOk) return code;
    if (args.command.empty()) return usage_error("missing command");
    Output out;
    if (!out.open(args.output)) return usage_error("cannot write " + args.output);
    if (args.command == "render") return run_render(args, out);
    if (args.command == "validate") return run_validate(args);
    if (args.command == "import") return run_import(args, out);
    if (args.command == "typograph") return run_typograph(args, out);
    if (args.command == "hyphenate") return run_hyphenate(args, out);
    if (args.command == "rules") {
        *out.stream << cli::rules_listing(args.json);
        return kExitOk;
    }
    if (args.command == "css") {
        *out.stream << cli::stylesheet();
        return kExitOk;
    }
    return usage_error("unknown command '" + args.command + "'");
}
