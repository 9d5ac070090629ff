/**
 * The backend in a child process, for tests that must kill it mid-work (crash tests). Speaks plain HTTP on
 * loopback: POST /invoke runs one call through the real router; GET /events streams pushed events (SSE).
 * Started with tsx; prints {"port": N} as its first stdout line.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBackend } from '../../../electron/backend';

const dataDir = process.env.ALLMENN_DATA_DIR;
const origin = process.env.ALLMENN_TRUSTED_ORIGIN;
if (!dataDir || !origin) throw new Error('ALLMENN_DATA_DIR and ALLMENN_TRUSTED_ORIGIN are required');

const backend = await startBackend({
  dataDir,
  isTrustedUrl: (url) => url.startsWith(`${origin}/`),
  workstation: 'e2e-child',
});

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(': open\n\n');
    const detach = backend.events.attach(1, (message) => res.write(`data: ${JSON.stringify(message)}\n\n`));
    req.on('close', detach);
    return;
  }
  if (req.method === 'POST' && req.url === '/invoke') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { sender, request } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        sender: { url: string; isTopFrame: boolean };
        request: unknown;
      };
      backend
        .router({ id: 1, ...sender }, request)
        .then((result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)))
        .catch(() => res.writeHead(500).end());
    });
    return;
  }
  res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
