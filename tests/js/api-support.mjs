// Shared by the JS suites: where the built package and the native CLI are, and how to run them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/// The native CLI the wasm results are compared with (scripts/build.sh builds build/verstka).
export const CLI = process.env.VERSTKA_CLI || join(ROOT, 'build/verstka');
export const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, path: join(ROOT, 'examples', name), json: readFileSync(join(ROOT, 'examples', name), 'utf8') }));
export const SEED = EXAMPLES.find((e) => e.name === 'sochi-vnot-2024.json');
export const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

if (!existsSync(join(DIST, 'node.js'))) throw new Error('dist/ is missing: run `npm run build` first');
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (or set VERSTKA_CLI)`);

/// Runs the native CLI; returns {status, stdout, stderr} as UTF-8 text.
export function cli(args, input) {
  const r = spawnSync(CLI, args, { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/// Runs an ES module snippet in a fresh Node process (so a fresh verstka instance), without
/// blocking this one (it may be serving the child); resolves to {status, stdout, stderr}.
export function runModule(source, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
      cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: stdout.trim(), stderr }));
  });
}

/// An article in format v1 with the given body, every other field minimal.
export function article(body, extra = {}) {
  return { v: 1, id: 'test', title: 'Заголовок', published: '2024-09-13T10:00:00+03:00', body, ...extra };
}
