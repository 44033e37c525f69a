/**
 * The assessment's context (issue 15, part 9): for a unit in a cycle, each mapped indicator's
 * context (shared/standards/indicator-context.ts) — the product's current SET standard component
 * with its SK, or none ("belum ada standar yang ditetapkan"); the unit's maklumat or profile field;
 * and the library's photos of the display. Context, not proof: nothing here is a value for the
 * answer. Readable by whoever may open the unit's checklist (the same check as the checklist).
 */
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import type { StandardComponentKey } from '../../../shared/standards/components';
import {
  CONTEXT_INDICATORS,
  indicatorContext,
  type ProfileContextField,
} from '../../../shared/standards/indicator-context';
import type { UnitDocumentKind } from '../../../shared/contracts/unit-library';
import type { AssessmentContext, ContextDocument, ContextItem } from '../../../shared/contracts/unit-profile';
import { cycleUnitForActor } from '../assessments/assessments.access';
import * as repo from './assessment-context.repository';
import { documentsOfKinds, type DocumentRow } from './unit-library.repository';
import { findMaklumat, findProfile, type ProfileRow } from './unit-profile.repository';

const docRef = (d: DocumentRow): ContextDocument => ({
  id: d.id,
  kind: d.kind,
  title: d.title,
  mimeType: d.mimeType,
  madeOn: d.madeOn,
});

function profileValue(row: ProfileRow | undefined, field: ProfileContextField): unknown {
  if (!row) return null;
  switch (field) {
    case 'specialServices': {
      const list = row.specialServices as unknown[];
      return list.length ? list : null;
    }
    case 'visionMission':
      return row.vision || row.mission ? { vision: row.vision, mission: row.mission } : null;
    case 'motto':
      return row.motto;
    case 'integratedServices':
      return row.integratedServices;
  }
}

/** The context of every mapped indicator of the unit in the cycle (optionally of one product). */
export async function getAssessmentContext(
  db: Executor,
  actor: Actor,
  cycleId: string,
  unitId: string,
  productId?: string,
): Promise<AssessmentContext> {
  await cycleUnitForActor(db, actor, cycleId, unitId);
  const cells = await repo.contextCells(db, cycleId, unitId, CONTEXT_INDICATORS, productId);
  if (cells.length === 0) return { cycleId, unitId, items: [] };
  const products = await repo.productsOfUnit(db, unitId);
  const standards = new Map(
    (
      await repo.setStandards(
        db,
        products.map((p) => p.id),
      )
    ).map((s) => [s.productId, s]),
  );
  const [maklumat, profile, docs] = await Promise.all([
    findMaklumat(db, unitId),
    findProfile(db, unitId),
    documentsOfKinds(db, unitId, ['foto_standar', 'foto_maklumat', 'sk_standar']),
  ]);
  const photosOf = (kind: UnitDocumentKind | null, product: string | null) =>
    kind ? docs.filter((d) => d.kind === kind && d.productId === product).map(docRef) : [];
  const productContext = (p: { id: string; name: string }, component: StandardComponentKey) => {
    const s = standards.get(p.id);
    return {
      productId: p.id,
      productName: p.name,
      standard: s
        ? {
            id: s.id,
            version: s.version,
            skNumber: s.skNumber,
            skDate: s.skDate,
            setAt: s.setAt?.toISOString() ?? null,
          }
        : null,
      value: s ? (s.content[component] ?? null) : null,
      photos: photosOf('foto_standar', p.id),
    };
  };

  const items: ContextItem[] = [];
  for (const cell of cells) {
    const ctx = indicatorContext(cell.indicator);
    if (!ctx) continue;
    const base = { indicator: cell.indicator, productId: cell.productId };
    if (ctx.source === 'standard') {
      const targets = cell.productId
        ? products.filter((p) => p.id === cell.productId)
        : products.filter((p) => !p.archivedAt);
      items.push({
        ...base,
        source: 'standard',
        component: ctx.component,
        products: targets.map((p) => productContext(p, ctx.component)),
        photos: photosOf(ctx.photo, null),
      });
    } else if (ctx.source === 'maklumat') {
      items.push({
        ...base,
        source: 'maklumat',
        maklumat: maklumat
          ? {
              body: maklumat.body,
              signatory: maklumat.signatory,
              signedOn: maklumat.signedOn,
              published: maklumat.published,
            }
          : null,
        photos: docs.filter((d) => d.kind === 'foto_maklumat').map(docRef),
      });
    } else {
      items.push({
        ...base,
        source: 'profile',
        field: ctx.field,
        value: profileValue(profile, ctx.field),
        photos: [],
      });
    }
  }
  return { cycleId, unitId, items };
}
