/**
 * Junk requests for the OpenAPI-driven fuzz test: for one operation of the API document, a bounded
 * list of requests with wrong types, NUL and lone surrogates, huge strings, deeply nested JSON,
 * wrong content types, multipart without a boundary and path parameters that are not ids.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

export interface FuzzCase {
  label: string;
  method: string;
  url: string;
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

export interface Operation {
  path: string;
  method: string;
  parameters: { name: string; in: string; schema?: Schema }[];
  body?: Schema;
}

const NUL = 'a\u0000b';
const LONE = 'x\uD800y';
const BIG = 'x'.repeat(900_000);
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Junk for one value: each of these must be refused with a 4xx, never a 5xx. */
function junkValues(schema: Schema | undefined): Json[] {
  const base: Json[] = [NUL, LONE, null, 1.5, -1, 1e308, {}, [NUL], { [NUL]: LONE }];
  if (schema?.type === 'string' || schema?.enum) base.push(12345, 'x'.repeat(20_000));
  if (schema?.type === 'number' || schema?.type === 'integer') base.push('12', 0.000001, true);
  if (schema?.type === 'array') base.push('x', [null], ['x'.repeat(10_000)]);
  return base;
}

/** A plausible value for a schema (first enum value, minimum, a real id), to mutate one field at a time. */
export function plausible(
  schema: Json | undefined,
  resolve: (ref: string) => Schema,
  id: string,
  depth = 0,
): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || depth > 6) return null;
  if (typeof schema.$ref === 'string') return plausible(resolve(schema.$ref), resolve, id, depth + 1);
  for (const k of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(schema[k])) return plausible((schema[k] as Json[])[0], resolve, id, depth + 1);
  if (Array.isArray(schema.enum)) return schema.enum[0] ?? null;
  switch (schema.type) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries((schema.properties as Schema | undefined) ?? {}))
        out[k] = plausible(v, resolve, id, depth + 1);
      return out;
    }
    case 'array':
      return [plausible(schema.items, resolve, id, depth + 1)];
    case 'string':
      if (schema.format === 'uuid') return id;
      if (schema.format === 'date') return '2024-03-10';
      if (schema.format === 'date-time') return '2024-03-10T00:00:00.000Z';
      if (schema.format === 'email') return 'fuzz@uji.test';
      return 'x'.repeat(Math.max(3, Number(schema.minLength ?? 0)));
    case 'number':
    case 'integer':
      return Number(schema.minimum ?? 1);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** Paths (key lists) to the leaves of a plausible body, breadth first, with the schema of each. */
function leafPaths(
  value: Json,
  schema: Schema | undefined,
  resolve: (ref: string) => Schema,
  limit: number,
): { path: (string | number)[]; schema?: Schema }[] {
  const out: { path: (string | number)[]; schema?: Schema }[] = [];
  const queue: { v: Json; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (queue.length && out.length < limit) {
    const { v, path } = queue.shift()!;
    const cur = deref(schemaAt(schema, path, resolve), resolve);
    if (path.length) out.push({ path, schema: cur });
    if (Array.isArray(v)) v.slice(0, 1).forEach((x, i) => queue.push({ v: x, path: [...path, i] }));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) queue.push({ v: x, path: [...path, k] });
  }
  return out;
}

function deref(s: Schema | undefined, resolve: (ref: string) => Schema): Schema | undefined {
  let cur = s;
  for (let i = 0; cur && typeof cur.$ref === 'string' && i < 5; i++) cur = resolve(cur.$ref);
  if (cur && Array.isArray(cur.anyOf)) return deref(cur.anyOf[0] as Schema, resolve);
  return cur;
}

function schemaAt(root: Schema | undefined, path: (string | number)[], resolve: (ref: string) => Schema) {
  let cur = deref(root, resolve);
  for (const key of path) {
    if (!cur) return undefined;
    cur = deref(
      (typeof key === 'number' ? cur.items : (cur.properties as Schema | undefined)?.[key]) as Schema,
      resolve,
    );
  }
  return cur;
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(root);
  let cur = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, Json>;
  cur[path.at(-1)!] = value;
  return copy;
}

function nested(levels: number, open: string, close: string, leaf = '1'): string {
  return open.repeat(levels) + leaf + close.repeat(levels);
}

