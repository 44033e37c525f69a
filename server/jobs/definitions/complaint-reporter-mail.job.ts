import { z } from 'zod';
import { COMPLAINT_STAGES, CLOSURE_LABELS, STAGE_LABELS } from '../../../shared/complaints/stages';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import { decryptJson, identityKeysOf } from '../../lib/identity-crypto';
import { caseForClocks } from '../../modules/complaints/deadlines.repository';
import { ConflictError } from '../../lib/errors';
import { sendMail } from '../../modules/notifications/mailer';
import { defineJob, PermanentJobError } from '../job-definition';

/**
 * One e-mail to a reporter about a visible event of their case (issue 14 part 11): the new stage
 * (and the closure's reason), or that the office wrote a message, with the link to the status page.
 * Never the case's text, never the identity beyond the address it goes to. The address is
 * decrypted here only; a reporter without one, or whose personal data was erased, gets nothing.
 */
export const complaintReporterMailJob = defineJob({
  name: 'complaint-reporter-mail',
  payload: z.discriminatedUnion('kind', [
    z.object({ complaintId: z.uuid(), kind: z.literal('tahap'), stage: z.enum(COMPLAINT_STAGES) }),
    z.object({ complaintId: z.uuid(), kind: z.literal('pesan') }),
  ]),
  maxAttempts: 6,
  async run({ database, config }, payload) {
    const c = await caseForClocks(database.db, payload.complaintId);
    if (!c?.identityCipher || c.personalErasedAt) return;
    let email: string | undefined;
    try {
      email = decryptJson<PartialIdentity>(identityKeysOf(config), c.identityCipher).email;
    } catch (err) {
      // Sealed under another key (a restored database without its key): every retry would fail alike.
      if (err instanceof ConflictError) throw new PermanentJobError(err.message);
      throw err;
    }
    if (!email) return;
    const link = `${config.publicUrl}/publik/lapor/status`;
    const id: string[] = [];
    const en: string[] = [];
    if (payload.kind === 'tahap') {
      id.push(`Laporan Anda nomor ${c.trackingNumber} kini pada tahap: ${STAGE_LABELS[payload.stage].id}.`);
      en.push(`Your report ${c.trackingNumber} is now at the stage: ${STAGE_LABELS[payload.stage].en}.`);
      const reason = payload.stage === 'selesai' && c.closureReason ? CLOSURE_LABELS[c.closureReason] : null;
      if (reason) {
        id.push(`Laporan ditutup: ${reason.id}.`);
        en.push(`The report was closed: ${reason.en}.`);
      }
    } else {
      id.push(`Petugas Ombudsman mengirim pesan baru tentang laporan Anda nomor ${c.trackingNumber}.`);
      en.push(`The Ombudsman's officer sent a new message about your report ${c.trackingNumber}.`);
    }
    const text = [
      'Yth. Pelapor,',
      '',
      ...id,
      `Lihat status, tenggat dan pesan petugas di ${link} dengan nomor laporan dan PIN Anda.`,
      'E-mail ini dikirim otomatis; mohon tidak membalasnya.',
      '',
      '---',
      ...en,
      `See the status, deadlines and messages at ${link} with your report number and PIN.`,
      '',
    ].join('\n');
    await sendMail(config, {
      to: email,
      subject: `[Ombudsman RI] Perkembangan laporan ${c.trackingNumber}`,
      text,
    });
  },
});
