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
                const error = new Error(e instanceof Error ? e.message : String(e));
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
