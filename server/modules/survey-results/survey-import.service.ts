/**
 * Paper survey forms from the Excel template (issue 16 §5): the template lists the period's units,
 * products and profile codes; an upload is parsed in the heavy-work pool and either every row is
 * inserted as staff-entered (channel `import`, one transaction) or none, with row-level errors.
 * Who: SKM paper forms are typed in by the government's coordinator or the unit's PIC (their units
 * only); perception interviews by the staff of the period's office.
 */
import type { SurveyProfileAnswers } from '../../../shared/contracts/surveys';
import { AppError, ConflictError, ForbiddenError } from '../../lib/errors';
import { insertResponse } from '../surveys/responses-insert';
import type { Actor } from '../../lib/reach';
import type { Executor } from '../../db/client';
import { asBuffer, runHeavy } from '../../workers/heavy';
import type { ImportIssueRow, ImportSpec } from './survey-import-parse';
import { periodInReach, type PeriodInReach } from './survey-results.access';
import { productNames } from './survey-results.repository';
import type { ReportFile } from './survey-report.service';

export class SurveyImportInvalid extends Error {
  constructor(readonly issues: ImportIssueRow[]) {
    super('survey import invalid');
  }
}

const SKM_COLLECTORS = new Set(['gov_coordinator', 'unit_pic']);
const OFFICE_COLLECTORS = new Set(['admin', 'oversight_head', 'assessor']);

async function collectable(db: Executor, actor: Actor, periodId: string): Promise<PeriodInReach> {
  const found = await periodInReach(db, actor, periodId);
  const allowed = found.period.kind === 'skm' ? SKM_COLLECTORS : OFFICE_COLLECTORS;
  if (!allowed.has(actor.role)) throw new ForbiddenError();
  return found;
}

async function specOf(db: Executor, found: PeriodInReach): Promise<ImportSpec> {
  const names = await productNames(
    db,
    found.units.flatMap((u) => u.productIds),
  );
  return {
    questions: found.period.instrument.questions.map((q) => q.code),
    profile: found.period.instrument.profile
      .filter((p) => p.options && p.options.length > 0)
      .map((p) => ({ code: p.code, options: p.options!.map((o) => o.code) })),
    units: found.units.map((u) => ({
      id: u.unitId,
      name: u.unitName,
      products: u.productIds.map((id) => ({ id, name: names.get(id) ?? id })),
    })),
  };
}

/** GET /api/survey-periods/:id/import-template.xlsx */
export async function importTemplate(db: Executor, actor: Actor, periodId: string): Promise<ReportFile> {
  const found = await collectable(db, actor, periodId);
  const bytes = await runHeavy('survey-import-template', await specOf(db, found));
  return {
    fileName: 'templat-impor-survei.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: asBuffer(bytes),
  };
}

/** POST /api/survey-periods/:id/import: every row or none (SurveyImportInvalid with the row errors). */
export async function importResponses(
  db: Executor,
  actor: Actor,
  periodId: string,
  buffer: Buffer,
): Promise<{ imported: number; errors: [] }> {
  const found = await collectable(db, actor, periodId);
  if (found.period.status === 'closed') throw new ConflictError('surveyImport.closed');
  const spec = await specOf(db, found);
  const parsed = await runHeavy('survey-import-parse', { bytes: new Uint8Array(buffer), spec });
  if (parsed.issues.length > 0) throw new SurveyImportInvalid(parsed.issues);
  // One transaction through the surveys module's one insert path: a row it refuses rolls back all.
  const imported = await db.transaction(async (tx) => {
    const refused: ImportIssueRow[] = [];
    for (const r of parsed.rows) {
      try {
        await insertResponse(tx, {
          periodId,
          unitId: r.unitId,
          productId: r.productId,
          answers: r.answers,
          profile: r.profile as SurveyProfileAnswers,
          suggestion: r.suggestion,
          channel: 'import',
          enteredBy: actor.id,
          deviceHash: null,
          slipId: null,
          startedAt: null,
        });
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        const fields = Object.entries(err.fields ?? {});
        if (fields.length === 0)
          refused.push({ row: r.row, field: '', message: err.messageKey, params: err.params });
        for (const [field, p] of fields)
          refused.push({ row: r.row, field, message: p.message, params: p.params });
      }
    }
    if (refused.length > 0) throw new SurveyImportInvalid(refused);
    return parsed.rows.length;
  });
  return { imported, errors: [] };
}
