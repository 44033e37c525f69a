/**
 * The tasks the heavy-work pool runs (server/lib/worker-pool.ts): each takes plain data that the
 * main thread read from the database and returns bytes or a small result. Nothing here opens the
 * database: on PGlite a worker could not share the engine, and the reads are not the slow part.
 */
import type { InternalReport } from '../../shared/contracts/assessments-internal-results';
import type { FullRapor, RaporShortfall } from '../../shared/contracts/rapor';
import { scoreBatch } from '../modules/assessments/results/scoring.task';
import { parseImport } from '../modules/imports/import-task';
import { renderInternalReportPdf } from '../modules/reports/internal-report-pdf';
import { renderInternalReportXlsx } from '../modules/reports/internal-report-xlsx';
import { renderLetterPdf, type LetterPdfInput } from '../modules/complaint-letters/letter-pdf';
import { renderFollowupLetterPdf, renderFollowupReportPdf } from '../modules/followup-reports/followup-pdf';
import { renderFollowupXlsx } from '../modules/followup-reports/followup-xlsx';
import { renderRaporPdf, type RaporPdfInput } from '../modules/reports/rapor-pdf';
import { renderBoardPdf, type BoardPdfInput } from '../modules/standards-public/board-pdf';
import { renderRaporXlsx } from '../modules/reports/rapor-xlsx';
import { renderSlipSheetPdf, type SlipSheetInput } from '../modules/surveys/slip-sheet-pdf';
import { writeResultsFile } from '../modules/reports/results-file';
import { parseStandardsXlsx, renderStandardsXlsx } from '../modules/standards-import/standards-workbook';
import {
  renderSurveyReportPdf,
  renderSurveyReportXlsx,
} from '../modules/survey-results/survey-report-render';
import { parseSurveyImport, renderSurveyImportTemplate } from '../modules/survey-results/survey-import-parse';

export const heavyTasks = {
  'rapor-pdf': (rapor: RaporPdfInput): Promise<Uint8Array> => renderRaporPdf(rapor),
  'rapor-xlsx': (input: { rapor: FullRapor; shortfalls?: RaporShortfall[] }): Promise<Uint8Array> =>
    renderRaporXlsx(input.rapor, input.shortfalls),
  'internal-report-pdf': (report: InternalReport): Promise<Uint8Array> => renderInternalReportPdf(report),
  'internal-report-xlsx': (report: InternalReport): Promise<Uint8Array> => renderInternalReportXlsx(report),
  'letter-pdf': (letter: LetterPdfInput): Promise<Uint8Array> => renderLetterPdf(letter),
  'standard-board-pdf': (board: BoardPdfInput): Promise<Uint8Array> => renderBoardPdf(board),
  'survey-slips-pdf': (sheet: SlipSheetInput): Promise<Uint8Array> => renderSlipSheetPdf(sheet),
  'results-file': writeResultsFile,
  'import-parse': parseImport,
  'score-batch': scoreBatch,
  'standards-xlsx': renderStandardsXlsx,
  'standards-parse': parseStandardsXlsx,
  'survey-report-pdf': renderSurveyReportPdf,
  'survey-report-xlsx': renderSurveyReportXlsx,
  'survey-import-parse': parseSurveyImport,
  'survey-import-template': renderSurveyImportTemplate,
  'followup-xlsx': renderFollowupXlsx,
  'followup-report-pdf': renderFollowupReportPdf,
  'followup-letter-pdf': renderFollowupLetterPdf,
};

export type HeavyTasks = typeof heavyTasks;
