/**
 * The API at the network boundary of a component test: `fetch` (every JSON call of
 * web/lib/api-client) and `XMLHttpRequest` (its uploads) are replaced by a table of routes that
 * answer like the server, and every request is recorded so a test can assert what was sent.
 * A request no route answers fails the test (after it, in setup.ts), so a component cannot call
 * an endpoint the test did not expect without anyone noticing.
 */
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  /** The path under /api, without the query string: `/cycles/c1/answers`. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body; a FormData for uploads; undefined for GET. */
  body: unknown;
  headers: Record<string, string>;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply | Promise<Reply>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** A server error body as the error plugin sends it: `{ error: { code, message, fields? } }`. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
): Reply {
  return { status, body: { error: { code, message, ...(fields ? { fields } : {}) } } };
}

let unhandled: string[] = [];

export function assertNoUnhandledRequests() {
  const list = unhandled;
  unhandled = [];
  if (list.length) throw new Error(`requests no fake route answers:\n${list.join('\n')}`);
}

/** Resolves when `release()` is called: a server that is still working (progress, pending states). */
export function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

export class FakeApi {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];

  /** `path` like `/cycles/:id/answers`; a later route for the same method and path wins. */
  on(method: string, path: string, handler: Handler | Reply): this {
    const keys: string[] = [];
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, k: string) => {
      keys.push(k);
      return '([^/]+)';
    });
    this.routes.unshift({
      method,
      pattern: new RegExp(`^${source}$`),
      keys,
      handler: typeof handler === 'function' ? handler : () => handler,
    });
    return this;
  }

  /** The requests sent with `method` to `path` (exact, under /api), in order. */
  sent(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  async answer(req: RecordedRequest): Promise<{ status: number; text: string }> {
    this.requests.push(req);
    for (const route of this.routes) {
      if (route.method !== req.method) continue;
      const m = route.pattern.exec(req.path);
      if (!m) continue;
      const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(m[i + 1] ?? '')]));
      const reply = await route.handler(req, params);
      const status = reply.status ?? 200;
      return { status, text: reply.body === undefined ? '' : JSON.stringify(reply.body) };
    }
    unhandled.push(`${req.method} ${req.path}`);
    // 404, not 5xx: the query client retries 5xx, and the test fails after it anyway.
    return {
      status: 404,
      text: JSON.stringify({ error: { code: 'TEST_UNHANDLED', message: `no fake route: ${req.path}` } }),
    };
  }

  /** Replaces the global fetch and XMLHttpRequest for this test (setup.ts restores them). */
  install(): this {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://patuh.test');
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const raw = init.body;
      const res = await this.answer({
        method: (init.method ?? 'GET').toUpperCase(),
        path: url.pathname.replace(/^\/api/, ''),
        query: url.searchParams,
        body: typeof raw === 'string' && raw ? (JSON.parse(raw) as unknown) : undefined,
        headers,
      });
      return new Response(res.status === 204 ? null : res.text, {
        status: res.status,
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('XMLHttpRequest', makeXhr(this));
    return this;
  }
}

/** An XMLHttpRequest that sends to the fake API and reports upload progress at 50 % and 100 %. */
function makeXhr(api: FakeApi) {
  return class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    readonly upload: {
      onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
    } = { onprogress: null };
    private method = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};

    open(method: string, url: string) {
      this.method = method.toUpperCase();
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }

    send(body: FormData) {
      const url = new URL(this.url, 'http://patuh.test');
      const size = body.get('file') instanceof File ? (body.get('file') as File).size : 0;
      this.upload.onprogress?.({ lengthComputable: true, loaded: size / 2, total: size });
      void api
        .answer({
          method: this.method,
          path: url.pathname.replace(/^\/api/, ''),
          query: url.searchParams,
          body,
          headers: this.headers,
        })
        .then((res) => {
          this.status = res.status;
          this.responseText = res.text;
          this.onload?.();
        });
    }
  };
}
