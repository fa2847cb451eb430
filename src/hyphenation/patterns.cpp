#include "hyphenation/patterns.hpp"

#include <algorithm>
#include <cstring>

#include "hyphenation/alphabet.hpp"
#include "hyphenation/table.hpp"

namespace verstka::detail::hyphenation {

namespace {

// Table bytes: 'A' + index is a letter (generate-hyphenation-table.mjs).
std::uint8_t letter_of(char c) noexcept { return static_cast<std::uint8_t>(c - 'A'); }

bool is_letter_byte(char c) noexcept { return c >= 'A' && c < 'A' + kLetterCount; }

template <typename Visit>
void for_each_item(std::string_view list, Visit visit) {
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t end = list.find(' ', start);
        if (end == std::string_view::npos) end = list.size();
        if (end > start) visit(list.substr(start, end - start));
        start = end + 1;
    }
}

}  // namespace

#ifdef VERSTKA_HYPHENATION_TABLE_BUILT_IN

const Patterns* Patterns::russian() {
    static const Patterns patterns(russian_patterns, russian_exceptions);
    return &patterns;
}

bool Patterns::load_russian(std::string_view /*patterns*/, std::string_view /*exceptions*/) { return true; }

#else

namespace {
std::unique_ptr<const Patterns>& loaded_russian() {
    static std::unique_ptr<const Patterns> patterns;
    return patterns;
}
}  // namespace

const Patterns* Patterns::russian() { return loaded_russian().get(); }

bool Patterns::load_russian(std::string_view patterns, std::string_view exceptions) {
    if (loaded_russian()) return true;
    auto table = std::make_unique<const Patterns>(patterns, exceptions);
    if (table->node_values_.size() < 2) return false;  // no pattern at all
    loaded_russian() = std::move(table);
    return true;
}

#endif

Patterns::Patterns(std::string_view patterns, std::string_view exceptions) {
    next_.assign(kSymbols, 0);  // the root
    node_values_.emplace_back();
    for_each_item(patterns, [this](std::string_view pattern) { add_pattern(pattern); });
    for_each_item(exceptions, [this](std::string_view word) { add_exception(word); });
    // The generator writes the exceptions sorted by their letters, which is the order of the
    // keys here (no sort: its code is 2 KB of wasm); an unsorted list only misses exceptions.
}

std::uint32_t Patterns::child(std::uint32_t node, std::uint8_t symbol) {
    std::uint16_t& slot = next_[node * kSymbols + symbol];
    if (slot == 0) {
        if (node_values_.size() > 0xFFFF) {
            full_ = true;
            return node;
        }
        slot = static_cast<std::uint16_t>(node_values_.size());
        node_values_.emplace_back();
        next_.resize(next_.size() + kSymbols, 0);  // may move `slot`'s storage: not used after
    }
    return next_[node * kSymbols + symbol];
}

void Patterns::add_pattern(std::string_view pattern) {
    std::uint32_t node = 0;
    std::uint8_t offset = 0;  // symbols read so far: a digit applies before symbol `offset`
    const auto begin = static_cast<std::uint32_t>(values_.size());
    for (char c : pattern) {
        if (c >= '1' && c <= '9') {
            values_.push_back(offset);
            values_.push_back(static_cast<std::uint8_t>(c - '0'));
        } else if (c == '.' || is_letter_byte(c)) {
            node = child(node, c == '.' ? 0 : static_cast<std::uint8_t>(1 + letter_of(c)));
            if (full_) return;
            ++offset;
        }
    }
    node_values_[node] = {begin, static_cast<std::uint32_t>(values_.size() - begin) / 2};
}

void Patterns::add_exception(std::string_view word) {
    std::string letters;
    std::uint64_t breaks = 0;
    for (char c : word) {
        if (c == '-') {
            if (!letters.empty() && letters.size() < 64) breaks |= std::uint64_t{1} << letters.size();
        } else if (is_letter_byte(c)) {
            letters += static_cast<char>(letter_of(c));
        }
    }
    if (letters.size() < kMinLeft + kMinRight) return;  // find_breaks never looks such a word up
    const std::size_t bucket =
        exception_bucket(reinterpret_cast<const std::uint8_t*>(letters.data()), letters.size());
    exception_buckets_[bucket / 64] |= std::uint64_t{1} << (bucket % 64);
    exceptions_.emplace_back(std::move(letters), breaks);
}

void Patterns::find_breaks(const std::uint8_t* letters, std::size_t count,
                           std::uint8_t* breaks) const noexcept {
    std::memset(breaks, 0, count + 1);
    if (count < kMinLeft + kMinRight || count > kMaxLetters) return;

    const std::size_t bucket = exception_bucket(letters, count);
    const bool maybe_exception = (exception_buckets_[bucket / 64] >> (bucket % 64)) & 1U;
    const std::string_view key(reinterpret_cast<const char*>(letters), count);
    const auto exception = !maybe_exception
                               ? exceptions_.end()
                               : std::lower_bound(exceptions_.begin(), exceptions_.end(), key,
                                                  [](const std::pair<std::string, std::uint64_t>& entry,
                                                     std::string_view k) { return entry.first < k; });
    if (exception != exceptions_.end() && exception->first == key) {
        for (std::size_t k = kMinLeft; k + kMinRight <= count; ++k) {
            breaks[k] = static_cast<std::uint8_t>((exception->second >> k) & 1U);
        }
        return;
    }

    // The word between boundaries: symbol 0, then 1 + each letter, then 0. points[i] is the
    // largest value any match puts before symbol i.
    std::uint8_t word[kMaxLetters + 2];
    std::uint8_t points[kMaxLetters + 3] = {};
    const std::size_t length = count + 2;
    word[0] = 0;
    for (std::size_t i = 0; i < count; ++i) word[i + 1] = static_cast<std::uint8_t>(letters[i] + 1);
    word[length - 1] = 0;
    const std::uint16_t* next = next_.data();
    for (std::size_t start = 0; start < length; ++start) {
        std::uint32_t node = 0;
        for (std::size_t i = start; i < length; ++i) {
            node = next[node * kSymbols + word[i]];
            if (node == 0) break;
            const Values& v = node_values_[node];
            const std::uint8_t* pair = values_.data() + v.begin;
            for (std::uint32_t j = 0; j < v.count; ++j, pair += 2) {
                std::uint8_t& point = points[start + pair[0]];
                if (pair[1] > point) point = pair[1];
            }
        }
    }
    // A break after letter k is before symbol k + 1; an odd value allows it.
    for (std::size_t k = kMinLeft; k + kMinRight <= count; ++k) breaks[k] = points[k + 1] & 1U;
}

}  // namespace verstka::detail::hyphenation
