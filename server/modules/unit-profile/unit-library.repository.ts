/** SQL of a unit's evidence library (table unit_documents) and the evidence rows made from it. */
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, serviceProducts } from '../../db/schema';
import { unitDocuments } from '../../db/schema-standards';
import type { UnitDocumentKind } from '../../../shared/contracts/unit-library';

const columns = {
  id: unitDocuments.id,
  unitId: unitDocuments.unitId,
  governmentId: unitDocuments.governmentId,
  kind: unitDocuments.kind,
  title: unitDocuments.title,
  fileId: unitDocuments.fileId,
  productId: unitDocuments.productId,
  productName: serviceProducts.name,
  madeOn: unitDocuments.madeOn,
  note: unitDocuments.note,
  originalName: files.originalName,
  mimeType: files.mimeType,
  size: files.size,
  createdAt: unitDocuments.createdAt,
  archivedAt: unitDocuments.archivedAt,
};

function selectDocuments(db: Executor, where: SQL | undefined) {
  return db
    .select(columns)
    .from(unitDocuments)
    .innerJoin(files, eq(files.id, unitDocuments.fileId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, unitDocuments.productId))
    .where(where);
}
export type DocumentRow = Awaited<ReturnType<typeof selectDocuments>>[number];

/** The library of a unit, newest first; archived documents only when asked. */
export async function listDocuments(
  db: Executor,
  unitId: string,
  filter: { kind?: UnitDocumentKind | undefined; archived: boolean },
): Promise<DocumentRow[]> {
  return selectDocuments(
    db,
    and(
      eq(unitDocuments.unitId, unitId),
      filter.kind ? eq(unitDocuments.kind, filter.kind) : undefined,
      filter.archived ? isNotNull(unitDocuments.archivedAt) : isNull(unitDocuments.archivedAt),
    ),
  ).orderBy(desc(unitDocuments.createdAt), asc(unitDocuments.id));
}

export async function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  return (await selectDocuments(db, eq(unitDocuments.id, id)).limit(1))[0];
}

/** Photos and SKs of a unit by kind (not archived), newest first: the context panel's pictures. */
export async function documentsOfKinds(db: Executor, unitId: string, kinds: UnitDocumentKind[]) {
  if (kinds.length === 0) return [];
  return selectDocuments(
    db,
    and(
      eq(unitDocuments.unitId, unitId),
      inArray(unitDocuments.kind, kinds),
      isNull(unitDocuments.archivedAt),
    ),
  ).orderBy(desc(unitDocuments.madeOn), desc(unitDocuments.createdAt));
}

export async function insertDocument(db: Executor, values: typeof unitDocuments.$inferInsert) {
  return (await db.insert(unitDocuments).values(values).returning())[0]!;
}

export async function archiveDocument(db: Executor, id: string) {
  return (
    await db
      .update(unitDocuments)
      .set({ archivedAt: new Date() })
      .where(and(eq(unitDocuments.id, id), isNull(unitDocuments.archivedAt)))
      .returning()
  )[0];
}

/** A product of the unit that is still offered (for the optional product link). */
export async function productOfUnit(db: Executor, productId: string, unitId: string) {
  return (
    await db
      .select({ id: serviceProducts.id })
      .from(serviceProducts)
      .where(
        and(
          eq(serviceProducts.id, productId),
          eq(serviceProducts.unitId, unitId),
          isNull(serviceProducts.archivedAt),
        ),
      )
      .limit(1)
  )[0];
}
