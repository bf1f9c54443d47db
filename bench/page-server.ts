/**
 * How the browser benchmarks serve pages: from memory over HTTP on
 * 127.0.0.1 (a route's fulfil carries a page of tens of megabytes far too
 * slowly, and the extension's registered content scripts need a real
 * navigation), with every other request the browser makes aborted: no
 * network, and no page waits on a server that is not there.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { createServer } from 'node:http';

export interface PageServer {
  /** http://127.0.0.1:port */
  origin: string;
  close(): void;
}

/** The same empty page for every benchmark that needs one (a tab's start, a host for injected code). */
export const BLANK_PAGE = '<!doctype html><title>blank</title><body></body>';

/** Serves what `pageAt` gives for a path ('/page/3'), as HTML; anything it does not know is a 404. */
export function servePages(pageAt: (path: string) => string | undefined): Promise<PageServer> {
  const server = createServer((request, response) => {
    const html = pageAt(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => server.close() });
    }),
  );
}

/**
 * Aborts every http(s) request of `target` but those to `server`, under its
 * own address or as `localhost` (bench:perf loads each page under both).
 */
export async function onlyFrom(target: BrowserContext | Page, server: PageServer): Promise<void> {
  const allowed = [server.origin, server.origin.replace('127.0.0.1', 'localhost')];
  await target.route(
    (url) => url.protocol.startsWith('http') && !allowed.some((origin) => url.href.startsWith(origin)),
    (route) => route.abort(),
  );
}
