// Native render time of one article, in process: reads the article JSON from a file (or `-`
// for stdin), renders it (full layout, typography on) until at least `--budget-ms` have passed
// and at least 3 times, and prints one JSON line with the median and best time in ms and the
// input size. bench/complexity.mjs calls it once per input, so process start-up and reading
// the input are outside the timed loop. Asserts nothing.
//
//   build/bench/verstka_bench_render [--budget-ms N] FILE|-
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "verstka/render.hpp"

namespace {

bool read_input(const char* path, std::string& out) {
    if (std::strcmp(path, "-") == 0) {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return false;
    out.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    double budget_ms = 300;
    const char* path = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--budget-ms") == 0 && i + 1 < argc) {
            budget_ms = std::atof(argv[++i]);
        } else {
            path = argv[i];
        }
    }
    std::string json;
    if (!path || !read_input(path, json)) {
        std::fprintf(stderr, "usage: verstka_bench_render [--budget-ms N] FILE|-\n");
        return 2;
    }
    const verstka::RenderResult first = verstka::render_article(json);
    if (!first.ok) {
        std::fprintf(stderr, "the article does not render (%zu diagnostics)\n", first.diagnostics.size());
        return 1;
    }
    using clock = std::chrono::steady_clock;
    std::vector<double> times;
    const auto start = clock::now();
    std::size_t out_bytes = 0;
    // One run over a second is enough: a slow case would otherwise take minutes.
    while (times.size() < 3 ||
           (std::chrono::duration<double, std::milli>(clock::now() - start).count() < budget_ms &&
            times.size() < 1000)) {
        const auto t = clock::now();
        out_bytes = verstka::render_article(json).html.size();
        times.push_back(std::chrono::duration<double, std::milli>(clock::now() - t).count());
        if (times.back() > 1000) break;
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"bytes\":%zu,\"out_bytes\":%zu,\"runs\":%zu,\"median_ms\":%.4f,\"best_ms\":%.4f}\n",
                json.size(), out_bytes, times.size(), times[times.size() / 2], times.front());
    return 0;
}
