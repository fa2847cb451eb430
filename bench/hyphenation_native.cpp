// Native hyphenation speed: verstka::hyphenate() against libhyphen's hnj_hyphen_hyphenate2 on
// the same words, one call a word, median of 7 passes. Prints JSON; asserts nothing.
// bench/hyphenation.mjs writes the word list and the libhyphen dictionary (made from the same
// TeX patterns by libhyphen's substrings.pl) and runs this program:
//   build/bench/verstka_bench_hyphenation WORDS.txt hyph_ru_tex.dic
#include <hyphen.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "verstka/hyphenate.hpp"

namespace {

template <typename Work>
double words_per_second(const std::vector<std::string>& words, Work work) {
    std::vector<double> rates;
    for (int run = 0; run < 7; ++run) {
        const auto start = std::chrono::steady_clock::now();
        for (const std::string& word : words) work(word);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        rates.push_back(static_cast<double>(words.size()) / elapsed.count());
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: verstka_bench_hyphenation WORDS.txt DICTIONARY.dic\n");
        return 2;
    }
    std::vector<std::string> words;
    std::ifstream in(argv[1]);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) words.push_back(line);
    }
    HyphenDict* dict = hnj_hyphen_load(argv[2]);
    if (words.empty() || dict == nullptr) {
        std::fprintf(stderr, "cannot read %s or %s\n", argv[1], argv[2]);
        return 2;
    }
    std::size_t sink = 0;  // keeps the work observable
    const double verstka =
        words_per_second(words, [&](const std::string& word) { sink += verstka::hyphenate(word).size(); });
    std::vector<char> hyphens(256);
    const double libhyphen = words_per_second(words, [&](const std::string& word) {
        if (word.size() + 5 > hyphens.size()) hyphens.resize(word.size() + 5);
        char** rep = nullptr;
        int* pos = nullptr;
        int* cut = nullptr;
        hnj_hyphen_hyphenate2(dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr,
                              &rep, &pos, &cut);
        sink += static_cast<std::size_t>(hyphens[0]);
        if (rep != nullptr) {
            for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
            std::free(rep);
            std::free(pos);
            std::free(cut);
        }
    });
    hnj_hyphen_free(dict);
    std::printf("{\"words\": %zu, \"runs\": 7, \"verstka\": %.0f, \"libhyphen\": %.0f, \"sink\": %zu}\n",
                words.size(), verstka, libhyphen, sink);
    return 0;
}
