/**
 * A standard's components as readable text (the history's before/after) and as canonical values
 * (which components a save changed). Pure; formatting only through shared/format.
 */
import type { StandardContent } from '../../../shared/contracts/standards';
import { REQUIREMENT_FORM_LABELS } from '../../../shared/contracts/standards';
import { formatNumber, formatRupiah } from '../../../shared/format/format';
import {
  CHANNEL_KIND_LABELS,
  DURATION_UNIT_LABELS,
  STANDARD_COMPONENT_KEYS,
  type StandardComponentKey,
} from '../../../shared/standards/components';

type Lang = 'id' | 'en';

/** JSON with object keys sorted (jsonb reorders keys, so stored and sent content compare by this). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** Absent, null, blank text and empty lists all mean "not written". */
function normalised(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  return value;
}

/** The components whose value differs between two contents. */
export function changedComponents(before: StandardContent, after: StandardContent): StandardComponentKey[] {
  return STANDARD_COMPONENT_KEYS.filter(
    (k) => canonical(normalised(before[k])) !== canonical(normalised(after[k])),
  );
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** One component as text a reader can compare, or null when it is not written. */
export function componentText(
  content: StandardContent,
  key: StandardComponentKey,
  lang: Lang,
): string | null {
  const lines = (list: string[]) => (list.length ? list.join('\n') : null);
  switch (key) {
    case 'persyaratan':
      return lines(
        (content.persyaratan ?? []).map((r) => {
          const form = lower(REQUIREMENT_FORM_LABELS[r.form][lang]);
          const count = r.count === null ? '' : `, ${formatNumber(r.count, lang)}`;
          const note = r.note ? ` (${r.note})` : '';
          return `${r.document} — ${form}${count}${note}`;
        }),
      );
    case 'prosedur':
      return lines(
        (content.prosedur ?? []).map((s, i) => `${i + 1}. ${s.title}${s.actor ? ` (${s.actor})` : ''}`),
      );
    case 'jangka_waktu': {
      const d = content.jangka_waktu;
      return d ? `${formatNumber(d.value, lang)} ${DURATION_UNIT_LABELS[d.unit][lang]}` : null;
    }
    case 'biaya': {
      const f = content.biaya;
      if (!f) return null;
      const out = f.free ? [lang === 'id' ? 'Gratis' : 'Free'] : [];
      for (const item of f.items) out.push(`${item.name}: ${formatRupiah(item.amount, lang)}`);
      if (f.legalBasis.trim()) out.push(`${lang === 'id' ? 'Dasar hukum' : 'Legal basis'}: ${f.legalBasis}`);
      return lines(out);
    }
    case 'produk':
      return lines(content.produk ?? []);
    case 'pengaduan':
      return lines(
        (content.pengaduan ?? []).map(
          (c) => `${CHANNEL_KIND_LABELS[c.kind][lang]}${c.detail ? `: ${c.detail}` : ''}`,
        ),
      );
    default: {
      const text = content[key];
      return typeof text === 'string' && text.trim() ? text : null;
    }
  }
}

/** Per-component before/after of the components that differ (the history between two versions). */
export function diffContents(before: StandardContent, after: StandardContent, lang: Lang) {
  return changedComponents(before, after).map((component) => ({
    component,
    before: componentText(before, component, lang),
    after: componentText(after, component, lang),
  }));
}
