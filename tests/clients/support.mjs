// The real-client matrix's shared half. The clients (bundlers, runtimes, compilers, Astro) are
// installed once from tests/clients/package-lock.json into build/clients-cache/tools (npm ci,
// redone only when the lock file changes; npm's cache is build/clients-cache/npm), so a second
// run installs nothing. Each case is a fresh project directory under tools/projects/: its own
// package.json and the packed tarball installed with npm, as a user's project would have it; the
// clients are found up the directory tree (Node resolution), not in the project.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE = process.env.VERSTKA_CLIENTS_CACHE || join(ROOT, 'build/clients-cache');
export const TOOLS = join(CACHE, 'tools');
export const BIN = join(TOOLS, 'node_modules/.bin');
export const SEED_PATH = join(ROOT, 'examples/sochi-vnot-2024.json');
export const SEED = readFileSync(SEED_PATH, 'utf8');
export const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const run = promisify(execFile);

const NPM_FLAGS = ['--no-audit', '--no-fund', '--loglevel=error', `--cache=${join(CACHE, 'npm')}`];

/// The clients' versions as installed (tests/clients/package.json pins them exactly).
export function clientVersion(name) {
  return JSON.parse(readFileSync(join(TOOLS, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/// Installs the clients unless the installed lock file is the checked-in one.
export async function ensureTools() {
  const lock = join(ROOT, 'tests/clients/package-lock.json');
  const stamp = join(TOOLS, 'node_modules/.verstka-clients-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === readFileSync(lock, 'utf8')) return;
  mkdirSync(TOOLS, { recursive: true });
  copyFileSync(join(ROOT, 'tests/clients/package.json'), join(TOOLS, 'package.json'));
  copyFileSync(lock, join(TOOLS, 'package-lock.json'));
  await run('npm', ['ci', ...NPM_FLAGS], { cwd: TOOLS, timeout: 600000 });
  copyFileSync(lock, stamp);
}

let packed = null;

/// `npm pack` of the repository, once per test process; VERSTKA_CLIENTS_TARBALL=path tries
/// another tarball instead (a published version, or an old one to see a test fail).
export async function tarball() {
  if (process.env.VERSTKA_CLIENTS_TARBALL) return process.env.VERSTKA_CLIENTS_TARBALL;
  if (!packed) {
    packed = (async () => {
      const dir = join(CACHE, 'pack');
      mkdirSync(dir, { recursive: true });
      const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir, '--loglevel=error'], { cwd: ROOT });
      return join(dir, JSON.parse(stdout)[0].filename);
    })();
  }
  return packed;
}

/// A fresh project with the packed verstka installed and `files` ({path: text}) written.
/// Resolves to its directory; `remove()` deletes it.
export async function project(name, files = {}, manifest = {}) {
  await ensureTools();
  const parent = join(TOOLS, 'projects');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${name}-`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `client-${name}`, private: true, version: '1.0.0', ...manifest }, null, 2));
  await run('npm', ['install', await tarball(), '--offline', '--no-package-lock', ...NPM_FLAGS], { cwd: dir, timeout: 120000 });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function remove(dir) {
  if (dir && !process.env.VERSTKA_KEEP_CLIENTS) rmSync(dir, { recursive: true, force: true });
}

/// Runs a command in `cwd`; resolves to {code, stdout, stderr} (never rejects on a non-zero exit).
export async function exec(command, args, options = {}) {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 180000, maxBuffer: 64 << 20, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/// The reference HTML: the repository's own dist/ in this process.
export async function expectedHtml(options) {
  const { init, renderArticle } = await import('../../dist/node.js');
  await init();
  return renderArticle(SEED, options).html;
}

export { spawn };
