// Native throughput of the typography engine: ~1 MB of Russian news text in ~500-character
// paragraphs (built from tests/corpus/typography.tsv and the seed article), typeset by one
// Typographer, median of 7 runs. Reports MB/s of input; asserts nothing.
//
// Built with the native build (bench/CMakeLists.txt); run from the repository root:
//   build/bench/verstka_bench_typography
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "typography/typographer.hpp"

namespace {

std::vector<std::string> sentences(const char* corpus_path, const char* seed_path) {
    std::vector<std::string> out;
    std::ifstream corpus(corpus_path);
    std::string line;
    while (std::getline(corpus, line)) {
        if (line.empty() || line[0] == '#') continue;
        line = line.substr(0, line.find('\t'));
        // The corpus marks NBSP as `⍽`; the benchmark input is plain text.
        for (std::size_t p = line.find("⍽"); p != std::string::npos; p = line.find("⍽", p)) {
            line.replace(p, 3, " ");
        }
        out.push_back(line);
    }
    std::ifstream seed(seed_path);
    while (std::getline(seed, line)) {
        if (line.size() > 40) out.push_back(line);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const char* corpus = argc > 1 ? argv[1] : "tests/corpus/typography.tsv";
    const char* seed = argc > 2 ? argv[2] : "tests/typography/seed_article.txt";
    const std::vector<std::string> pool = sentences(corpus, seed);
    if (pool.empty()) {
        std::fprintf(stderr, "no input: run from the repository root\n");
        return 2;
    }
    // Paragraphs of about 500 characters (≈ 900 bytes of Cyrillic), about 1 MB in total.
    std::vector<std::string> paragraphs;
    std::size_t total = 0;
    std::size_t next = 0;
    while (total < 1000000) {
        std::string p;
        while (p.size() < 900) {
            if (!p.empty()) p += ' ';
            p += pool[next++ % pool.size()];
        }
        total += p.size();
        paragraphs.push_back(std::move(p));
    }
    const verstka::detail::Typographer engine;
    // Wall time and CPU time of this process: on a shared machine the CPU time is the
    // throughput of one core, the wall time includes waiting for it.
    std::vector<double> seconds;
    std::vector<double> cpu_seconds;
    std::size_t out_bytes = 0;
    for (int run = 0; run < 7; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpu_start = std::clock();
        out_bytes = 0;
        for (const std::string& p : paragraphs) out_bytes += engine.typeset(p).size();
        cpu_seconds.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        const auto end = std::chrono::steady_clock::now();
        seconds.push_back(std::chrono::duration<double>(end - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu_seconds.begin(), cpu_seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double cpu_median = cpu_seconds[cpu_seconds.size() / 2];
    std::printf("typography native: %zu paragraphs, %.2f MB in, %.2f MB out\n", paragraphs.size(),
                total / 1e6, out_bytes / 1e6);
    std::printf("median %.2f ms, best %.2f ms: %.1f MB/s (median), %.1f MB/s (best)\n", median * 1e3,
                seconds.front() * 1e3, total / 1e6 / median, total / 1e6 / seconds.front());
    std::printf("CPU time median %.2f ms: %.1f MB/s per core\n", cpu_median * 1e3, total / 1e6 / cpu_median);
    return 0;
}
