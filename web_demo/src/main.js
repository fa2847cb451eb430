// The verstka live demo: edit an article's JSON, see the card typeset as you type.
// Uses the built npm package exactly as a user would (the bundler leaves `verstka` external,
// pointing at the package's browser entry in /dist).
import { init, renderArticle, typograph, typographyRules, version } from 'verstka';
import { createEditor, moveCursor, replaceDocument, showLint } from './editor.js';
import { locatePointer, offsetOfLineColumn } from './json_pointer.js';
import { MARKS_CSS, appendMarked, classify, markTypography } from './marks.js';
import { encodeState, decodeState } from './permalink.js';
import { renderBeforeAfter } from './before_after.js';
import { standalonePage } from './standalone.js';

const RENDER_DELAY_MS = 90;
const $ = (selector) => document.querySelector(selector);

const DEFAULTS = {
  layout: 'full', width: 'wide', theme: 'auto', typography: true, entities: false,
  jsonLd: false, show: false, disabled: [], view: 'preview',
};
const settings = { ...DEFAULTS };
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

const app = {
  editor: null,
  examples: [],
  cardCss: '',
  last: null,        // the last good render: {html, text, ms}
  timer: 0,
  renders: 0,
  groups: [],        // typography rule groups, in engine order
};

// ---------------------------------------------------------------- controls

function readControls() {
  const form = $('#controls');
  settings.layout = form.elements.layout.value;
  settings.width = form.elements.width.value;
  settings.theme = form.elements.theme.value;
  settings.typography = form.elements.typography.checked;
  settings.entities = form.elements.entities.checked;
  settings.jsonLd = form.elements.jsonLd.checked;
  settings.show = form.elements.show.checked;
  settings.disabled = app.groups.filter((g) => !form.querySelector(`input[name="group"][value="${CSS.escape(g)}"]`).checked);
}

function writeControls() {
  const form = $('#controls');
  form.elements.layout.value = settings.layout;
  form.elements.width.value = settings.width;
  form.elements.theme.value = settings.theme;
  form.elements.typography.checked = settings.typography;
  form.elements.entities.checked = settings.entities;
  form.elements.jsonLd.checked = settings.jsonLd;
  form.elements.show.checked = settings.show;
  for (const box of form.querySelectorAll('input[name="group"]')) box.checked = !settings.disabled.includes(box.value);
}

function applyAppearance() {
  document.documentElement.dataset.theme = settings.theme;
  // The frame's own colour scheme stays light (so its canvas stays transparent); "Auto" is
  // resolved here from the reader's system setting.
  app.stage.dataset.vkTheme = settings.theme === 'auto' ? (systemDark.matches ? 'dark' : 'light') : settings.theme;
  $('#preview').dataset.width = settings.width;
  $('#preview-size').textContent = settings.width === 'narrow' ? 'Mobile · 375 px' : 'Desktop · up to 760 px';
  for (const box of document.querySelectorAll('input[name="group"]')) box.disabled = !settings.typography;
  $('#rules-summary-count').textContent = settings.typography
    ? `${app.groups.length - settings.disabled.length}/${app.groups.length}`
    : 'off';
  $('#legend').hidden = !settings.show;
}

function renderOptions(typography = settings.typography) {
  return {
    layout: settings.layout,
    typography,
    entities: settings.entities,
    jsonLd: settings.jsonLd,
    disable: settings.disabled.map((group) => `${group}/*`),
  };
}

