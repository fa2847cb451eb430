// "Download HTML": a self-contained page with the card and verstka.css inlined, which opens
// offline exactly as the preview shows it.

function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/// The page's HTML. `html` is the engine's card markup (already safe); `css` the stylesheet;
/// `theme` 'auto' | 'light' | 'dark'.
export function standalonePage({ html, css, title, theme }) {
  const themeAttr = theme === 'light' || theme === 'dark' ? ` data-vk-theme="${theme}"` : '';
  const safeCss = css.replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="verstka">
<title>${escapeText(title)}</title>
<style>
${safeCss}
</style>
<style>
body { margin: 0; padding: 24px 16px; background: #eef0f3; }
body[data-vk-theme="dark"] { background: #0e1116; }
@media (prefers-color-scheme: dark) { body:not([data-vk-theme="light"]) { background: #0e1116; } }
@media (max-width: 30rem) { body { padding: 0; } }
.vk-page { max-width: 46rem; margin: 0 auto; }
</style>
</head>
<body${themeAttr}>
<main class="vk-page">
${html}
</main>
</body>
</html>
`;
}
