#include "article/message_text.hpp"

namespace verstka::detail {

std::string quote_for_message(std::string_view s, std::size_t limit) {
    std::size_t end = s.size();
    if (end > limit) {
        end = limit;
        while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    }
    std::string out = "\"";
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            // Written by hand: printf would bring its float formatting into the wasm module,
            // whose size is a budget.
            constexpr char kHex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (end < s.size()) out += "…";
    out += '"';
    return out;
}

}  // namespace verstka::detail