function buildRuleGroups() {
  let rules = [];
  try { rules = typographyRules(); } catch { rules = []; }
  const groups = new Map();
  for (const rule of rules) {
    const group = rule.id.split('/')[0];
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(rule);
  }
  app.groups = [...groups.keys()];
  const list = $('#rule-groups');
  list.replaceChildren();
  if (!app.groups.length) {
    const empty = document.createElement('p');
    empty.className = 'muted';
    empty.textContent = 'The engine reports no rules.';
    list.append(empty);
  }
  for (const [group, members] of groups) {
    const label = document.createElement('label');
    label.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'group';
    box.value = group;
    box.checked = true;
    const name = document.createElement('span');
    name.className = 'check__text';
    name.textContent = group;
    const count = document.createElement('span');
    count.className = 'badge';
    count.textContent = String(members.length);
    count.setAttribute('aria-label', `${members.length} rules`);
    label.title = members.map((r) => `${r.id} — ${r.titleEn || r.titleRu}`).join('\n');
    const names = document.createElement('span');
    names.className = 'check__note';
    names.textContent = members.map((r) => r.id.slice(group.length + 1)).join(', ');
    label.append(box, name, count, names);
    list.append(label);
  }
}

// ---------------------------------------------------------------- rendering

function onEdit() {
  // Once edited, the text is no longer the example: the menu says so, and choosing the
  // example again restores it.
  if (!app.replacing) $('#example').value = '';
  scheduleRender();
}

function scheduleRender() {
  clearTimeout(app.timer);
  app.timer = setTimeout(render, RENDER_DELAY_MS);
}

function render() {
  clearTimeout(app.timer);
  $('#permalink-box').hidden = true;  // a shown permalink no longer describes the page
  const text = app.editor.state.doc.toString();
  const started = performance.now();
  const result = safeRender(text, renderOptions());
  const ms = performance.now() - started;
  app.renders++;
  showDiagnostics(result.diagnostics || [], text);
  const ok = result.ok && result.html;
  if (ok) {
    app.last = { html: result.html, text, ms };
    showPreview();
  }
  $('#stale').hidden = !!ok || !app.last;
  $('#preview').dataset.state = ok ? 'fresh' : 'stale';
  $('#preview').dataset.renders = String(app.renders);
  showStatus(ms, result);
  if (settings.view === 'diff') showBeforeAfter();
}

// The package never throws for bad articles; a throw here is a bug (or a crashed instance,
// which the package rebuilds on the next call). Show it like a diagnostic and keep going.
function safeRender(text, options) {
  try {
    return renderArticle(text, options);
  } catch (error) {
    console.warn(error);
    return { ok: false, html: '', diagnostics: [{ severity: 'error', code: 'demo.exception', message: String(error && error.message ? error.message : error), path: '', line: 0, column: 0 }] };
  }
}

