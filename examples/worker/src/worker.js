// A Cloudflare Worker that renders a POSTed article into a verstka card.
//
//   POST /?layout=teaser   body: an article (verstka JSON v1)
//   POST /?from=editorjs   body: an Editor.js saved document (its level-1 header is the title)
//   POST /?from=text       body: text scraped from a news site (UTF-8)
//   200 text/html          the card; Cache-Control and a strong ETag (If-None-Match → 304)
//   400 application/json   { ok: false, diagnostics: [{ severity, code, message, path, line, column }] }
//   413 application/json   the body is over MAX_BYTES (the diagnostics say by how much)
//   405, 415               not a POST; `?from=` names an input format this worker does not read
//
// The ETag is a hash of what decides the HTML (the body, its format, the layout and verstka's
// version), so the same article always gets the same tag. Edge runtimes compile WebAssembly only from modules
// uploaded with the worker: the .wasm is imported as one (wrangler does this for *.wasm) and
// handed to init(), once per isolate.
import { init, renderArticle, version } from 'verstka';
import wasm from 'verstka/verstka.wasm';
import { LAYOUTS } from 'verstka/options';

const DEFAULT_MAX_BYTES = 1024 * 1024;

// Input formats by `?from=`: what renderArticle's `from` is for each, and the body as it takes
// it (JSON as UTF-8 bytes; plain text as a string).
const FORMATS = {
  verstka: { from: 'json', input: (body) => body },
  editorjs: { from: 'editorjs', input: (body) => body },
  text: { from: 'text', input: (body) => new TextDecoder().decode(body) },
};

const ready = init({ wasm });

function problem(status, diagnostics, headers = {}) {
  return new Response(JSON.stringify({ ok: false, diagnostics }, null, 2), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function requestError(code, message, path = '') {
  return [{ severity: 'error', code, message, path, line: 0, column: 0 }];
}

// The body as bytes, read no further than `limit` (a missing or false Content-Length cannot make
// the worker buffer more); null when it is longer.
async function readBody(request, limit) {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const chunks = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

async function etagOf(body, layout) {
  const key = new TextEncoder().encode(`${version()}\n${layout}\n`);
  const data = new Uint8Array(key.length + body.length);
  data.set(key);
  data.set(body, key.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return `"${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

export default {
  async fetch(request, env) {
    if (request.method !== 'POST') {
      return problem(405, requestError('request.method', `POST the article as JSON; ${request.method} is not served`), { allow: 'POST' });
    }
    const url = new URL(request.url);
    const from = url.searchParams.get('from') ?? 'verstka';
    if (!Object.hasOwn(FORMATS, from)) {
      return problem(415, requestError('request.format', `?from=${from} is not a format this worker reads (it reads: ${Object.keys(FORMATS).join(', ')})`));
    }
    const layout = url.searchParams.get('layout') ?? 'full';
    if (!LAYOUTS.includes(layout)) {
      return problem(400, requestError('request.layout', `?layout= must be one of ${LAYOUTS.join(', ')}, got '${layout}'`));
    }
    const limit = Number(env?.MAX_BYTES) > 0 ? Number(env.MAX_BYTES) : DEFAULT_MAX_BYTES;
    const body = await readBody(request, limit);
    if (body === null) {
      return problem(413, requestError('input.too-large', `the article is over the limit of ${limit} bytes`));
    }
    await ready;
    const format = FORMATS[from];
    const result = renderArticle(format.input(body), { layout, maxInputBytes: limit, from: format.from });
    if (!result.ok) return problem(400, result.diagnostics);
    const etag = await etagOf(body, `${from} ${layout}`);
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      etag,
      'x-content-type-options': 'nosniff',
      'x-verstka-warnings': String(result.diagnostics.length),
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(result.html, { status: 200, headers });
  },
};
