/**
 * Survey instruments as data (issue 16 §1), like frameworks: a versioned JSON file in
 * `instruments/`, validated at start. An instrument has questions with a fixed 1–4 scale (each
 * answer worded as the regulation words it), an optional open question, and the respondent profile
 * it asks. `kind` keeps the two surveys apart: the provider's SKM and the Ombudsman's perception
 * of maladministration.
 */
import { z } from 'zod';

const Localized = z.object({ id: z.string().min(1), en: z.string().min(1) });

export const INSTRUMENT_KINDS = ['skm', 'persepsi_maladministrasi'] as const;

export const InstrumentQuestionSchema = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9._-]*$/),
  /** The element (unsur) or indicator the question measures. */
  element: Localized,
  question: Localized,
  /** Exactly four answers, worst (1) to best (4). */
  answers: z.array(Localized).length(4),
  /** Marked where REFERENCE marks the item unconfirmed. */
  unconfirmed: z.boolean().optional(),
  source: z.string().optional(),
});

export const ProfileFieldSchema = z.object({
  code: z.enum(['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan', 'layanan']),
  label: Localized,
  /** Choices; `layanan` takes the unit's service products instead. */
  options: z.array(z.object({ code: z.string().min(1), label: Localized })).optional(),
});

export const InstrumentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    version: z.string().min(1),
    kind: z.enum(INSTRUMENT_KINDS),
    name: Localized,
    legalBasis: z.string().min(1),
    sources: z.array(z.string()).default([]),
    questions: z.array(InstrumentQuestionSchema).min(1),
    /** The open "saran" question, if any. */
    openQuestion: Localized.optional(),
    profile: z.array(ProfileFieldSchema).default([]),
  })
  .superRefine((inst, ctx) => {
    const seen = new Set<string>();
    inst.questions.forEach((q, i) => {
      if (seen.has(q.code))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'code'], message: `kode ganda ${q.code}` });
      seen.add(q.code);
    });
  });
export type Instrument = z.infer<typeof InstrumentSchema>;