function showPreview() {
  const stage = app.stage;
  app.base.href = articleBase(app.last.text);
  stage.innerHTML = app.last.html;  // the engine's output is safe HTML by design
  let counts = null;
  if (settings.show) {
    let baseline = null;
    if (settings.typography) {
      const plain = safeRender(app.last.text, renderOptions(false));
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
  appendMarked(document, source, app.last.html, classify(app.last.html, null));
  $('#html-size').textContent = formatBytes(new TextEncoder().encode(app.last.html).length);
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

function showStatus(ms, result) {
  const errors = (result.diagnostics || []).filter((d) => d.severity === 'error').length;
  const status = $('#render-time');
  status.textContent = formatMs(ms);
  status.dataset.ms = ms.toFixed(3);
  app.times = [...(app.times || []).slice(-19), ms];
  const sorted = [...app.times].sort((a, b) => a - b);
  status.title = `Time of the last renderArticle() call in this browser; median of the last ${sorted.length}: ${formatMs(sorted[sorted.length >> 1])}`;
  const state = $('#render-state');
  state.textContent = errors ? 'not rendered — fix the errors' : 'rendered';
  state.className = errors ? 'status__state is-error' : 'status__state';
}

function formatMs(ms) {
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

function formatBytes(n) {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`;
}

// ---------------------------------------------------------------- diagnostics

function diagnosticRange(d, text) {
  if (d.line > 0) {
    const from = offsetOfLineColumn(text, d.line, d.column > 0 ? d.column : 1);
    // When the engine's place is where the pointer's value starts, the whole value is the range.
    const value = d.path ? locatePointer(text, d.path) : null;
    const to = value && value.exact && value.from === from ? value.to : from;
    return { from, to, line: d.line, column: d.column > 0 ? d.column : 1 };
  }
  if (typeof d.path === 'string') {
    const found = locatePointer(text, d.path);
    const before = text.slice(0, found.from);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    return { from: found.from, to: found.to, line, column };
  }
  return { from: 0, to: 0, line: 1, column: 1 };
}

function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

function showDiagnostics(diagnostics, text) {
  const list = $('#diagnostics');
  list.replaceChildren();
  const lint = [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  // Live regions: touched only when the wording changes, so typing is not read out.
  setText($('#diag-count'), diagnostics.length
    ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
    : 'none');
  $('#diag-count').dataset.errors = String(errors);
  setText($('#json-state'), errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'valid');
  $('#json-state').className = errors ? 'pill pill--error' : 'pill pill--ok';
  if (!diagnostics.length) {
    const item = document.createElement('li');
    item.className = 'diag diag--empty';
    item.textContent = 'No problems: the article is valid.';
    list.append(item);
  }
  diagnostics.forEach((d, index) => {
    const range = diagnosticRange(d, text);
    const end = range.to > range.from ? range.to : Math.min(text.length, range.from + 1);
    lint.push({ from: range.from, to: Math.max(end, range.from), severity: d.severity === 'error' ? 'error' : 'warning', message: `${d.code}: ${d.message}` });
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `diag diag--${d.severity}`;
    button.dataset.index = String(index);
    button.dataset.line = String(range.line);
    button.dataset.column = String(range.column);
    const severity = document.createElement('span');
    severity.className = 'diag__severity';
    severity.textContent = d.severity;
    const where = document.createElement('span');
    where.className = 'diag__where';
    where.textContent = `${range.line}:${range.column}`;
    const code = document.createElement('code');
    code.className = 'diag__code';
    code.textContent = d.code;
    const message = document.createElement('span');
    message.className = 'diag__message';
    message.textContent = d.message;
    const path = document.createElement('code');
    path.className = 'diag__path';
    path.textContent = d.path || '(document)';
    button.setAttribute('aria-label', `${d.severity} ${d.code} at line ${range.line}, column ${range.column}: ${d.message}. Path ${d.path || 'document'}. Go to the place in the editor.`);
    button.addEventListener('click', () => moveCursor(app.editor, range.from, range.to));
    button.append(severity, where, code, message, path);
    item.append(button);
    list.append(item);
  });
  try { showLint(app.editor, lint); } catch { /* lint marks are a nicety */ }
}

// ---------------------------------------------------------------- before / after

function showBeforeAfter() {
  let article = null;
  try { article = JSON.parse(app.editor.state.doc.toString()); } catch { article = null; }
  const panel = $('#before-after');
  const summary = renderBeforeAfter(panel, article, {
    typeset: (source) => {
      if (!settings.typography) return source;
      try {
        return typograph(source, { html: false, entities: false, disable: settings.disabled.map((g) => `${g}/*`) }).text;
      } catch (error) {
        console.warn(error);
        return source;
      }
    },
    changedOnly: $('#changed-only').checked,
    off: !settings.typography,
    onJump: (path) => {
      const text = app.editor.state.doc.toString();
      const found = locatePointer(text, path);
      moveCursor(app.editor, found.from, found.to);
    },
  });
  $('#diff-summary').textContent = article
    ? `${summary.changed} of ${summary.fields} text fields changed · ${summary.edits} edits${settings.typography ? '' : ' · typography is off'}`
    : 'The JSON does not parse; fix it to compare.';
}

// ---------------------------------------------------------------- tabs

function selectView(view, focus = false) {
  settings.view = view;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !selected;
  }
  if (view === 'diff') showBeforeAfter();
}

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => selectView(tab.dataset.view));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      let next = null;
      if (step) next = tabs[(index + step + tabs.length) % tabs.length];
      if (event.key === 'Home') next = tabs[0];
      if (event.key === 'End') next = tabs[tabs.length - 1];
      if (next) {
        event.preventDefault();
        selectView(next.dataset.view, true);
      }
    });
  });
}

// ---------------------------------------------------------------- actions

let toastTimer = 0;
function toast(message) {
  const box = $('#toast');
  box.textContent = message;
  box.classList.add('is-visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove('is-visible'), 2600);
}

async function copyText(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    toast(done);
    return true;
  } catch {
    toast('The browser refused clipboard access');
    return false;
  }
}

function articleTitle() {
  try { return String(JSON.parse(app.last.text).title || 'verstka card'); } catch { return 'verstka card'; }
}

function articleId() {
  try { return String(JSON.parse(app.last.text).id || 'card').replace(/[^\w.-]+/g, '-'); } catch { return 'card'; }
}

function downloadHtml() {
  if (!app.last) return;
  const page = standalonePage({ html: app.last.html, css: app.cardCss, title: articleTitle(), theme: settings.theme });
  const url = URL.createObjectURL(new Blob([page], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${articleId()}.html`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  toast(`Downloaded ${link.download}`);
}

async function makePermalink() {
  readControls();
  const hash = await encodeState({ v: 1, article: app.editor.state.doc.toString(), settings: { ...settings } });
  history.replaceState(null, '', hash);
  const url = location.href;
  $('#permalink-url').value = url;
  $('#permalink-box').hidden = false;
  $('#permalink-url').select();
  await copyText(url, 'Permalink copied');
  return url;
}

async function restorePermalink() {
  const state = await decodeState(location.hash);
  if (!state || typeof state.article !== 'string') return false;
  Object.assign(settings, DEFAULTS, pick(state.settings || {}));
  setDocument(state.article);
  $('#example').value = app.examples.find((e) => e.json === state.article)?.id || '';
  return true;
}

function pick(saved) {
  const out = {};
  const choices = { layout: ['full', 'teaser', 'compact'], width: ['wide', 'narrow'], theme: ['auto', 'light', 'dark'], view: ['preview', 'diff', 'html'] };
  for (const [key, allowed] of Object.entries(choices)) if (allowed.includes(saved[key])) out[key] = saved[key];
  for (const key of ['typography', 'entities', 'jsonLd', 'show']) if (typeof saved[key] === 'boolean') out[key] = saved[key];
  if (Array.isArray(saved.disabled)) out.disabled = saved.disabled.filter((g) => typeof g === 'string');
  return out;
}

function setDocument(text) {
  app.replacing = true;
  try { replaceDocument(app.editor, text); } finally { app.replacing = false; }
}

function loadExample(id) {
  const example = app.examples.find((e) => e.id === id);
  if (!example) return;
  setDocument(example.json);
  $('#example').value = id;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  render();
}

// ---------------------------------------------------------------- start

// The preview is a same-origin iframe: the card gets its own viewport, so verstka.css's
// media queries and vw units see the preview's width (the "Mobile" width is a real mobile
// layout), and the demo's CSS and the card's CSS cannot touch each other.
const PREVIEW_CSS = `${MARKS_CSS}
html, body { margin: 0; background: transparent; }
.vkd-stage { display: flow-root; }
.vkd-stage[data-vk-theme="dark"] { --vkd-removed-text: #fda4af; }`;

async function setupPreview() {
  const frame = $('#preview');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html lang="ru"><head><meta charset="utf-8"><base target="_blank"></head><body></body></html>';
  await loaded;
  const doc = frame.contentDocument;
  app.base = doc.querySelector('base');
  for (const css of [app.cardCss, PREVIEW_CSS]) {
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
  }
  app.stage = doc.createElement('div');
  app.stage.className = 'vkd-stage';
  doc.body.append(app.stage);
  const fit = () => { frame.style.height = `${Math.ceil(app.stage.getBoundingClientRect().height)}px`; };
  new frame.contentWindow.ResizeObserver(fit).observe(app.stage);
  app.fitPreview = fit;
}

function fillExamples() {
  const select = $('#example');
  const custom = document.createElement('option');
  custom.value = '';
  custom.textContent = 'Your article';
  custom.disabled = true;
  select.append(custom);
  app.examples.forEach((example, index) => {
    const option = document.createElement('option');
    option.value = example.id;
    option.textContent = index === 0 ? `${example.id} (seed)` : example.id;
    if (example.title) option.title = example.title;
    select.append(option);
  });
}

function fail(message) {
  const box = $('#fatal');
  box.textContent = message;
  box.hidden = false;
}

async function start() {
  const [examples, css, schema] = await Promise.all([
    fetch(new URL('./examples.json', import.meta.url)).then((r) => r.json()),
    // VERSTKA_CSS_URL: the package's stylesheet, set by build.mjs from package.json "exports".
    fetch(new URL(VERSTKA_CSS_URL, import.meta.url)).then((r) => (r.ok ? r.text() : '')),
    // The article format's JSON Schema, for completion in the editor (optional).
    fetch(new URL('./article.schema.json', import.meta.url)).then((r) => (r.ok ? r.json() : null)).catch(() => null),
    init(),
  ]);
  app.examples = examples;
  app.cardCss = css;
  $('#version').textContent = `v${version()}`;
  fillExamples();
  buildRuleGroups();
  await setupPreview();
  setupTabs();

  app.editor = createEditor($('#editor'), '', onEdit, schema);
  const restored = await restorePermalink();
  if (!restored) {
    setDocument(examples[0].json);
    $('#example').value = examples[0].id;
  }
  writeControls();
  readControls();
  applyAppearance();

  $('#controls').addEventListener('change', (event) => {
    $('#permalink-box').hidden = true;
    readControls();
    applyAppearance();
    if (event.target.name === 'theme' || event.target.name === 'width') return;
    render();
  });
  $('#controls').addEventListener('submit', (event) => event.preventDefault());
  $('#example').addEventListener('change', (event) => loadExample(event.target.value));
  $('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    app.editor.focus();
  });
  $('#copy-html').addEventListener('click', () => app.last && copyText(app.last.html, 'Card HTML copied'));
  $('#download-html').addEventListener('click', downloadHtml);
  $('#permalink').addEventListener('click', makePermalink);
  $('#permalink-close').addEventListener('click', () => {
    $('#permalink-box').hidden = true;
    $('#permalink').focus();
  });
  $('#changed-only').addEventListener('change', showBeforeAfter);
  systemDark.addEventListener('change', applyAppearance);
  // The rule-group popover closes like a menu: Escape, or a click elsewhere.
  const rules = $('.rules');
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && rules.open) {
      rules.open = false;
      if (rules.contains(document.activeElement)) rules.querySelector('summary').focus();
    }
  });
  document.addEventListener('click', (event) => { if (rules.open && !rules.contains(event.target)) rules.open = false; });
  window.addEventListener('hashchange', async () => {
    if (await restorePermalink()) {
      writeControls();
      applyAppearance();
      render();
    }
  });

  // The first call pays one-time set-up (rule tables, hyphenation patterns): do it before the
  // first measured render, so the time shown is the steady per-edit cost.
  safeRender(app.editor.state.doc.toString(), renderOptions());
  render();
  selectView(settings.view);
  document.body.dataset.ready = 'true';
}

// A handle for debugging in the console and for the end-to-end tests.
window.verstkaDemo = {
  get view() { return app.editor; },
  settings,
  render: () => render(),
  permalink: () => makePermalink(),
};

start().catch((error) => {
  console.error(error);
  fail(`The demo could not start: ${error && error.message ? error.message : error}`);
});
