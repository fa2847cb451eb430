// A small static server for the demo: Node's own http, correct MIME types (application/wasm
// lets browsers compile while downloading), loopback only.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.argv[2] || process.env.PORT || 8080);
const host = '127.0.0.1';
// Only these folders are served; everything else in the checkout stays private.
const served = ['web_demo', 'dist', 'out', 'examples', 'styles', 'docs', 'node_modules'];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

export function startServer(listenPort = port) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${host}`);
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/web_demo/' });
      res.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const top = path.split('/')[1];
    if (!file.startsWith(root) || !served.includes(top) || file.includes(`${sep}..`)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': types[extname(file)] || 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(listenPort, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`verstka demo: http://${host}:${port}/`);
  console.log(`rendered examples: http://${host}:${port}/out/`);
}
