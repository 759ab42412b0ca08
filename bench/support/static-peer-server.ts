/**
 * The peer for the load benchmark: a plain node:http server answering every GET with one prerendered HTML file,
 * read once like any static file server with a memory cache. What it reaches on this machine is the ceiling a
 * Node server can reach for that page; ours is compared with it.
 * Usage: node --import tsx bench/support/static-peer-server.ts <file.html> <port>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: static-peer-server.ts <file.html> <port>');
const body = readFileSync(file);

createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(Number(port), '127.0.0.1');
