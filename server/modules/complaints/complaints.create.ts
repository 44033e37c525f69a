/**
 * A new case, from the public form (channel `web`) or recorded by office staff (walk-in, phone,
 * letter, e-mail, WhatsApp, field). One transaction: the case with its sealed identity and keyed
 * hash, its first clock (verification, or RCO), its first history line, the uncategorised form.
 * The reporter gets a tracking number and a PIN; the PIN is stored only as a hash. A double submit
 * of the public form (same one-time submission key) returns the first case — but never its PIN
 * again: the second answer says so (`repeated`).
 */
import { DEFAULT_DEADLINE_RULES, ruleOf, type DeadlineRule } from '../../../shared/complaints/deadline-rules';
import { UNCATEGORISED_FORM } from '../../../shared/complaints/forms';
import type { Pause } from '../../../shared/calendar/workdays';
import { todayIn } from '../../../shared/format/format';
import type { ComplaintChannel, ComplaintTrack } from '../../../shared/complaints/stages';
import type { PartialIdentity, ReportedBody } from '../../../shared/contracts/complaints';
import type { Executor } from '../../db/client';
import {
  encryptJson,
  hashPin,
  keyedHash,
  newPin,
  newTrackingNumber,
  type IdentityKeys,
} from '../../lib/identity-crypto';
import { ValidationError } from '../../lib/errors';
import { inTransaction } from '../../lib/transaction';
import { workingDaysService } from '../calendar/calendar.service';
import { currentRuleSet } from './complaints.sync';
import * as repo from './complaints.repository';

export interface NewReport {
  identity: PartialIdentity;
  body: ReportedBody;
  subject: string;
  description: string;
  eventDate?: string;
  eventPlace?: string;
  priorEffort?: string;
  priorComplaintDate?: string;
  expectation?: string;
  confidential: boolean;
  consent: boolean;
  channel: ComplaintChannel;
  track?: ComplaintTrack;
  /** The day it was received (staff recording a letter that came last week); default today. */
  receivedOn?: string;
  submissionKey?: string;
  /** The officer who recorded it; undefined for the public form. */
  createdBy?: string;
}

export interface CreatedReport {
  id: string;
  trackingNumber: string;
  /** Undefined when `repeated`: the PIN was shown with the first answer only. */
  pin?: string;
  officeId: string;
  officeName: string;
  repeated: boolean;
}

/** Today in WIB as YYYY-MM-DD (the offices' dates; the deadline tests pass their own). */
export function todayWib(now = new Date()): string {
  return todayIn('WIB', now);
}

/** The keyed hash that finds the same reporter again: the NIK, else name + date of birth. */
export function identityHashOf(keys: IdentityKeys, identity: PartialIdentity): string | null {
  if (identity.nik) return keyedHash(keys, ['nik', identity.nik]);
  if (identity.birthDate) return keyedHash(keys, ['nama', identity.fullName, identity.birthDate]);
  return null;
}

/** Where the case goes: the linked government's office, else the office of the body's province. */
async function route(db: Executor, body: ReportedBody) {
  if (body.governmentId) {
    const gov = await repo.bodyGovernment(db, body.governmentId, body.unitId);
    if (!gov) throw new ValidationError({ 'body.governmentId': { message: 'field.invalid' } });
    return {
      officeId: gov.officeId,
      governmentId: gov.id,
      unitId: gov.unit?.id ?? null,
      regionCode: gov.regionCode,
    };
  }
  if (body.unitId) throw new ValidationError({ 'body.unitId': { message: 'field.invalid' } });
  const office = await repo.officeForProvince(db, body.regionCode?.slice(0, 2));
  if (!office) throw new ValidationError({ 'body.regionCode': { message: 'field.noCoveringOffice' } });
  return { officeId: office.id, governmentId: null, unitId: null, regionCode: body.regionCode ?? null };
}

/** The due date of `rule` counted from `from` in the province's calendar (pauses skipped). */
export async function dueOf(
  db: Executor,
  rule: DeadlineRule,
  from: string,
  provinceCode: string | null,
  pauses: Pause[] = [],
): Promise<string> {
  const d = await workingDaysService.addDays(db, {
    from,
    add: rule.days,
    unit: rule.unit,
    provinceCode,
    pauses,
  });
  return d.due;
}

export async function createReport(
  db: Executor,
  keys: IdentityKeys,
  input: NewReport,
): Promise<CreatedReport> {
  return inTransaction(db, async (tx) => {
    if (input.submissionKey) {
      const first = await repo.findBySubmissionKey(tx, input.submissionKey);
      if (first) {
        return {
          id: first.id,
          trackingNumber: first.trackingNumber,
          officeId: first.officeId,
          officeName: await repo.officeName(tx, first.officeId),
          repeated: true,
        };
      }
    }
    const where = await route(tx, input.body);
    const ruleSet = await currentRuleSet(tx);
    const rules = ruleSet.rules.length ? ruleSet.rules : [...DEFAULT_DEADLINE_RULES];
    const receivedOn = input.receivedOn ?? todayWib();
    const pin = newPin();
    const track = input.track ?? 'reguler';
    const stage = track === 'rco' ? 'rco' : 'penerimaan';
    const row = await repo.insertComplaint(tx, {
      trackingNumber: newTrackingNumber(Number(receivedOn.slice(0, 4))),
      pinHash: hashPin(pin),
      officeId: where.officeId,
      stage,
      track,
      channel: input.channel,
      receivedAt: input.receivedOn ? new Date(`${input.receivedOn}T05:00:00Z`) : new Date(),
      ruleSetId: ruleSet.id,
      submissionKey: input.submissionKey ?? null,
      identityCipher: encryptJson(keys, input.identity),
      identityHash: identityHashOf(keys, input.identity),
      confidential: input.confidential,
      consentAt: input.consent ? new Date() : null,
      bodyKind: input.body.kind,
      bodyName: input.body.name,
      bodyGovernmentId: where.governmentId,
      bodyUnitId: where.unitId,
      bodyRegionCode: where.regionCode,
      subject: input.subject,
      description: input.description,
      eventDate: input.eventDate ?? null,
      eventPlace: input.eventPlace ?? null,
      priorEffort: input.priorEffort ?? null,
      priorComplaintDate: input.priorComplaintDate ?? null,
      expectation: input.expectation ?? null,
      createdBy: input.createdBy ?? null,
    });
    await repo.insertForms(tx, row.id, [UNCATEGORISED_FORM]);
    const rule = ruleOf(rules, track === 'rco' ? 'rco' : 'verifikasi');
    await repo.insertDeadline(tx, {
      complaintId: row.id,
      key: rule.key,
      startedOn: receivedOn,
      days: rule.days,
      unit: rule.unit,
      dueOn: await dueOf(tx, rule, receivedOn, where.regionCode?.slice(0, 2) ?? null),
    });
    await repo.insertEvent(tx, {
      complaintId: row.id,
      actorId: input.createdBy ?? null,
      actorKind: input.createdBy ? 'petugas' : 'pelapor',
      action: 'diterima',
      toStage: stage,
      data: { channel: input.channel },
      visibleToReporter: true,
    });
    return {
      id: row.id,
      trackingNumber: row.trackingNumber,
      pin,
      officeId: where.officeId,
      officeName: await repo.officeName(tx, where.officeId),
      repeated: false,
    };
  });
}
