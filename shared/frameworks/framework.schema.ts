import { z } from 'zod';
import { GOVERNMENT_TYPES } from '../contracts/enums';

/**
 * An assessment framework stored as data: one JSON file per framework version under frameworks/.
 * The zod schema checks the shape; validateFramework() adds the rules zod cannot express
 * (sibling weights, band coverage, unique codes, scale consistency) and reports each problem at
 * the node or band it belongs to.
 */

export const LocalizedTextSchema = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const ZoneSchema = z.enum(['merah', 'kuning', 'hijau']);
export type Zone = z.infer<typeof ZoneSchema>;

export const ScaleTypeSchema = z.enum(['yes-no', '0-3', '0-5', '1-4']);
export type ScaleType = z.infer<typeof ScaleTypeSchema>;

/** The bounds each scale type must declare, so a file cannot say "0-3" and mean 0–5. */
export const SCALE_BOUNDS: Record<ScaleType, { min: number; max: number }> = {
  'yes-no': { min: 0, max: 1 },
  '0-3': { min: 0, max: 3 },
  '0-5': { min: 0, max: 5 },
  '1-4': { min: 1, max: 4 },
};

export const ScaleLevelSchema = z.object({ value: z.number(), rubric: LocalizedTextSchema });
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const ScaleSchema = z.object({
  type: ScaleTypeSchema,
  min: z.number(),
  max: z.number(),
  levels: z.array(ScaleLevelSchema).min(2),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const AssessmentLevelSchema = z.enum(['product', 'unit', 'entity']);
export type AssessmentLevel = z.infer<typeof AssessmentLevelSchema>;

/** The government types a question applies to (shared/contracts/enums.ts). */
export const EntityTypeSchema = z.enum(GOVERNMENT_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const AppliesToSchema = z.object({
  level: AssessmentLevelSchema,
  entityTypes: z.array(EntityTypeSchema).min(1).optional(),
  unitTypes: z.array(z.string().min(1)).min(1).optional(),
});
export type AppliesTo = z.infer<typeof AppliesToSchema>;

/**
 * Where a survey sets an indicator's value (issue 16 §6): the share (%) of a period's accepted
 * responses giving the best answer (4) to one question of one instrument, mapped to the
 * indicator's scale by `levels` (the highest `min` not above the share wins). Only entity-level
 * indicators: a survey speaks for the government. Which survey kind may feed which cycle is the
 * survey-feed service's rule (an SKM never feeds an official cycle).
 */
export const SurveyMappingSchema = z.object({
  instrument: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'id instrumen hanya huruf kecil, angka dan tanda hubung'),
  question: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'kode pertanyaan hanya huruf besar, angka, titik, garis'),
  measure: z.literal('share_best'),
  levels: z.array(z.object({ min: z.number().min(0).max(100), value: z.number() })).min(2),
});
export type SurveyMapping = z.infer<typeof SurveyMappingSchema>;

/** A dimension, variable or indicator. Indicators (leaves) carry a scale; the others carry children. */
export interface FrameworkNode {
  code: string;
  name: LocalizedText;
  weight?: number | undefined;
  children?: FrameworkNode[] | undefined;
  scale?: Scale | undefined;
  evidence?: LocalizedText | undefined;
  appliesTo?: AppliesTo | undefined;
  source?: string | undefined;
  unconfirmed?: boolean | undefined;
  survey?: SurveyMapping | undefined;
}

export const FrameworkNodeSchema: z.ZodType<FrameworkNode> = z.lazy(() =>
  z.object({
    code: z.string().regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'kode hanya huruf besar, angka, titik, garis'),
    name: LocalizedTextSchema,
    weight: z.number().positive().optional(),
    children: z.array(FrameworkNodeSchema).min(1).optional(),
    scale: ScaleSchema.optional(),
    evidence: LocalizedTextSchema.optional(),
    appliesTo: AppliesToSchema.optional(),
    source: z.string().optional(),
    unconfirmed: z.boolean().optional(),
    survey: SurveyMappingSchema.optional(),
  }),
);

export const BandSchema = z.object({
  code: z.string().min(1),
  label: LocalizedTextSchema,
  min: z.number(),
  max: z.number(),
  zone: ZoneSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** The band's bounds are Patuh's starting point, not a source's (a draft framework). */
  unconfirmed: z.boolean().optional(),
});
export type Band = z.infer<typeof BandSchema>;

