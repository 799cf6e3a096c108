/**
 * `google.script.run` for a page under test, calling the real server functions of the built bundle
 * inside the emulator — the bridge the jsdom and the browser tests share. As Apps Script does, it
 * delivers asynchronously, and rejects what cannot cross: Dates, functions, class instances.
 */
export type ServerContext = Record<string, unknown>;

/** Apps Script's rule for parameters and return values: primitives, null, plain objects and arrays of them. */
export function assertTransportable(value: unknown, path = 'value'): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return;
  if (t === 'function') throw new TypeError(`google.script.run cannot pass a function (${path})`);
  if (t !== 'object') throw new TypeError(`google.script.run cannot pass a ${t} (${path})`);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') throw new TypeError(`google.script.run cannot pass a Date (${path}): use an ISO string`);
  if (Array.isArray(value)) return value.forEach((v, i) => assertTransportable(v, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null)
    throw new TypeError(`google.script.run cannot pass a class instance (${path})`);
  for (const [k, v] of Object.entries(value as object)) assertTransportable(v, `${path}.${k}`);
}

/** A copy made of plain data only, as the value arrives on the other side. */
const transport = (value: unknown, path: string) => {
  assertTransportable(value, path);
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
};

type Handler = (value: unknown, userObject?: unknown) => void;

export interface BridgeLog {
  calls: { fn: string; args: unknown[]; ok: boolean }[];
}

export function createScriptRun(server: ServerContext, log: BridgeLog = { calls: [] }, schedule: (f: () => void) => void = (f) => setTimeout(f, 0)) {
  const runner = (success?: Handler, failure?: Handler, userObject?: unknown): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_t, prop) {
          if (prop === 'withSuccessHandler') return (h: Handler) => runner(h, failure, userObject);
          if (prop === 'withFailureHandler') return (h: Handler) => runner(success, h, userObject);
          if (prop === 'withUserObject') return (o: unknown) => runner(success, failure, o);
          if (typeof prop !== 'string') return undefined;
          const fn = server[prop];
          if (typeof fn !== 'function') throw new TypeError(`google.script.run.${prop} is not a function`);
          return (...args: unknown[]) => {
            const sent = args.map((a, i) => transport(a, `${prop} argument ${i + 1}`));
            schedule(() => {
              let result: unknown;
              try {
                result = transport((fn as (...a: unknown[]) => unknown)(...sent), `${prop} result`);
              } catch (e) {
                log.calls.push({ fn: prop, args: sent, ok: false });
                // The server's errors come from another realm (the bundle's vm context): not `instanceof Error` here.
                const message = typeof (e as { message?: unknown })?.message === 'string' ? (e as Error).message : String(e);
                const error = new Error(message);
                if (failure) failure(error, userObject);
                return;
              }
              log.calls.push({ fn: prop, args: sent, ok: true });
              success?.(result, userObject);
            });
          };
        },
      },
    );
  return runner();
}

/**
 * The page's side of the bridge, for a real browser: a `google.script.run` that checks its
 * arguments with the same rule, POSTs each call to the Node side and delivers the answer
 * asynchronously to the success or failure handler (with the user object), as Google's does.
 */
function pageBridge(names: string[]): string {
  return `(function () {
  ${assertTransportable.toString()}
  var names = ${JSON.stringify(names)};
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (h) { return runner(h, failure, userObject); },
      withFailureHandler: function (h) { return runner(success, h, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); },
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        args.forEach(function (a, i) { assertTransportable(a, name + ' argument ' + (i + 1)); });
        fetch('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
          .then(function (res) { return res.json(); })
          .then(function (answer) {
            if (answer.error !== undefined) { if (failure) failure(new Error(answer.error), userObject); }
            else if (success) success(answer.value, userObject);
          }, function (e) { if (failure) failure(e, userObject); });
      };
    });
    return r;
  }
  window.google = { script: { run: runner(), host: { close: function () {}, editor: { focus: function () {} } } } };
})();`;
}

export interface SidebarServer {
  url: string;
  log: BridgeLog;
  close(): Promise<void>;
}

/**
 * Serves a sidebar's HTML on localhost with the page bridge injected before its own script, and
 * runs each posted call through `createScriptRun` on `server` (the bundle's top-level functions in
 * the emulator). `html` is read on every GET, so a reload shows what the add-on shows now.
 */
export async function serveSidebar(server: ServerContext, html: () => string): Promise<SidebarServer> {
  const { createServer } = await import('node:http');
  const log: BridgeLog = { calls: [] };
  const names = Object.keys(server).filter((n) => typeof server[n] === 'function' && !n.endsWith('_'));
  const run = createScriptRun(server, log);
  const http = createServer((req, res) => {
    const reply = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method === 'GET' && (req.url === '/' || req.url?.startsWith('/?'))) {
      const page = html().replace(/<head>/i, (m) => `${m}\n<script>${pageBridge(names)}</script>`);
      return reply(200, 'text/html', page);
    }
    if (req.method === 'POST' && req.url === '/run') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        const answer = (a: { value?: unknown; error?: string }) => reply(200, 'application/json', JSON.stringify(a));
        try {
          const { fn, args } = JSON.parse(body) as { fn: string; args: unknown[] };
          const target = (run as Record<string, unknown>)['withSuccessHandler'] as (h: Handler) => Record<string, unknown>;
          const withFailure = target((value) => answer({ value }))['withFailureHandler'] as (h: Handler) => Record<string, unknown>;
          const call = withFailure((e) => answer({ error: (e as Error).message }))[fn] as (...a: unknown[]) => void;
          call(...args);
        } catch (e) {
          answer({ error: e instanceof Error ? e.message : String(e) });
        }
      });
      return;
    }
    reply(404, 'text/plain', 'not found');
  });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    // Chromium keeps idle keep-alive connections open; close() alone would wait for them to time out.
    close: () => new Promise<void>((ok) => { http.close(() => ok()); http.closeAllConnections(); }),
  };
}
