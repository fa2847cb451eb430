// Renders a tiny article through the installed library and checks the typeset result.
#include <verstka/verstka.hpp>

#include <iostream>

int main() {
    const verstka::RenderResult r = verstka::render_article(
        R"({"title": "Проверка в деле", "body": [{"type": "paragraph", "text": "Текст."}]})");
    if (!r.ok || r.html.find("vk-card") == std::string::npos) {
        std::cerr << "consumer: render failed\n";
        return 1;
    }
    std::cout << "consumer: verstka " << verstka::version() << " rendered " << r.html.size() << " bytes\n";
    return 0;
}
