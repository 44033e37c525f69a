/**
 * The crosswalk of indicator codes across framework versions (issue 17 §5): which code of one
 * version became which of another, so "the next cycle sees the last one" even when an indicator
 * was renamed, merged or split. Built-in rows are data (frameworks/crosswalks/*.json, checked by
 * CrosswalkFileSchema and synced at start); an admin adds custom rows for custom versions.
 *
 * The resolver is pure. Rules, in order:
 * 1. the same framework on both sides: the code itself (identity);
 * 2. rows from (fromFramework, code) to toFramework: their codes (a split gives several);
 * 3. no row for that code, and one version is a direct copy of the other (`basedOn`): the same
 *    code when the target defines it (a copy keeps its codes unless someone changed them);
 * 4. otherwise nothing: two unrelated versions never match by an equal code (PROSES.1 of 2025 is
 *    not PROSES.1 of 2022–2024). Chains (2016 → 2022 → 2025) are not followed.
 */
import { z } from 'zod';

const FRAMEWORK_ID = /^[a-z0-9][a-z0-9-]*$/;
const NODE_CODE = /^[A-Z0-9][A-Z0-9._-]*$/;

export const CrosswalkRowSchema = z.object({
  from: z.string().regex(NODE_CODE),
  to: z.string().regex(NODE_CODE),
  /** Why the rows correspond, or why the match is uncertain (Indonesian). */
  note: z.string().min(1).optional(),
});

/** One built-in crosswalk file: frameworks/crosswalks/<from>--<to>.json. */
export const CrosswalkFileSchema = z
  .object({
    $comment: z.string().optional(),
    from: z.string().regex(FRAMEWORK_ID),
    to: z.string().regex(FRAMEWORK_ID),
    sources: z.array(z.string().min(1)).optional(),
    rows: z.array(CrosswalkRowSchema).min(1),
  })
  .refine((f) => f.from !== f.to, { message: 'from dan to harus kerangka yang berbeda', path: ['to'] });
export type CrosswalkFile = z.infer<typeof CrosswalkFileSchema>;

/** A crosswalk row as stored (framework_crosswalk). */
export interface CrosswalkEdge {
  fromFrameworkId: string;
  fromCode: string;
  toFrameworkId: string;
  toCode: string;
}

/** Two versions' identity and lineage, enough for rule 3. */
export interface FrameworkRef {
  id: string;
  basedOn?: string | null | undefined;
}

export interface ResolveInput {
  from: FrameworkRef;
  to: FrameworkRef;
  code: string;
  /** Rows touching the pair (others are ignored). */
  rows: readonly CrosswalkEdge[];
  /** The codes the target version defines (rule 3); without it rule 3 never applies. */
  toCodes?: ReadonlySet<string> | undefined;
}

/** The codes of `to` that `code` of `from` corresponds to (empty: no history for it). */
export function resolveCrosswalk({ from, to, code, rows, toCodes }: ResolveInput): string[] {
  if (from.id === to.id) return [code];
  const mapped = rows
    .filter((r) => r.fromFrameworkId === from.id && r.toFrameworkId === to.id && r.fromCode === code)
    .map((r) => r.toCode);
  if (mapped.length > 0) return [...new Set(mapped)].sort();
  const copies = to.basedOn === from.id || from.basedOn === to.id;
  if (copies && toCodes?.has(code)) return [code];
  return [];
}

/**
 * The reverse question the next cycle asks: which codes of the previous version `prev` feed
 * indicator `code` of the current version `cur`. Built from the same rules, seen from the target.
 */
export function previousCodes(
  prev: FrameworkRef,
  cur: FrameworkRef,
  code: string,
  rows: readonly CrosswalkEdge[],
  prevCodes: ReadonlySet<string>,
): string[] {
  if (prev.id === cur.id) return [code];
  const mapped = rows
    .filter((r) => r.fromFrameworkId === prev.id && r.toFrameworkId === cur.id && r.toCode === code)
    .map((r) => r.fromCode);
  const explicit = new Set(mapped);
  const copies = cur.basedOn === prev.id || prev.basedOn === cur.id;
  // Rule 3 from the target's side: the same code, unless that code of `prev` was mapped elsewhere.
  const mappedFrom = new Set(
    rows.filter((r) => r.fromFrameworkId === prev.id && r.toFrameworkId === cur.id).map((r) => r.fromCode),
  );
  if (copies && prevCodes.has(code) && !mappedFrom.has(code)) explicit.add(code);
  return [...explicit].sort();
}