export const ViewSchema = z.object({
  id: z.string().min(1),
  name: LocalizedTextSchema,
  groups: z
    .array(
      z.object({ code: z.string().min(1), label: LocalizedTextSchema, nodes: z.array(z.string()).min(1) }),
    )
    .min(1),
});
export type FrameworkView = z.infer<typeof ViewSchema>;

/**
 * How answers combine. Defaults are REFERENCE §10: products and units by simple mean, a missing
 * answer is 0 once the cycle is closed, N/A weight is shared among siblings, and the self value
 * is not published unless verified.
 */
export const AggregationSchema = z.object({
  products: z.enum(['mean', 'min']).default('mean'),
  units: z.enum(['mean', 'min']).default('mean'),
  missing: z.enum(['zero-when-closed', 'exclude']).default('zero-when-closed'),
  notApplicable: z.enum(['redistribute', 'zero']).default('redistribute'),
  useSelfValueWhenUnverified: z.boolean().default(false),
});
export type Aggregation = z.infer<typeof AggregationSchema>;

export const FrameworkSchema = z.object({
  $comment: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id hanya huruf kecil, angka dan tanda hubung'),
  version: z.string().min(1),
  name: LocalizedTextSchema,
  issuer: z.string().min(1),
  /**
   * Who compiled the set when no authority issued it: `patuh` for Patuh's own compilation
   * (REFERENCE §1.5, the spot-check set), shown as "disusun Patuh" wherever the name shows
   * (framework-label.ts). A copy does not inherit it: the copy is its maker's.
   */
  compiledBy: z.enum(['patuh']).optional(),
  /**
   * A draft: some weights or bands are unknown (marked `unconfirmed`). No cycle may use a draft;
   * an admin duplicates it, sets them, and saves the copy without `draft`.
   */
  draft: z.boolean().optional(),
  legalBasis: z.string().min(1),
  sources: z.array(z.string()).default([]),
  notes: z.array(LocalizedTextSchema).optional(),
  scoreRange: z.object({ min: z.number(), max: z.number() }),
  aggregation: AggregationSchema.prefault({}),
  bands: z.array(BandSchema).min(1),
  views: z.array(ViewSchema).optional(),
  nodes: z.array(FrameworkNodeSchema).min(1),
});
export type Framework = z.infer<typeof FrameworkSchema>;

/** One problem in a framework file: `path` is the JSON path, `node` the indicator/dimension code. */
export interface FrameworkProblem {
  path: string;
  node?: string;
  message: string;
}

const WEIGHT_TOLERANCE = 0.01;

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

/** The node code at a zod issue path (`nodes[0].children[2]…`), so schema errors also name the node. */
function codeAtPath(input: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  let current: unknown = input;
  let code: string | undefined;
  for (const key of path) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<PropertyKey, unknown>)[key];
    if (current && typeof current === 'object' && 'code' in current) {
      const candidate = (current as { code: unknown }).code;
      if (typeof candidate === 'string') code = candidate;
    }
  }
  return code;
}

/**
 * Check a framework file. Returns every problem found (empty array = valid); each names the JSON
 * path and, where there is one, the node code, e.g. sibling weights not summing to 100 are
 * reported at the parent whose children they are.
 */
export function validateFramework(input: unknown): FrameworkProblem[] {
  const parsed = FrameworkSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const node = codeAtPath(input, issue.path);
      return { path: pathToString(issue.path), ...(node ? { node } : {}), message: issue.message };
    });
  }
  return checkFrameworkRules(parsed.data);
}

/** Parse and check; throws FrameworkInvalidError listing every problem. */
export function parseFramework(input: unknown): Framework {
  const problems = validateFramework(input);
  if (problems.length > 0) throw new FrameworkInvalidError(problems);
  return FrameworkSchema.parse(input);
}

