/**
 * Notifications: the kinds, their templates in Bahasa Indonesia and English (one text for the inbox
 * and the e-mail), the inbox and settings contracts, and the query keys of the web feature.
 */
import { z } from 'zod';

export const NOTIFICATION_KINDS = [
  'self.closing',
  'self.closingGovernment',
  'verify.pending',
  'appeal.open',
  'internal.scheduled',
  'internal.selfClosing',
  'internal.selfClosingGovernment',
  'internal.verifyPending',
  // complaints: deadlines (issue 14) — no reporter identity in any of these texts
  'complaint.dueSoon',
  'complaint.overdue',
  'complaint.formalLapsed',
  'complaint.correctiveLapsed',
  'complaint.assigned',
  'complaintLetter.received',
  'complaintLetter.replied',
  // service standards (issue 15)
  'standard.submitted',
  'standard.returned',
  'standard.set',
  // follow-up backlog (issue 17): before the due date to the owner, after it to the coordinator, then the issuer
  'followup.dueSoon',
  'followup.overdue',
  'followup.escalated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Template parameters (all strings or numbers, already formatted where they are dates). */
export type NotificationParams = Record<string, string | number>;

type Template = { title: string; body: string };
type Lang = 'id' | 'en';

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
function fill(text: string, params: NotificationParams): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

const TEMPLATES: Record<NotificationKind, Record<Lang, Template>> = {
  'self.closing': {
    id: {
      title: 'Penilaian mandiri {unit} ditutup {daysText}',
      body: 'Penilaian mandiri {cycle} untuk {unit} ({government}) ditutup pada {deadline}. {answered} dari {total} butir sudah dijawab. Lengkapi dan kirim sebelum batas waktu.',
    },
    en: {
      title: 'Self-assessment of {unit} closes {daysTextEn}',
      body: 'The self-assessment {cycle} for {unit} ({government}) closes on {deadlineEn}. {answered} of {total} items are answered. Complete and submit it before the deadline.',
    },
  },
  'self.closingGovernment': {
    id: {
      title: '{pending} unit belum mengirim penilaian mandiri',
      body: 'Penilaian mandiri {cycle} untuk {government} ditutup pada {deadline} ({daysText}). {pending} dari {units} unit belum mengirim. Ingatkan PIC unit tersebut.',
    },
    en: {
      title: '{pending} units have not submitted their self-assessment',
      body: 'The self-assessment {cycle} for {government} closes on {deadlineEn} ({daysTextEn}). {pending} of {units} units have not submitted. Remind their PICs.',
    },
  },
  'verify.pending': {
    id: {
      title: '{pending} butir {government} belum diverifikasi',
      body: 'Verifikasi {cycle} untuk {government} berakhir pada {deadline} ({daysText}). {pending} butir yang dijawab belum diverifikasi.',
    },
    en: {
      title: '{pending} items of {government} are not verified yet',
      body: 'Verification {cycle} for {government} ends on {deadlineEn} ({daysTextEn}). {pending} answered items are not verified yet.',
    },
  },
  'appeal.open': {
    id: {
      title: 'Masa banding {cycle} dibuka',
      body: 'Nilai hasil verifikasi {government} dapat dilihat dan dibanding sampai {deadline}. Periksa butir yang nilainya diubah asesor.',
    },
    en: {
      title: 'The appeal window of {cycle} is open',
      body: 'The verified values of {government} can be seen and appealed until {deadlineEn}. Check the items whose values the assessor changed.',
    },
  },
  // Internal cycles (penilaian mandiri run by the government, issue 12): `{daysText}` counts working days.
  'internal.scheduled': {
    id: {
      title: 'Jadwal penilaian mandiri {unit} {daysText}',
      body: 'Rencana kerja {cycle} ({government}) menjadwalkan tim Inspektorat di {unit} pada {deadline}. {answered} dari {total} butir sudah dijawab, {verified} sudah diverifikasi.',
    },
    en: {
      title: 'Self-assessment visit to {unit} {daysTextEn}',
      body: 'The work plan of {cycle} ({government}) schedules the Inspektorat team at {unit} on {deadlineEn}. {answered} of {total} items are answered, {verified} verified.',
    },
  },
  'internal.selfClosing': {
    id: {
      title: 'Penilaian mandiri {unit} ditutup {daysText}',
      body: 'Penilaian mandiri internal {cycle} ({government}) untuk {unit} ditutup pada {deadline}. {answered} dari {total} butir sudah dijawab. Lengkapi dan kirim sebelum batas waktu.',
    },
    en: {
      title: 'Self-assessment of {unit} closes {daysTextEn}',
      body: 'The internal self-assessment {cycle} ({government}) for {unit} closes on {deadlineEn}. {answered} of {total} items are answered. Complete and submit it before the deadline.',
    },
  },
  'internal.selfClosingGovernment': {
    id: {
      title: '{pending} unit belum mengirim penilaian mandiri internal',
      body: 'Penilaian mandiri internal {cycle} ({government}) ditutup pada {deadline} ({daysText}). {pending} dari {units} unit belum mengirim: {names}.',
    },
    en: {
      title: '{pending} units have not submitted the internal self-assessment',
      body: 'The internal self-assessment {cycle} ({government}) closes on {deadlineEn} ({daysTextEn}). {pending} of {units} units have not submitted: {names}.',
    },
  },
  'internal.verifyPending': {
    id: {
      title: '{pending} butir {unit} menunggu verifikasi',
      body: 'Verifikasi internal {cycle} ({government}) berakhir pada {deadline} ({daysText}). {pending} butir yang dijawab {unit} belum diverifikasi.',
    },
    en: {
      title: '{pending} items of {unit} await verification',
      body: 'The internal verification of {cycle} ({government}) ends on {deadlineEn} ({daysTextEn}). {pending} answered items of {unit} are not verified yet.',
    },
  },
  // Complaints (issue 14): a case's clocks. Only the tracking number and the clock, never the reporter.
  'complaint.dueSoon': {
    id: {
      title: 'Tenggat {clock} laporan {tracking}: {deadline}',
      body: 'Tenggat "{clock}" untuk laporan {tracking} jatuh pada {deadline}. Selesaikan tahap ini, atau catat jeda bila laporan menunggu pelapor atau terlapor.',
    },
    en: {
      title: 'Deadline {clockEn} of report {tracking}: {deadlineEn}',
      body: 'The deadline "{clockEn}" of report {tracking} falls on {deadlineEn}. Complete this stage, or record a pause if the report waits on the reporter or the reported body.',
    },
  },
  'complaint.overdue': {
    id: {
      title: 'Tenggat {clock} laporan {tracking} terlewat',
      body: 'Tenggat "{clock}" untuk laporan {tracking} jatuh pada {deadline} dan sudah lewat. Laporan ditandai terlambat.',
    },
    en: {
      title: 'Deadline {clockEn} of report {tracking} missed',
      body: 'The deadline "{clockEn}" of report {tracking} fell on {deadlineEn} and has passed. The report is flagged overdue.',
    },
  },
  'complaint.formalLapsed': {
    id: {
      title: 'Batas kelengkapan laporan {tracking} berakhir',
      body: 'Pelapor tidak melengkapi syarat formil laporan {tracking} sampai {deadline}. Bila berkas memang belum lengkap, tutup laporan dengan tindakan "Tutup: tidak lengkap"; pelapor akan diberi tahu.',
    },
    en: {
      title: 'The completion window of report {tracking} has ended',
      body: 'The reporter did not complete the formal requirements of report {tracking} by {deadlineEn}. If the file is indeed incomplete, close the report with the action "Close: incomplete"; the reporter will be told.',
    },
  },
  'complaint.correctiveLapsed': {
    id: {
      title: 'Tindakan korektif laporan {tracking} belum ditindaklanjuti',
      body: 'Tindakan korektif laporan {tracking} tidak ditindaklanjuti dalam {days} sampai {deadline}. Pindahkan laporan ke Resolusi dan Monitoring (PO 58/2023 Pasal 54).',
    },
    en: {
      title: 'Corrective actions of report {tracking} not followed up',
      body: 'The corrective actions of report {tracking} were not followed up within {daysEn} by {deadlineEn}. Move the report to Resolution and Monitoring (PO 58/2023 Article 54).',
    },
  },
  'complaint.assigned': {
    id: {
      title: 'Anda ditugaskan pada laporan {tracking}',
      body: '{by} menugaskan Anda {role} laporan {tracking} (tahap {stage}). Buka laporan untuk melihat tenggat dan tindakan berikutnya.',
    },
    en: {
      title: 'You are assigned to report {tracking}',
      body: '{by} assigned you {roleEn} report {tracking} (stage {stageEn}). Open the report to see its deadlines and next actions.',
    },
  },
  // complaints: letters — the addressed body's coordinators, and the officer who sent the letter.
  'complaintLetter.received': {
    id: {
      title: 'Surat Ombudsman {number}',
      body: '{office} mengirim surat {number} perihal "{subject}" kepada {government}. Mohon dibalas paling lambat {due}.',
    },
    en: {
      title: 'Ombudsman letter {number}',
      body: '{office} sent letter {number} on "{subject}" to {government}. Please reply by {dueEn}.',
    },
  },
  'complaintLetter.replied': {
    id: {
      title: 'Balasan surat {number} diterima',
      body: '{government} membalas surat {number} perihal "{subject}".',
    },
    en: {
      title: 'Reply to letter {number} received',
      body: '{government} answered letter {number} on "{subject}".',
    },
  },
  // service standards: the coordinators when a unit submits; the unit's PICs when returned or set.
  'standard.submitted': {
    id: {
      title: 'Standar pelayanan {product} diajukan',
      body: '{by} mengajukan draf versi {version} standar pelayanan {product} ({unit}) untuk ditetapkan.',
    },
    en: {
      title: 'Service standard of {product} submitted',
      body: '{by} submitted draft version {version} of the service standard of {product} ({unit}) to be set.',
    },
  },
  'standard.returned': {
    id: {
      title: 'Draf standar pelayanan {product} dikembalikan',
      body: '{by} mengembalikan draf versi {version} standar pelayanan {product} ({unit}) dengan catatan: {note}',
    },
    en: {
      title: 'Draft service standard of {product} returned',
      body: '{by} returned draft version {version} of the service standard of {product} ({unit}) with a note: {note}',
    },
  },
  'standard.set': {
    id: {
      title: 'Standar pelayanan {product} ditetapkan',
      body: '{by} menetapkan versi {version} standar pelayanan {product} ({unit}) dengan SK {sk}.',
    },
    en: {
      title: 'Service standard of {product} set',
      body: '{by} set version {version} of the service standard of {product} ({unit}) by decree {sk}.',
    },
  },
  'followup.dueSoon': {
    id: {
      title: 'Tindak lanjut jatuh tempo {daysText}: {kindLabel}',
      body: '{kindLabel} untuk {addressee} ({government}): "{action}". Batas waktunya {deadline}. Lampirkan bukti dan kirim jawaban sebelum batas waktu.',
    },
    en: {
      title: 'Follow-up due {daysTextEn}: {kindLabelEn}',
      body: '{kindLabelEn} for {addressee} ({government}): "{action}". It is due on {deadlineEn}. Attach the evidence and send the answer before the deadline.',
    },
  },
  'followup.overdue': {
    id: {
      title: 'Tindak lanjut {government} melewati batas waktu',
      body: '{kindLabel} untuk {addressee}: "{action}" jatuh tempo {deadline} dan belum dikirim ke penerbitnya. Tetapkan PIC-nya atau kirim jawabannya.',
    },
    en: {
      title: 'A follow-up of {government} is overdue',
      body: '{kindLabelEn} for {addressee}: "{action}" was due on {deadlineEn} and has not been sent to its issuer. Assign a PIC or send the answer.',
    },
  },
  'followup.escalated': {
    id: {
      title: 'Tindak lanjut {government} terlambat {days} hari',
      body: '{kindLabel} yang Anda terbitkan untuk {addressee} ({government}): "{action}" jatuh tempo {deadline} dan belum dijawab. Tindak lanjuti dengan koordinator pemerintah tersebut.',
    },
    en: {
      title: 'A follow-up of {government} is {days} days late',
      body: 'The {kindLabelEn} you issued to {addressee} ({government}): "{action}" was due on {deadlineEn} and has not been answered. Take it up with the government\'s coordinator.',
    },
  },
};

/** The notification's title and body in the reader's language. */
export function renderNotification(kind: string, params: NotificationParams, lang: Lang): Template {
  const t = TEMPLATES[kind as NotificationKind]?.[lang];
  if (!t) return { title: kind, body: '' };
  return { title: fill(t.title, params), body: fill(t.body, params) };
}

export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof NotificationSchema>;

export const InboxQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The createdAt|id of the last item of the previous page. */
  cursor: z.string().max(100).optional(),
});

