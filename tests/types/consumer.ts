// A consumer of every exported type, compiled with `tsc --strict` (skipLibCheck off) by
// tests/e2e/package.test.mjs against the installed tarball. The @ts-expect-error lines prove
// the types reject what the runtime rejects.
import {
  init,
  initSync,
  renderArticle,
  validateArticle,
  typograph,
  hyphenate,
  initHyphenation,
  typographRuns,
  typographyRules,
  version,
  fromText,
  type ImportMeta,
  type ImportResult,
  fromEditorJs,
  type Article,
  type ArticleFields,
  type EditorJsDocument,
  type FromEditorJsOptions,
  type ArticleInput,
  type Diagnostic,
  type HyphenateOptions,
  type InitOptions,
  type Layout,
  type RenderOptions,
  type RenderResult,
  type RuleInfo,
  type TypographOptions,
  type TypographResult,
  type TextRun,
  type TypographRunsOptions,
  type TypographRunsResult,
  type TypographyRuleOptions,
  type ValidateOptions,
  type ValidateResult,
  type WasmSource,
} from 'verstka';
import * as inline from 'verstka/inline';
import { VerstkaCard, type VerstkaErrorDetail } from 'verstka/element';
import { INPUTS, LAYOUTS, MAX_INPUT_BYTES, OPTIONS, RAW_HTML, THEMES, type OptionSpec } from 'verstka/options';
import rehypeVerstka, { type RehypeVerstkaOptions } from 'verstka/rehype';
import 'verstka/verstka.css';  // resolved to its declaration (--noUncheckedSideEffectImports)

