#include "hostile_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <utility>
#include <vector>

namespace verstka::hostile {

namespace {

struct Timing {
    std::string name;
    std::size_t bytes;
    double ms;
};

// Prints the slowest cases when the test program exits, after doctest's own summary.
struct TimingTable {
    std::mutex mutex;
    std::vector<Timing> rows;

    ~TimingTable() {
        if (rows.empty()) return;
        std::sort(rows.begin(), rows.end(), [](const Timing& a, const Timing& b) { return a.ms > b.ms; });
        double total = 0;
        for (const Timing& t : rows) total += t.ms;
        std::printf("\nhostile inputs: %zu timed cases, %.0f ms in all; slowest first\n", rows.size(), total);
        std::printf("%10s  %12s  %s\n", "ms", "input bytes", "case");
        for (std::size_t i = 0; i < rows.size() && i < 15; ++i) {
            std::printf("%10.1f  %12zu  %s\n", rows[i].ms, rows[i].bytes, rows[i].name.c_str());
        }
        std::printf("slowest: %s (%.1f ms)\n", rows[0].name.c_str(), rows[0].ms);
    }
};

TimingTable& table() {
    static TimingTable t;
    return t;
}

}  // namespace

void record(std::string name, std::size_t input_bytes, std::chrono::steady_clock::duration elapsed) {
    const double ms = std::chrono::duration<double, std::milli>(elapsed).count();
    std::lock_guard<std::mutex> lock(table().mutex);
    table().rows.push_back({std::move(name), input_bytes, ms});
}

RenderResult render_timed(const std::string& name, std::string_view json, RenderOptions options) {
    const auto start = std::chrono::steady_clock::now();
    RenderResult result = render_article(json, options);
    record(name, json.size(), std::chrono::steady_clock::now() - start);
    return result;
}

RenderResult render_all_layouts(const std::string& name, std::string_view json, RenderOptions options) {
    options.layout = Layout::full;
    RenderResult full = render_timed(name + " [full]", json, options);
    for (Layout layout : {Layout::teaser, Layout::compact}) {
        options.layout = layout;
        const RenderResult other =
            render_timed(name + (layout == Layout::teaser ? " [teaser]" : " [compact]"), json, options);
        // Parse errors do not depend on the layout; a failed parse renders nothing anywhere.
        if (!full.ok) {
            CHECK(other.ok == false);
            CHECK(dump(other.diagnostics) == dump(full.diagnostics));
        }
    }
    return full;
}

std::string dump(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        out += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + severity_name(d.severity) +
               " " + d.code + " at '" + d.path.substr(0, 200) + "': " + d.message.substr(0, 200) + "\n";
    }
    return out.empty() ? "(no diagnostics)" : out;
}

std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else if (c != '\r' && (c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

std::string repeat(std::string_view piece, std::size_t count) {
    std::string out;
    out.reserve(piece.size() * count);
    for (std::size_t i = 0; i < count; ++i) out += piece;
    return out;
}

}  // namespace verstka::hostile
