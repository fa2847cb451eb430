#include "common/json_pointer.hpp"

namespace verstka::detail {

void append_pointer_member(std::string& pointer, std::string_view key) {
    pointer += '/';
    for (const char c : key) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
}

void append_pointer_index(std::string& pointer, std::size_t index) {
    pointer += '/';
    pointer += std::to_string(index);
}

std::string pointer_to_member(std::string_view base, std::string_view key) {
    std::string pointer(base);
    append_pointer_member(pointer, key);
    return pointer;
}

std::string pointer_to_index(std::string_view base, std::size_t index) {
    std::string pointer(base);
    append_pointer_index(pointer, index);
    return pointer;
}

}  // namespace verstka::detail
