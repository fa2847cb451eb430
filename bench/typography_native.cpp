// Native throughput of the public verstka::typograph() on the news corpus of the wasm bench:
// bench/typography.mjs writes that corpus (bench/corpus.mjs `newsParagraphs()`, paragraphs
// separated by U+001E) and runs this program on it, so both builds typeset the same bytes.
// Diagnostics are on, as typograph() always collects them. Median of 7 runs (or --runs N); asserts nothing.
//
// Built with the native build (bench/CMakeLists.txt):
//   node bench/corpus.mjs --write build/bench/news-corpus.txt
//   build/bench/verstka_bench_typography build/bench/news-corpus.txt [--json] [--runs N]
// `--runs 1` suits an instruction count: valgrind --tool=callgrind build/bench/... --runs 1
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "verstka/typograph.hpp"

namespace {

bool read_file(const char* path, std::string& out) {
    std::FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) out.append(buffer, n);
    std::fclose(f);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const char* path = argc > 1 ? argv[1] : "build/bench/news-corpus.txt";
    bool json = false;
    int runs = 7;
    for (int a = 2; a < argc; ++a) {
        if (std::strcmp(argv[a], "--json") == 0) json = true;
        if (std::strcmp(argv[a], "--runs") == 0 && a + 1 < argc) runs = std::max(1, std::atoi(argv[++a]));
    }
    std::string corpus;
    if (!read_file(path, corpus) || corpus.empty()) {
        std::fprintf(stderr, "no corpus at %s: run `node bench/corpus.mjs --write %s` first\n", path, path);
        return 2;
    }
    std::vector<std::string> paragraphs;
    for (std::size_t start = 0; start < corpus.size();) {
        std::size_t end = corpus.find('\x1E', start);
        if (end == std::string::npos) end = corpus.size();
        paragraphs.emplace_back(corpus, start, end - start);
        start = end + 1;
    }
    std::size_t total = 0;
    for (const std::string& p : paragraphs) total += p.size();
    // Wall time and CPU time of this process: on a shared machine the CPU time is the
    // throughput of one core, the wall time includes waiting for it.
    std::vector<double> seconds;
    std::vector<double> cpu_seconds;
    std::size_t out_bytes = 0;
    std::size_t notes = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpu_start = std::clock();
        out_bytes = 0;
        notes = 0;
        for (const std::string& p : paragraphs) {
            const verstka::TypographResult r = verstka::typograph(p);
            out_bytes += r.text.size();
            notes += r.diagnostics.size();
        }
        cpu_seconds.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        const auto end = std::chrono::steady_clock::now();
        seconds.push_back(std::chrono::duration<double>(end - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu_seconds.begin(), cpu_seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double cpu_median = cpu_seconds[cpu_seconds.size() / 2];
    const double mib = static_cast<double>(total) / (1 << 20);
    if (json) {
        std::printf(
            "{\"paragraphs\":%zu,\"bytes\":%zu,\"ms\":%.3f,\"cpuMs\":%.3f,\"mbPerSecond\":%.2f,"
            "\"diagnostics\":%zu}\n",
            paragraphs.size(), total, median * 1e3, cpu_median * 1e3, mib / median, notes);
        return 0;
    }
    std::printf("typograph() native: %zu paragraphs, %.2f MB in, %.2f MB out, %zu diagnostics\n",
                paragraphs.size(), mib, static_cast<double>(out_bytes) / (1 << 20), notes);
    std::printf("median %.2f ms, best %.2f ms: %.1f MB/s (median), %.1f MB/s (best)\n", median * 1e3,
                seconds.front() * 1e3, mib / median, mib / seconds.front());
    std::printf("CPU time median %.2f ms: %.1f MB/s per core\n", cpu_median * 1e3, mib / cpu_median);
    return 0;
}