export const InboxSchema = z.object({
  unread: z.number(),
  items: z.array(NotificationSchema),
  nextCursor: z.string().nullable(),
});
export type Inbox = z.infer<typeof InboxSchema>;

export const NotificationIdParamsSchema = z.object({ id: z.uuid() });

/** POST /notifications/read-all: how many were unread. */
export const ReadAllResultSchema = z.object({ marked: z.number() });
export type ReadAllResult = z.infer<typeof ReadAllResultSchema>;

export const NotificationSettingSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  inApp: z.boolean(),
  email: z.boolean(),
});
export const NotificationSettingsSchema = z.object({ items: z.array(NotificationSettingSchema) });
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const MailOutboxSchema = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      size: z.number(),
      createdAt: z.string(),
      to: z.string(),
      subject: z.string(),
    }),
  ),
});
export type MailOutbox = z.infer<typeof MailOutboxSchema>;

/** GET /mail-outbox/:name: one written e-mail by its file name. */
export const MailOutboxParamsSchema = z.object({ name: z.string().max(80) });

export const notificationKeys = {
  all: ['notifications'] as const,
  inbox: (unreadOnly: boolean) => ['notifications', 'inbox', unreadOnly] as const,
  settings: ['notifications', 'settings'] as const,
  outbox: ['notifications', 'outbox'] as const,
};

/**
 * A click-to-chat WhatsApp link (wa.me) with a prepared message, for a phone number written the
 * Indonesian ways (0812…, +62 812…, 62812…, 812…); null when it is not a plausible number.
 */
export function whatsappLink(phone: string | null | undefined, text: string): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  if (!/^62\d{8,13}$/.test(digits)) return null;
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}
