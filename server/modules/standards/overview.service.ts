/**
 * Reading a product's standard: the overview (set version, open draft, every version, completeness
 * and what the asker may do) and the history (per version: who set it, who edited it, and what
 * changed per component against the version before).
 */
import type { StandardHistory, StandardOverview } from '../../../shared/contracts/standards';
import { todayIn } from '../../../shared/format/format';
import { productCompleteness } from '../../../shared/standards/completeness';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { diffContents } from './component-text';
import { canEdit, canSet, requireReadableProduct } from './standards.access';
import { contentOf, toVersions } from './standards.dto';
import * as repo from './standards.repository';

/** The standard of one product in reach. */
export async function standardOverview(
  db: Executor,
  actor: Actor,
  productId: string,
): Promise<StandardOverview> {
  const product = await requireReadableProduct(db, actor, productId);
  const rows = await repo.listVersions(db, productId);
  const versions = await toVersions(db, rows);
  const current = versions.find((v) => v.status === 'ditetapkan') ?? null;
  const draft = versions.find((v) => v.status === 'draft' || v.status === 'diajukan') ?? null;
  return {
    product: {
      id: product.id,
      name: product.name,
      unitId: product.unitId,
      unitName: product.unitName,
      governmentId: product.governmentId,
      governmentName: product.governmentName,
    },
    current,
    draft,
    versions: versions
      .map((v) => ({ id: v.id, version: v.version, status: v.status, setAt: v.setAt, skNumber: v.skNumber }))
      .reverse(),
    completeness: productCompleteness(
      {
        current: current
          ? {
              content: current.content,
              reviewDate: current.reviewDate,
              published: current.publishedAt !== null,
            }
          : null,
        draft: draft ? { content: draft.content } : null,
      },
      todayIn('WIB'),
    ),
    can: { edit: canEdit(actor, product) && !product.archived, set: canSet(actor, product) },
  };
}

/**
 * Every version of a product, newest first, each with the components changed against the version
 * before it (version 1 lists none: everything is new), rendered in the reader's language.
 */
export async function standardHistory(
  db: Executor,
  actor: Actor,
  productId: string,
  lang: 'id' | 'en',
): Promise<StandardHistory> {
  await requireReadableProduct(db, actor, productId);
  const rows = await repo.listVersions(db, productId);
  const editors = await repo.editorsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await repo.userNames(
    db,
    rows.map((r) => r.setBy),
  );
  const entries = rows.map((r, i) => {
    const previous = i > 0 ? rows[i - 1] : undefined;
    return {
      id: r.id,
      version: r.version,
      status: r.status,
      setAt: r.setAt ? r.setAt.toISOString() : null,
      setBy: r.setBy ? { id: r.setBy, name: names.get(r.setBy) ?? '' } : null,
      editors: editors.get(r.id) ?? [],
      skNumber: r.skNumber,
      changes: previous ? diffContents(contentOf(previous), contentOf(r), lang) : [],
    };
  });
  return { entries: entries.reverse() };
}
