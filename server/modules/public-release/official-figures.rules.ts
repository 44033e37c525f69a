/**
 * What an official figure must hold, per method (REFERENCE §1.1–1.4). Pure: the service turns the
 * problems into a 400 with field errors.
 *
 * - `zona` (2015–2021): the zone is required; a compliance score may go beside it; no A–E band,
 *   no opinion (those belong to later methods).
 * - `skor` (2022–2024): a score and/or a band A–E; when both are given the band must be the one
 *   the score falls in (the 2022–2024 bands: A 88–100, B 78–87.99, C 54–77.99, D 32–53.99,
 *   E 0–31.99), and a zone must be the band's zone; no opinion.
 * - `opini` (2025 on): the opinion as announced is required; a score or zone may go beside it;
 *   no A–E band.
 * A figure is for a year that has happened (not after the current year), in that year's method.
 */
import { findBand } from '../../../shared/scoring/bands';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import { methodOfYear, type PublicMethod } from '../../../shared/contracts/public-methods';
import type { OfficialFigureInput } from '../../../shared/contracts/public';
import type { FieldProblem } from '../../lib/errors';
import { getFramework } from '../../frameworks/framework-catalog';

export type FigureInput = Omit<OfficialFigureInput, 'year'>;

const bands2022 = () => getFramework('ombudsman-2022-2024')!.bands;

/**
 * The A–E band (and its zone) of a 2022–2024 score, from the framework's bands: closed intervals
 * on the score rounded half-up to 2 decimals (REFERENCE §10 rule 4), so 87.995 is A.
 */
export function bandOfScore(score: number): { code: string; zone: string } | null {
  const band = findBand(bands2022(), roundHalfUp(score, 2));
  return band ? { code: band.code, zone: band.zone } : null;
}

/** Field problems of a figure for `year`, judged at `currentYear`; empty when it may be saved. */
export function checkOfficialFigure(
  year: number,
  input: FigureInput,
  currentYear: number,
): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  if (year > currentYear) fields.year = { message: 'field.figureYearFuture', params: { year: currentYear } };
  const era = methodOfYear(year);
  const method: PublicMethod = input.method ?? era;
  if (method !== era) {
    fields.method = { message: 'field.figureMethodYear', params: { year, method: era } };
    return fields;
  }
  const has = (v: unknown) => v !== null && v !== undefined;
  const notHere = (name: 'band' | 'opinion' | 'zone') => {
    if (has(input[name])) fields[name] = { message: 'field.figureNotInMethod', params: { method } };
  };
  if (method === 'zona') {
    if (!has(input.zone)) fields.zone = { message: 'field.figureZoneNeeded' };
    notHere('band');
    notHere('opinion');
  } else if (method === 'skor') {
    if (!has(input.score) && !has(input.band)) fields.score = { message: 'field.figureScoreNeeded' };
    notHere('opinion');
    const fromScore = has(input.score) ? bandOfScore(input.score!) : null;
    if (fromScore && has(input.band) && input.band !== fromScore.code)
      fields.band = { message: 'field.figureBandMismatch', params: { band: fromScore.code } };
    const zoneOf = fromScore?.zone ?? (has(input.band) ? zoneOfBand(input.band!) : null);
    if (has(input.zone) && zoneOf && input.zone !== zoneOf)
      fields.zone = { message: 'field.figureZoneMismatch', params: { zone: zoneOf } };
  } else {
    if (!has(input.opinion)) fields.opinion = { message: 'field.figureOpinionNeeded' };
    notHere('band');
  }
  return fields;
}

function zoneOfBand(code: string): string | null {
  return bands2022().find((b) => b.code === code)?.zone ?? null;
}
