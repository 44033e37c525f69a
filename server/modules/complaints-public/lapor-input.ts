/**
 * The report form's flat field names (`identity.fullName`, `body.kind` …) → PublicReportInput, with
 * field-level messages in the page's language for everything that is wrong. Pure: no database.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { PublicReportInputSchema, type PublicReportInput } from '../../../shared/contracts/complaints';
import { t, zodIssueMessage, type Locale } from '../../lib/messages';
import { todayWib } from '../complaints/complaints.create';

/** Every text field of the form, in page order (what a refused form gives back). */
export const FORM_FIELDS = [
  'identity.fullName',
  'identity.birthPlace',
  'identity.birthDate',
  'identity.maritalStatus',
  'identity.occupation',
  'identity.address',
  'identity.nik',
  'identity.phone',
  'identity.email',
  'body.kind',
  'body.governmentId',
  'body.name',
  'body.regionCode',
  'subject',
  'description',
  'eventDate',
  'eventPlace',
  'priorEffort',
  'priorComplaintDate',
  'expectation',
  'confidential',
  'consent',
] as const;

/** The values to put back in the form: only the form's own fields, as typed. */
export function keptValues(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORM_FIELDS) if (fields[name]) out[name] = fields[name];
  return out;
}

const orUndefined = (s: string | undefined) => (s && s.trim() ? s : undefined);

export type ParsedReport =
  { ok: true; input: PublicReportInput } | { ok: false; errors: Record<string, string> };

/**
 * Validates the fields. `governmentName` is the registry name of the picked government (the
 * body's name when the citizen typed none).
 */
export function parseReport(
  fields: Record<string, string>,
  locale: Locale,
  governmentName: string | undefined,
): ParsedReport {
  const governmentId = orUndefined(fields['body.governmentId']);
  const candidate = {
    identity: {
      fullName: fields['identity.fullName'] ?? '',
      birthPlace: fields['identity.birthPlace'] ?? '',
      birthDate: fields['identity.birthDate'] ?? '',
      maritalStatus: fields['identity.maritalStatus'] ?? '',
      occupation: fields['identity.occupation'] ?? '',
      address: fields['identity.address'] ?? '',
      nik: fields['identity.nik'] ?? '',
      phone: fields['identity.phone'] ?? '',
      email: fields['identity.email'] ?? '',
    },
    body: {
      kind: fields['body.kind'] ?? '',
      name: orUndefined(fields['body.name']) ?? governmentName ?? '',
      governmentId,
      regionCode: orUndefined(fields['body.regionCode']),
    },
    subject: fields.subject ?? '',
    description: fields.description ?? '',
    eventDate: orUndefined(fields.eventDate),
    eventPlace: fields.eventPlace ?? '',
    priorEffort: fields.priorEffort ?? '',
    priorComplaintDate: orUndefined(fields.priorComplaintDate),
    expectation: fields.expectation ?? '',
    confidential: fields.confidential === 'on',
    consent: fields.consent === 'on',
    submissionKey: fields.submissionKey ?? '',
  };
  const errors: Record<string, string> = {};
  if (governmentId && !governmentName) errors['body.governmentId'] = t('field.invalid', locale);
  const parsed = PublicReportInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      if (!errors[name]) errors[name] = zodIssueMessage(issue as $ZodIssue, locale);
    }
  }
  const today = todayWib();
  for (const name of ['identity.birthDate', 'eventDate', 'priorComplaintDate'] as const) {
    const value = fields[name];
    if (value && value > today && !errors[name]) errors[name] = t('field.date', locale);
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
