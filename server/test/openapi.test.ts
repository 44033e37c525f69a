/**
 * The API document at /api/docs/json must be usable by real clients (code generators, Swagger UI):
 * a valid OpenAPI 3.0 document in which every `$ref` resolves, every operation has responses and
 * every path parameter is declared: @apidevtools/swagger-parser validates it against the OpenAPI
 * 3.0 schema, and hand-written checks name the rules that broke before (a `$ref` to a component
 * that was never emitted) and the 3.0 rules code generators trip on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Schema types of OpenAPI 3.0 (no `null` and no type arrays: 3.0 uses `nullable`). */
const TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean'];

let ctx: TestContext;
let doc: Obj;

beforeAll(async () => {
  ctx = await createTestContext();
  const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json<Obj>();
});
afterAll(() => ctx.close());

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Resolves a local JSON pointer (`#/a/b~1c`) in the document, or undefined. */
function resolvePointer(root: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObj(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/** Every node of the document with its JSON path, depth first. */
function* walk(node: Json, where: string): Generator<[Json, string]> {
  yield [node, where];
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* walk(v, `${where}/${i}`);
  else if (isObj(node)) for (const [k, v] of Object.entries(node)) yield* walk(v, `${where}/${k}`);
}

function operations(): { path: string; method: string; op: Obj }[] {
  const out: { path: string; method: string; op: Obj }[] = [];
  for (const [path, item] of Object.entries(doc.paths as Obj))
    for (const method of METHODS) {
      const op = (item as Obj)[method];
      if (isObj(op)) out.push({ path, method, op });
    }
  return out;
}

/** Every schema object of the document: components, parameters, bodies and responses, with nested ones. */
function* schemas(): Generator<[Obj, string]> {
  const roots: [Json, string][] = [];
  for (const [id, s] of Object.entries((doc.components as Obj | undefined)?.schemas ?? {}))
    roots.push([s as Json, `#/components/schemas/${id}`]);
  for (const { path, method, op } of operations()) {
    for (const p of (op.parameters as Obj[] | undefined) ?? [])
      roots.push([p.schema ?? null, `${method} ${path} param ${String(p.name)}`]);
    for (const [type, c] of Object.entries(((op.requestBody as Obj | undefined)?.content as Obj) ?? {}))
      roots.push([(c as Obj).schema ?? null, `${method} ${path} body ${type}`]);
    for (const [status, r] of Object.entries((op.responses as Obj | undefined) ?? {}))
      for (const [type, c] of Object.entries(((r as Obj).content as Obj | undefined) ?? {}))
        roots.push([(c as Obj).schema ?? null, `${method} ${path} ${status} ${type}`]);
  }
  for (const [root, where] of roots) {
    const stack: [Json, string][] = [[root, where]];
    while (stack.length) {
      const [s, w] = stack.pop()!;
      if (!isObj(s)) continue;
      yield [s, w];
      for (const [k, v] of Object.entries(s)) {
        if (k === 'properties' && isObj(v))
          for (const [p, ps] of Object.entries(v)) stack.push([ps, `${w}.${p}`]);
        else if (['items', 'not', 'additionalProperties'].includes(k)) stack.push([v, `${w}/${k}`]);
        else if (['anyOf', 'oneOf', 'allOf'].includes(k) && Array.isArray(v))
          v.forEach((x, i) => stack.push([x, `${w}/${k}/${i}`]));
      }
    }
  }
}

describe('the OpenAPI document', () => {
  it('is an OpenAPI 3.0 document with info and paths', () => {
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
    expect((doc.info as Obj).title).toBeTruthy();
    expect((doc.info as Obj).version).toBeTruthy();
    expect(operations().length).toBeGreaterThan(50);
  });

  it('passes @apidevtools/swagger-parser validation (schema, refs, parameters)', async () => {
    // validate() dereferences in place: give it a copy.
    const api = await SwaggerParser.validate(structuredClone(doc) as never);
    expect(Object.keys(api.paths ?? {}).length).toBeGreaterThan(50);
  });

  it('has no $ref that points at nothing (the explain tree is a component)', () => {
    const broken: string[] = [];
    let refs = 0;
    for (const [node, where] of walk(doc, '#')) {
      if (!isObj(node) || typeof node.$ref !== 'string') continue;
      refs += 1;
      if (!isObj(resolvePointer(doc, node.$ref))) broken.push(`${where} → ${node.$ref}`);
    }
    expect(broken).toEqual([]);
    expect(refs).toBeGreaterThan(0);
    expect(isObj((doc.components as Obj).schemas as Json)).toBe(true);
    expect(Object.keys((doc.components as Obj).schemas as Obj)).toContain('ExplainNode');
  });

  it('gives every operation responses with descriptions', () => {
    const bad: string[] = [];
    for (const { path, method, op } of operations()) {
      const responses = op.responses;
      if (!isObj(responses) || Object.keys(responses).length === 0)
        bad.push(`${method} ${path}: no responses`);
      else
        for (const [status, r] of Object.entries(responses)) {
          if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) bad.push(`${method} ${path}: status ${status}`);
          if (!isObj(r) || (typeof r.description !== 'string' && typeof r.$ref !== 'string'))
            bad.push(`${method} ${path} ${status}: no description`);
        }
    }
    expect(bad).toEqual([]);
  });

  it('declares every path parameter once, required, and nothing else in the path', () => {
    const bad: string[] = [];
    for (const { path, method, op } of operations()) {
      const params = ((op.parameters as Obj[] | undefined) ?? []).filter(isObj);
      const seen = new Set<string>();
      for (const p of params) {
        const key = `${String(p.in)}:${String(p.name)}`;
        if (seen.has(key)) bad.push(`${method} ${path}: duplicate ${key}`);
        seen.add(key);
        if (!['query', 'header', 'path', 'cookie'].includes(String(p.in)))
          bad.push(`${method} ${path}: in ${key}`);
        if (!isObj(p.schema ?? null) && !isObj(p.content ?? null))
          bad.push(`${method} ${path}: ${key} has no schema`);
      }
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      for (const name of inPath) {
        const p = params.find((x) => x.in === 'path' && x.name === name);
        if (!p || p.required !== true)
          bad.push(`${method} ${path}: path parameter ${name} undeclared or optional`);
      }
      for (const p of params.filter((x) => x.in === 'path'))
        if (!inPath.includes(String(p.name)))
          bad.push(`${method} ${path}: ${String(p.name)} not in the path`);
    }
    expect(bad).toEqual([]);
  });

  it('uses only OpenAPI 3.0 schema keywords the way 3.0 defines them', () => {
    const bad: string[] = [];
    let count = 0;
    for (const [s, where] of schemas()) {
      count += 1;
      if ('type' in s && !(typeof s.type === 'string' && TYPES.includes(s.type)))
        bad.push(`${where}: type ${JSON.stringify(s.type)}`);
      if (s.type === 'array' && !isObj(s.items ?? null)) bad.push(`${where}: array without items`);
      for (const k of ['exclusiveMinimum', 'exclusiveMaximum', 'nullable'])
        if (k in s && typeof s[k] !== 'boolean') bad.push(`${where}: ${k} must be a boolean in 3.0`);
      if ('$ref' in s && Object.keys(s).length > 1) bad.push(`${where}: $ref with siblings`);
      if ('required' in s) {
        const props = isObj(s.properties ?? null) ? Object.keys(s.properties as Obj) : [];
        if (!Array.isArray(s.required) || s.required.some((r) => !props.includes(String(r))))
          bad.push(`${where}: required names a missing property`);
      }
      for (const k of ['$schema', '$id', '$defs', 'const', 'prefixItems', 'examples'])
        if (k in s) bad.push(`${where}: ${k} is not OpenAPI 3.0`);
    }
    expect(bad).toEqual([]);
    expect(count).toBeGreaterThan(500);
  });

  it('names only security schemes it defines', () => {
    const defined = Object.keys(((doc.components as Obj).securitySchemes as Obj | undefined) ?? {});
    const used = operations().flatMap(({ op }) =>
      ((op.security as Obj[] | undefined) ?? []).flatMap((req) => Object.keys(req)),
    );
    expect(used.filter((name) => !defined.includes(name))).toEqual([]);
  });
});

describe('a client generated from the document', () => {
  it('openapi-typescript generates types that TypeScript compiles, with the routes and the explain tree', async () => {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const source = astToString(await openapiTS(doc as never));
    expect(source).toContain('export interface paths');
    expect(source).toContain('"/api/cycles/{id}/summary"');
    expect(source).toMatch(/ExplainNode/);
    const ts = await import('typescript');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-openapi-'));
    try {
      const file = path.join(dir, 'api.d.ts');
      fs.writeFileSync(file, source);
      const program = ts.createProgram([file], { noEmit: true, strict: true, skipLibCheck: true });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
