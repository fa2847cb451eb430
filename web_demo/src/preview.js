// The preview: the card in a same-origin iframe, its HTML source, the marks that make the
// typography visible, and the status line.
import { $ } from './dom.js';
import { safeRender } from './engine.js';
import { MARKS_CSS, appendMarked, classify, markTypography } from './marks.js';
import { renderOptions, state } from './state.js';

// The preview is a same-origin iframe: the card gets its own viewport, so verstka.css's
// media queries and vw units see the preview's width (the "Mobile" width is a real mobile
// layout), and the demo's CSS and the card's CSS cannot touch each other.
const PREVIEW_CSS = `${MARKS_CSS}
html, body { margin: 0; background: transparent; }
.vkd-stage { display: flow-root; }
.vkd-stage[data-vk-theme="dark"] { --vkd-removed-text: #fda4af; }`;

/** Fills the preview frame with the card stylesheet and an empty stage. */
export async function setupPreview() {
  const frame = $('#preview');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html lang="ru"><head><meta charset="utf-8"><base target="_blank"></head><body></body></html>';
  await loaded;
  const doc = frame.contentDocument;
  for (const css of [state.cardCss, PREVIEW_CSS]) {
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
  }
  const stage = doc.createElement('div');
  stage.className = 'vkd-stage';
  doc.body.append(stage);
  const fit = () => { frame.style.height = `${Math.ceil(stage.getBoundingClientRect().height)}px`; };
  new frame.contentWindow.ResizeObserver(fit).observe(stage);
  state.preview = { stage, base: doc.querySelector('base'), fit };
}

/** Shows the last good render: the card (marked when asked) and its HTML source. */
export function showPreview() {
  const { stage, base } = state.preview;
  const { settings, last } = state;
  base.href = articleBase(last.text);
  stage.innerHTML = last.html;  // the engine's output is safe HTML by design
  let counts = null;
  if (settings.show) {
    let baseline = null;
    if (settings.typography) {
      const plain = safeRender(last.text, renderOptions(settings, false));
      if (plain.ok) {
        baseline = stage.ownerDocument.createElement('div');
        baseline.innerHTML = plain.html;
      }
    }
    counts = markTypography(stage, baseline).counts;
  }
  showLegendCounts(counts);
  // Invisible characters in the markup are marked too (the text stays exactly the output).
  const source = $('#html-source');
  source.replaceChildren();
  appendMarked(document, source, last.html, classify(last.html, null));
  $('#html-size').textContent = formatBytes(new TextEncoder().encode(last.html).length);
}

// Relative URLs in an article (images/…) belong to the article's own page, not to the demo:
// the preview resolves them against the article's "url".
function articleBase(text) {
  try {
    const url = new URL(JSON.parse(text).url);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch { /* no usable url */ }
  return 'https://example.invalid/';
}

function showLegendCounts(counts) {
  for (const kind of ['nbsp', 'thin', 'shy', 'changed']) {
    const n = counts ? counts[kind] + (kind === 'thin' ? counts.nnbsp : 0) + (kind === 'changed' ? counts.space : 0) : 0;
    $(`#count-${kind}`).textContent = String(n);
  }
}

/** The status line: the time of the last render, and whether it rendered. */
export function showStatus(ms, result) {
  const errors = (result.diagnostics || []).filter((d) => d.severity === 'error').length;
  const status = $('#render-time');
  status.textContent = formatMs(ms);
  status.dataset.ms = ms.toFixed(3);
  state.times = [...state.times.slice(-19), ms];
  const sorted = [...state.times].sort((a, b) => a - b);
  status.title = `Time of the last renderArticle() call in this browser; median of the last ${sorted.length}: ${formatMs(sorted[sorted.length >> 1])}`;
  const line = $('#render-state');
  line.textContent = errors ? 'not rendered — fix the errors' : 'rendered';
  line.className = errors ? 'status__state is-error' : 'status__state';
}

function formatMs(ms) {
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

function formatBytes(n) {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}
