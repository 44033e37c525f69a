/**
 * The staff report form's state and the request it sends (StaffReportInputSchema): empty optional
 * fields are left out, so the server validates only what the officer typed.
 */
import type { BodyKind, ComplaintChannel, MaritalStatus } from '../../../../shared/complaints/stages';
import type { StaffReportInput } from '../../../../shared/contracts/complaints';
import type { GovernmentType } from '../../../../shared/contracts/enums';

export interface IdentityDraft {
  fullName: string;
  birthPlace: string;
  birthDate: string;
  maritalStatus: MaritalStatus | '';
  occupation: string;
  address: string;
  nik: string;
  phone: string;
  email: string;
}

export interface BodyDraft {
  kind: BodyKind;
  name: string;
  governmentId: string | null;
  regionCode: string | null;
}

export interface ReportDraft {
  channel: Exclude<ComplaintChannel, 'web'>;
  receivedOn: string;
  rco: boolean;
  identity: IdentityDraft;
  body: BodyDraft;
  subject: string;
  description: string;
  eventDate: string;
  eventPlace: string;
  priorEffort: string;
  priorComplaintDate: string;
  expectation: string;
  confidential: boolean;
}

export function emptyDraft(today: string): ReportDraft {
  return {
    channel: 'datang_langsung',
    receivedOn: today,
    rco: false,
    identity: {
      fullName: '',
      birthPlace: '',
      birthDate: '',
      maritalStatus: '',
      occupation: '',
      address: '',
      nik: '',
      phone: '',
      email: '',
    },
    body: { kind: 'pemda', name: '', governmentId: null, regionCode: null },
    subject: '',
    description: '',
    eventDate: '',
    eventPlace: '',
    priorEffort: '',
    priorComplaintDate: '',
    expectation: '',
    confidential: false,
  };
}

/** A registry government's kind as a reported body. */
export function bodyKindOf(type: GovernmentType): BodyKind {
  return type === 'kementerian' || type === 'lembaga' ? 'kementerian_lembaga' : 'pemda';
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** The request body: what the officer typed, empty optional fields left out. */
export function toStaffInput(d: ReportDraft): StaffReportInput {
  const i = d.identity;
  return {
    channel: d.channel,
    receivedOn: opt(d.receivedOn),
    track: d.rco ? 'rco' : 'reguler',
    consent: true,
    identity: {
      fullName: i.fullName,
      birthPlace: opt(i.birthPlace),
      birthDate: opt(i.birthDate),
      maritalStatus: i.maritalStatus || undefined,
      occupation: opt(i.occupation),
      address: opt(i.address),
      nik: opt(i.nik),
      phone: opt(i.phone),
      email: opt(i.email),
    },
    body: {
      kind: d.body.kind,
      name: d.body.name,
      governmentId: d.body.governmentId ?? undefined,
      regionCode: d.body.regionCode ?? undefined,
    },
    subject: d.subject,
    description: d.description,
    eventDate: opt(d.eventDate),
    eventPlace: opt(d.eventPlace),
    priorEffort: opt(d.priorEffort),
    priorComplaintDate: opt(d.priorComplaintDate),
    expectation: opt(d.expectation),
    confidential: d.confidential,
  };
}

/** The attachment kind a channel's original usually is: the letter, the chat export. */
export function originalKindOf(channel: ComplaintChannel) {
  if (channel === 'surat') return 'surat_laporan' as const;
  if (channel === 'whatsapp') return 'ekspor_chat' as const;
  return 'lainnya' as const;
}