/** Requests that break the whole body or its content type (every operation that takes a body, and uploads). */
function bodyShapeCases(method: string, url: string): FuzzCase[] {
  const c = (label: string, payload: string | Buffer, type?: string): FuzzCase => ({
    label,
    method,
    url,
    payload,
    headers: type ? { 'content-type': type } : {},
  });
  return [
    c('nested array 10000', nested(10_000, '[', ']'), 'application/json'),
    c('nested object 10000', nested(10_000, '{"a":', '}'), 'application/json'),
    c('invalid json', '{"a":', 'application/json'),
    c('json null', 'null', 'application/json'),
    c('json array', '[1,2]', 'application/json'),
    c('json string', '"\\u0000"', 'application/json'),
    c('json lone surrogate key', '{"\\ud800":"\\udfff\\ud800"}', 'application/json'),
    c('empty json', '', 'application/json'),
    c('text/plain', 'hello', 'text/plain'),
    c('xml', '<a/>', 'application/xml'),
    c('form urlencoded', 'a=%00&b=%ED%A0%80', 'application/x-www-form-urlencoded'),
    c('multipart without boundary', '--x\r\n\r\n', 'multipart/form-data'),
    c('multipart empty boundary', '--\r\n', 'multipart/form-data; boundary='),
    c('multipart garbage', 'not multipart at all', 'multipart/form-data; boundary=patuh'),
    c(
      'multipart NUL name',
      Buffer.from(
        '--patuh\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--patuh--\r\n',
      ),
      'multipart/form-data; boundary=patuh',
    ),
    c('json utf-16 charset', '{}', 'application/json; charset=utf-16'),
  ];
}

const PATH_JUNK = ['bukan-id', '%00', '%ED%A0%80', '-1', 'x'.repeat(3000), '..%2F..%2Fetc'];
const QUERY_JUNK = ['a%00b', '%ED%A0%80', 'abc', '-1', '1.5', '1e309', 'x'.repeat(10_000), '%7B%7D'];

/** Every fuzz case for one operation; `fill` gives the real path (ids of the test tenant). */
export function casesFor(
  op: Operation,
  realPath: string,
  resolve: (ref: string) => Schema,
  id: string,
): FuzzCase[] {
  const method = op.method.toUpperCase();
  const cases: FuzzCase[] = [{ label: 'plain', method, url: realPath }];
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  if (pathParams.length)
    for (const junk of PATH_JUNK) {
      let url = op.path;
      for (const p of pathParams) url = url.replace(`{${p.name}}`, junk);
      cases.push({ label: `path ${junk.slice(0, 20)}`, method, url });
    }
  for (const q of op.parameters.filter((p) => p.in === 'query').slice(0, 8)) {
    for (const junk of QUERY_JUNK)
      cases.push({
        label: `query ${q.name}=${junk.slice(0, 20)}`,
        method,
        url: `${realPath}?${q.name}=${junk}`,
      });
    cases.push({ label: `query ${q.name} twice`, method, url: `${realPath}?${q.name}=a&${q.name}=b` });
  }
  if (method === 'GET') return cases;
  cases.push(...bodyShapeCases(method, realPath));
  if (!op.body) return cases;
  const base = plausible(op.body, resolve, id);
  cases.push({
    label: 'plausible body',
    method,
    url: realPath,
    payload: JSON.stringify(base),
    headers: JSON_HEADERS,
  });
  let bigDone = false;
  for (const leaf of leafPaths(base, op.body, resolve, 12)) {
    const values = junkValues(leaf.schema);
    if (!bigDone && leaf.schema?.type === 'string') {
      values.push(BIG);
      bigDone = true;
    }
    for (const v of values)
      cases.push({
        label: `body ${leaf.path.join('.')}=${JSON.stringify(v)?.slice(0, 20)}`,
        method,
        url: realPath,
        payload: JSON.stringify(setAt(base, leaf.path, v)),
        headers: JSON_HEADERS,
      });
  }
  return cases;
}

/** The API document's shape, as far as the fuzzers read it. */
export type ApiDoc = {
  paths: Record<string, Record<string, Schema>>;
  components?: { schemas?: Record<string, Schema> };
};

/** Every route and method of the document that `keep(method, path)` accepts, with its JSON body schema. */
export function operationsOf(doc: ApiDoc, keep: (method: string, path: string) => boolean): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      if (!keep(method, path)) continue;
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
        ?.content;
      ops.push({
        path,
        method,
        parameters: (op.parameters as Operation['parameters'] | undefined) ?? [],
        body: content?.['application/json']?.schema,
      });
    }
  return ops;
}
