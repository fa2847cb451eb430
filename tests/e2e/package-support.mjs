// Shared by the browser suites: a static file server with the right (or a chosen) MIME type,
// headless Chromium through playwright-core, and the packed tarball.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const run = promisify(execFile);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/// Serves `dir` on 127.0.0.1. `options.headers(path)` may add headers (CSP); `options.type(path)`
/// may override the MIME type (to test the wrong-MIME fallback). Resolves to {origin, requests, close}.
export async function serve(dir, options = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(normalize(dir))) throw new Error('outside');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = options.type?.(path) ?? TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...options.headers?.(path) });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/// One headless Chromium for a whole test file.
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/// Opens `url` in a new page, collecting console errors and uncaught exceptions. Requests
/// off the test server (the articles' pictures) are answered with an empty 204, and a missing
/// favicon is not an error.
export async function open(browser, url) {
  const page = await browser.newPage();
  const origin = new URL(url).origin;
  await page.route((target) => target.origin !== origin || target.pathname === '/favicon.ico',
                   (route) => route.fulfill({ status: 204, body: '' }));
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  return { page, errors };
}

/// `npm pack` of the repository into a new temp dir; resolves to {dir, tarball, files}.
export async function pack() {
  const dir = await mkdtemp(join(tmpdir(), 'verstka-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir, '--loglevel=error'], { cwd: ROOT });
  const [info] = JSON.parse(stdout);
  return { dir, tarball: join(dir, info.filename), files: info.files.map((f) => f.path).sort(), size: info.size, unpackedSize: info.unpackedSize };
}
