// Liang's algorithm over the compiled-in Russian patterns: where one word may break.
#ifndef VERSTKA_HYPHENATION_PATTERNS_HPP
#define VERSTKA_HYPHENATION_PATTERNS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verstka::detail::hyphenation {

/// The patterns as a trie with a dense transition row per node (34 symbols: the boundary and
/// 33 letters; about 7,000 nodes, 0.5 MB), built once from the compact table on first use.
class Patterns {
public:
    /// Letters a break leaves on either side at least (the patterns' hyphenmins).
    static constexpr std::size_t kMinLeft = 2;
    static constexpr std::size_t kMinRight = 2;
    /// Longer words are left whole (Russian words are under 40 letters).
    static constexpr std::size_t kMaxLetters = 100;

    /// The Russian patterns and exceptions, or null when this build has none yet. The native
    /// library has the table compiled in (built on the first call; thread-safe); the wasm build
    /// leaves it out (13 KB gzip that most pages never use) until `load_russian()` gives it.
    static const Patterns* russian();

    /// Gives the table to a build without it compiled in (the text of `russian_patterns` and
    /// `russian_exceptions`, table.hpp). False when `patterns` holds no pattern. A build with the
    /// table compiled in keeps its own and returns true. Not thread-safe (wasm is one thread).
    static bool load_russian(std::string_view patterns, std::string_view exceptions);

    /// `letters` are `count` letter indices (alphabet.hpp). Sets `breaks[k]` to 1 where the
    /// word may break after its letter k (1-based) and to 0 elsewhere, for k in [0, count].
    /// `count` is at most kMaxLetters; `breaks` holds count + 1 entries.
    void find_breaks(const std::uint8_t* letters, std::size_t count, std::uint8_t* breaks) const noexcept;

    Patterns(std::string_view patterns, std::string_view exceptions);

private:
    static constexpr std::size_t kSymbols = 34;  // 0: the word boundary; 1 + letter index

    struct Values {
        std::uint32_t begin = 0;  // into values_: pairs (offset from the match start, value)
        std::uint32_t count = 0;
    };

    void add_pattern(std::string_view pattern);
    void add_exception(std::string_view word);
    std::uint32_t child(std::uint32_t node, std::uint8_t symbol);
    bool full_ = false;  // a table past 65,535 nodes: the rest of it is left out

    std::vector<std::uint16_t> next_;  // node * kSymbols + symbol → node, 0 for none (< 65,536 nodes)
    std::vector<Values> node_values_;
    std::vector<std::uint8_t> values_;
    // Exception words as letter indices, in table order (sorted by the generator), with a bit per
    // break (bit k: after letter k).
    std::vector<std::pair<std::string, std::uint64_t>> exceptions_;
    // A bit per (length, first two letters) bucket that holds an exception: most words skip
    // the search of exceptions_ (about 5% of buckets are taken).
    static constexpr std::size_t kExceptionBuckets = 4096;
    static std::size_t exception_bucket(const std::uint8_t* letters, std::size_t count) noexcept {
        return (count * 33 * 33 + letters[0] * 33U + letters[1]) % kExceptionBuckets;
    }
    std::array<std::uint64_t, kExceptionBuckets / 64> exception_buckets_{};
};

}  // namespace verstka::detail::hyphenation

#endif