export async function main(bytes: Uint8Array, module: WebAssembly.Module, response: Response): Promise<string> {
  const sources: WasmSource[] = [new URL('https://example.org/verstka.wasm'), '/verstka.wasm', response, bytes, bytes.buffer, module,
                                 Promise.resolve(response)];
  const initOptions: InitOptions = { wasm: sources[0] };
  await init(initOptions);
  await init();
  initSync(bytes);
  initSync(module);
  inline.initSync();
  await inline.init({ wasm: bytes });

  const article: Article = { v: 1, title: 'Заголовок', body: [{ type: 'paragraph', text: 'Текст' }] };
  const inputs: ArticleInput[] = [article, JSON.stringify(article), new TextEncoder().encode('{}')];
  const layout: Layout = 'teaser';
  const rules: TypographyRuleOptions = { entities: true, enable: ['nbsp/*'], disable: ['quotes/*'], rules: { 'dash/range': false }, englishQuotes: false };
  const options: RenderOptions = {
    ...rules, layout, typography: true, jsonLd: true, rawHtml: 'drop', headingBase: 3, nofollow: true, newTab: false,
    maxInputBytes: 1 << 20,
  };
  const rendered: RenderResult = renderArticle(inputs[0], options);
  const first: Diagnostic | undefined = rendered.diagnostics[0];
  const severity: 'error' | 'warning' | 'info' | undefined = first?.severity;
  const where: string = first ? `${first.path}:${first.line}:${first.column} ${first.code} ${first.message}` : '';

  const editorjs: EditorJsDocument = { time: 1, blocks: [{ id: 'a', type: 'paragraph', data: { text: 'Текст' } }], version: '2.30.0' };
  const fields: ArticleFields = { title: 'Заголовок', lead: 'Лид' };
  const importOptions: FromEditorJsOptions = { rawHtml: 'drop', maxInputBytes: 1 << 20 };
  const editorImported: ImportResult = fromEditorJs(editorjs, fields, importOptions);
  if (editorImported.ok && editorImported.article) renderArticle(editorImported.article);
  renderArticle(editorjs, { from: 'editorjs', meta: fields });
  // @ts-expect-error: there is no 'word' importer
  renderArticle(editorjs, { from: 'word' });

  const validateOptions: ValidateOptions = { maxInputBytes: 1000 };
  const validated: ValidateResult = validateArticle(inputs[1], validateOptions);
  const typographOptions: TypographOptions = { html: true, entities: false };
  const typeset: TypographResult = typograph('a - b', typographOptions);
  const runs: TextRun[] = [{ text: 'он сказал "' }, { text: 'a - "b"', verbatim: true }, { text: '"' }];
  const runsOptions: TypographRunsOptions = { rules: { 'nbsp/*': false }, englishQuotes: false };
  const typesetRuns: TypographRunsResult = typographRuns(runs, runsOptions);
  const runTexts: string[] = typesetRuns.runs.map((run) => (run.verbatim ? run.text : run.text.trim()));
  const rehypeOptions: RehypeVerstkaOptions = { ...runsOptions, wasm: module };
  const transformer: (tree: object) => Promise<void> = rehypeVerstka(rehypeOptions);
  const list: RuleInfo[] = typographyRules();
  await initHyphenation();
  const hyphenateOptions: HyphenateOptions = { html: true, entities: false, minWordLength: 8 };
  const hyphenated: string = hyphenate('Всероссийской', hyphenateOptions);
  const hyphenatedCard: RenderResult = renderArticle(article, { hyphenation: true });
  console.log(hyphenated, hyphenatedCard.ok, OPTIONS.hyphenate.minWordLength.default, OPTIONS.renderArticle.hyphenation.type);
  const titles: string[] = list.map((r) => `${r.id} ${r.titleRu} ${r.titleEn} ${r.onByDefault}`);

  // Scraped plain text → article, then rendered; or both in one call.
  const meta: ImportMeta = { url: 'https://example.org/a', year: 2024, cover: 'https://example.org/a.jpg', links: { next: 'https://example.org/b' } };
  const imported: ImportResult = fromText('Заголовок\n\n13 сентября. Текст.', meta);
  if (imported.article) renderArticle(imported.article);
  const fromTextCard: RenderResult = renderArticle('Заголовок\n\nТекст.', { from: 'text', meta: { year: 2024 } });
  console.log(imported.ok, fromTextCard.ok);
  // @ts-expect-error: fromText takes a string
  fromText({ title: 'x' });
  // @ts-expect-error: there is no 'html' input
  renderArticle('x', { from: 'html' });

  const card: VerstkaCard = document.createElement('verstka-card');
  card.setAttribute('layout', layout);
  card.article = article;
  card.addEventListener('verstka-render', (event) => {
    const detail: RenderResult = event.detail;
    console.log(detail.html.length);
  });
  card.addEventListener('verstka-error', (event) => {
    const detail: VerstkaErrorDetail = event.detail;
    console.log(detail.message, detail.diagnostics.length);
  });
  await card.refresh();

  // verstka/options: the values the options take, usable as the options' own types.
  for (const layout of LAYOUTS) renderArticle(article, { layout, rawHtml: RAW_HTML[1] });
  const layoutDefault: Layout = OPTIONS.renderArticle.layout.default;
  const headingRange: [number, number] = [OPTIONS.renderArticle.headingBase.min, OPTIONS.renderArticle.headingBase.max];
  const spec: OptionSpec = OPTIONS.typograph.html;
  const theme: 'light' | 'dark' = THEMES[0];
  console.log(layoutDefault, headingRange, spec.type, theme, MAX_INPUT_BYTES, INPUTS[2], OPTIONS.fromEditorJs.rawHtml.default);
  // @ts-expect-error: the table is read-only
  OPTIONS.renderArticle.layout.default = 'teaser';

  // @ts-expect-error: there is no 'wide' layout
  renderArticle(article, { layout: 'wide' });
  // @ts-expect-error: unknown option
  renderArticle(article, { jsonld: true });
  // @ts-expect-error: typograph takes a string
  typograph(42);
  // @ts-expect-error: html is a typograph option, not a render option
  renderArticle(article, { html: true });
  // @ts-expect-error: hyphenate takes a string
  hyphenate(42);
  // @ts-expect-error: minWordLength is a number
  hyphenate('Всероссийской', { minWordLength: '7' });
  // @ts-expect-error: runs are plain text: no entities
  typographRuns(runs, { entities: true });
  // @ts-expect-error: validateArticle has no layout
  validateArticle(article, { layout: 'full' });
  // @ts-expect-error: rules map ids to booleans
  renderArticle(article, { rules: { 'nbsp/*': 'off' } });

  return [rendered.ok, rendered.html, severity, where, validated.ok, typeset.text, titles.join(), runTexts.join(), typeof transformer, version()].join('\n');
}
