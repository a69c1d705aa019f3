// A small static file server for build/web (correct MIME types for wasm; no caching surprises).
// Usage: node scripts/serve.mjs [DIR] [--port 8080] [--prefix /sub/path/]
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

// `cacheControl`: the header every file is served with (the benchmarks' reference page lets the
// browser keep its files, since it has no service worker).
export function createServer(root, prefix = '/', { cacheControl = 'no-cache' } = {}) {
  const base = path.resolve(root);
  return http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) { response.writeHead(404).end('not found'); return; }
    pathname = pathname.slice(prefix.length);
    if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) { response.writeHead(403).end('forbidden'); return; }
    fs.readFile(file, (error, data) => {
      if (error) { response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      // As static hosts do: a browser that has this very file is told so (304), not sent it again.
      const etag = `"${crypto.createHash('sha1').update(data).digest('base64url')}"`;
      const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': cacheControl, etag };
      if (request.headers['if-none-match'] === etag) { response.writeHead(304, headers).end(); return; }
      response.writeHead(200, headers);
      response.end(data);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
  const port = Number(option('--port', '8080'));
  const prefix = option('--prefix', '/');
  const root = args[0] || 'build/web';
  createServer(root, prefix).listen(port, '127.0.0.1', () => {
    console.log(`Growth Plan Studio is served at http://127.0.0.1:${port}${prefix}  (Ctrl+C stops)`);
  });
}
