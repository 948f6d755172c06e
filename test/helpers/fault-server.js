/**
 * A fault-injecting middleware for the test server: feeds that fail the way
 * real servers and networks do, under /faults/…
 *
 *   /faults/status/404            that HTTP status, with an HTML body
 *   /faults/empty                 200 with an empty body
 *   /faults/html                  200 text/html: a CMS error page instead of the feed
 *   /faults/drop                  headers and half a body, then the connection is cut
 *   /faults/slow/MS?title=T       a valid one-event feed titled T after MS milliseconds
 *   /faults/feed?title=T          the same at once
 *   /faults/down/KEY              503 until /faults/recover/KEY is requested, then a feed
 */
const recovered = new Set();

function feed(title) {
  return JSON.stringify({ version: 1, events: [{ id: 'fault-test', title, start: '2026-11-17T10:00:00' }] });
}

export function faultMiddleware() {
  return async (context, next) => {
    const path = context.path;
    if (!path.startsWith('/faults/')) return next();
    const [, , kind, argument] = path.split('/');
    const title = context.query.title ?? 'Événement de test';
    switch (kind) {
      case 'status':
        context.status = Number(argument);
        context.type = 'text/html';
        context.body = '<h1>Erreur</h1>';
        return;
      case 'empty':
        context.status = 200;
        context.type = 'application/json';
        context.body = '';
        return;
      case 'html':
        context.type = 'text/html';
        context.body = '<!doctype html><title>Maintenance</title><p>Site en maintenance</p>';
        return;
      case 'drop': {
        context.respond = false;
        const { res } = context;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' });
        res.write('{"version":1,"events":[{"id":"a","title":"Début');
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      }
      case 'slow': {
        const aborted = new Promise((resolve) => context.req.on('close', resolve));
        await Promise.race([new Promise((resolve) => setTimeout(resolve, Number(argument))), aborted]);
        if (context.req.destroyed) return;
        context.type = 'application/json';
        context.body = feed(title);
        return;
      }
      case 'feed':
        context.type = 'application/json';
        context.body = feed(title);
        return;
      case 'down':
        if (recovered.has(argument)) {
          context.type = 'application/json';
          context.body = feed(title);
        } else {
          context.status = 503;
          context.body = 'Service Unavailable';
        }
        return;
      case 'recover':
        recovered.add(argument);
        context.status = 204;
        return;
      default:
        return next();
    }
  };
}