export class FrameworkInvalidError extends Error {
  constructor(readonly problems: FrameworkProblem[]) {
    super(`kerangka penilaian tidak valid:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'FrameworkInvalidError';
  }
}

export function formatProblem(problem: FrameworkProblem): string {
  const where = problem.node ? `node ${problem.node} (${problem.path})` : problem.path || '(akar)';
  return `  ${where}: ${problem.message}`;
}

function checkFrameworkRules(fw: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const seen = new Map<string, string>();

  const checkSiblings = (siblings: FrameworkNode[], path: string, parentCode: string | undefined): void => {
    const weighted = siblings.filter((n) => n.weight !== undefined);
    if (weighted.length > 0 && weighted.length < siblings.length) {
      problems.push({
        path,
        ...(parentCode ? { node: parentCode } : {}),
        message: 'bobot harus diisi untuk semua anak atau dikosongkan untuk semua (bobot sama)',
      });
    } else if (weighted.length === siblings.length) {
      const sum = siblings.reduce((acc, n) => acc + (n.weight ?? 0), 0);
      if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
        problems.push({
          path,
          ...(parentCode ? { node: parentCode } : {}),
          message: `jumlah bobot anak ${Number(sum.toFixed(4))}, seharusnya 100`,
        });
      }
    }
    siblings.forEach((node, i) => checkNode(node, `${path}[${i}]`));
  };

  const checkNode = (node: FrameworkNode, path: string): void => {
    const at = { path, node: node.code };
    const previous = seen.get(node.code);
    if (previous !== undefined) {
      problems.push({ ...at, message: `kode ganda; sudah dipakai di ${previous}` });
    } else {
      seen.set(node.code, path);
    }
    if (node.children && node.scale) {
      problems.push({ ...at, message: 'node tidak boleh memiliki anak dan skala sekaligus' });
    }
    if (!node.children && !node.scale) {
      problems.push({ ...at, message: 'indikator (tanpa anak) wajib memiliki skala' });
    }
    if (node.children && node.appliesTo) {
      problems.push({ ...at, path: `${path}.appliesTo`, message: 'appliesTo hanya untuk indikator' });
    }
    if (node.scale) checkScale(node.scale, `${path}.scale`, node.code);
    if (node.scale && !node.appliesTo) {
      problems.push({
        ...at,
        path: `${path}.appliesTo`,
        message: 'indikator wajib menyebut appliesTo.level',
      });
    }
    if (node.children) checkSiblings(node.children, `${path}.children`, node.code);
    if (node.survey) problems.push(...checkSurveyMapping(node, `${path}.survey`));
  };

  const checkScale = (scale: Scale, path: string, code: string): void => {
    if (scale.min >= scale.max) {
      problems.push({
        path,
        node: code,
        message: `skala min (${scale.min}) harus lebih kecil dari max (${scale.max})`,
      });
      return;
    }
    const expected = SCALE_BOUNDS[scale.type];
    if (scale.min !== expected.min || scale.max !== expected.max) {
      problems.push({
        path,
        node: code,
        message: `skala ${scale.type} harus ${expected.min}–${expected.max}, tertulis ${scale.min}–${scale.max}`,
      });
    }
    const values = scale.levels.map((l) => l.value);
    if (new Set(values).size !== values.length) {
      problems.push({ path: `${path}.levels`, node: code, message: 'nilai level rubrik ganda' });
    }
    for (let v = scale.min; v <= scale.max; v++) {
      if (!values.includes(v)) {
        problems.push({ path: `${path}.levels`, node: code, message: `rubrik untuk nilai ${v} belum ada` });
      }
    }
    values
      .filter((v) => v < scale.min || v > scale.max)
      .forEach((v) =>
        problems.push({ path: `${path}.levels`, node: code, message: `level ${v} di luar skala` }),
      );
  };

  checkSiblings(fw.nodes, 'nodes', undefined);
  problems.push(...checkBands(fw));

  if (fw.scoreRange.min >= fw.scoreRange.max) {
    problems.push({ path: 'scoreRange', message: 'scoreRange.min harus lebih kecil dari scoreRange.max' });
  }
  fw.views?.forEach((view, v) =>
    view.groups.forEach((group, g) =>
      group.nodes.forEach((code, n) => {
        if (!seen.has(code)) {
          problems.push({ path: `views[${v}].groups[${g}].nodes[${n}]`, message: `node ${code} tidak ada` });
        }
      }),
    ),
  );
  return problems;
}

/**
 * A survey mapping: on an entity-level indicator with a scale; levels start at 0 %, their `min`
 * strictly ascending, each `value` a level of the indicator's scale, never lower than the one before.
 */
function checkSurveyMapping(node: FrameworkNode, path: string): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const survey = node.survey!;
  const at = (p: string, message: string) => problems.push({ path: p, node: node.code, message });
  if (node.children || !node.scale) {
    at(path, 'pemetaan survei hanya untuk indikator');
    return problems;
  }
  if (node.appliesTo && node.appliesTo.level !== 'entity')
    at(path, 'pemetaan survei hanya untuk indikator tingkat entitas (pemda)');
  const scale = node.scale;
  const scaleValues = scale.levels.map((l) => l.value);
  if (survey.levels[0] && survey.levels[0].min !== 0)
    at(`${path}.levels[0].min`, 'level pertama harus mulai di 0 %');
  survey.levels.forEach((level, i) => {
    const prev = survey.levels[i - 1];
    if (prev && level.min <= prev.min)
      at(`${path}.levels[${i}].min`, `batas ${level.min} % harus lebih besar dari ${prev.min} %`);
    if (prev && level.value < prev.value)
      at(
        `${path}.levels[${i}].value`,
        `nilai ${level.value} lebih rendah dari level sebelumnya (${prev.value})`,
      );
    if (level.value < scale.min || level.value > scale.max || !scaleValues.includes(level.value))
      at(`${path}.levels[${i}].value`, `nilai ${level.value} bukan level skala ${scale.min}–${scale.max}`);
  });
  return problems;
}

/**
 * Bands are closed intervals on the score rounded to 2 decimals (REFERENCE §10 rule 4), so they
 * must tile the score range with steps of exactly 0.01: A 88.00–100, B 78.00–87.99, …
 */
function checkBands(fw: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const cents = (x: number): number => Math.round(x * 100);
  fw.bands.forEach((band, i) => {
    if (band.min > band.max) {
      problems.push({ path: `bands[${i}]`, message: `pita ${band.code}: min ${band.min} > max ${band.max}` });
    }
  });
  const codes = fw.bands.map((b) => b.code);
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i)
      problems.push({ path: `bands[${i}].code`, message: `kode pita ganda ${code}` });
  });
  const order = fw.bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  const first = order[0];
  const last = order[order.length - 1];
  if (first && cents(first.band.min) !== cents(fw.scoreRange.min)) {
    problems.push({
      path: `bands[${first.index}].min`,
      message: `pita terendah ${first.band.code} harus mulai di ${fw.scoreRange.min}`,
    });
  }
  if (last && cents(last.band.max) !== cents(fw.scoreRange.max)) {
    problems.push({
      path: `bands[${last.index}].max`,
      message: `pita tertinggi ${last.band.code} harus berakhir di ${fw.scoreRange.max}`,
    });
  }
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1]!;
    const next = order[i]!;
    const gap = cents(next.band.min) - cents(prev.band.max);
    if (gap <= 0) {
      problems.push({
        path: `bands[${next.index}].min`,
        message: `pita ${next.band.code} tumpang tindih dengan ${prev.band.code} (${next.band.min} ≤ ${prev.band.max})`,
      });
    } else if (gap > 1) {
      problems.push({
        path: `bands[${next.index}].min`,
        message: `celah antara pita ${prev.band.code} (maks ${prev.band.max}) dan ${next.band.code} (min ${next.band.min})`,
      });
    }
  }
  return problems;
}

/**
 * Effective weights of siblings in percent: the declared weights, or 100/n each when omitted
 * (REFERENCE §10 rule 3, "equal where none").
 */
export function effectiveWeights(siblings: ReadonlyArray<FrameworkNode>): number[] {
  if (siblings.every((n) => n.weight !== undefined)) return siblings.map((n) => n.weight as number);
  return siblings.map(() => 100 / siblings.length);
}

/** Every indicator (leaf) in document order. */
export function frameworkLeaves(fw: Pick<Framework, 'nodes'>): FrameworkNode[] {
  const out: FrameworkNode[] = [];
  const walk = (nodes: FrameworkNode[]): void =>
    nodes.forEach((n) => (n.children ? walk(n.children) : out.push(n)));
  walk(fw.nodes);
  return out;
}

/** Every node code (dimensions, variables and indicators) of the framework. */
export function frameworkNodeCodes(fw: Pick<Framework, 'nodes'>): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: FrameworkNode[]): void =>
    nodes.forEach((n) => {
      out.add(n.code);
      if (n.children) walk(n.children);
    });
  walk(fw.nodes);
  return out;
}

/** What a draft still leaves unconfirmed: node codes, then `band <code>` — what the UI lists. */
export function unconfirmedParts(fw: Framework): string[] {
  const parts: string[] = [];
  const walk = (nodes: FrameworkNode[]): void => {
    for (const n of nodes) {
      if (n.unconfirmed) parts.push(n.code);
      if (n.children) walk(n.children);
    }
  };
  walk(fw.nodes);
  for (const b of fw.bands) if (b.unconfirmed) parts.push(`band ${b.code}`);
  return parts;
}
