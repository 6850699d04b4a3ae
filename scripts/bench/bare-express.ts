/**
 * The serve section's floor: bare Express 5 answering GET /bytes/N with an HTML page of N bytes, nothing else (no
 * session, no templates, no security headers). Started like the portal (scripts/bench/serve.ts), so both run in
 * the same process set-up. Prints `listening on http://…`.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';

const pages = new Map<number, string>();
const pageOf = (bytes: number): string => {
  let page = pages.get(bytes);
  if (!page) {
    const shell = '<!doctype html><html><head><title>Floor</title></head><body><p></p></body></html>';
    page = shell.replace('<p></p>', `<p>${'x'.repeat(Math.max(0, bytes - shell.length))}</p>`);
    pages.set(bytes, page);
  }
  return page;
};

const app = express();
app.get('/bytes/:n', (req, res) => {
  res.type('html').send(pageOf(Math.min(Number(req.params.n) || 0, 10_000_000)));
});
const server = app.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
