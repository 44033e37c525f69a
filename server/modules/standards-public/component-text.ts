/**
 * A standard's components as plain lines in a language — what the service page and the A3 board
 * both show. Pure (no I/O, no markup); numbers, durations and rupiah through shared/format.
 */
import { REQUIREMENT_FORM_LABELS, type StandardContent } from '../../../shared/contracts/standards';
import { formatNumber, formatRupiah } from '../../../shared/format/format';
import {
  CHANNEL_KIND_LABELS,
  DURATION_UNIT_LABELS,
  STANDARD_COMPONENTS,
  type StandardComponentKey,
  type StandardComponentMeta,
} from '../../../shared/standards/components';
import { tp, type PublicLang } from '../public/public-i18n';
import './catalog-i18n';

export interface ComponentText {
  key: StandardComponentKey;
  number: number;
  label: string;
  group: StandardComponentMeta['group'];
  /** `ordered`: numbered steps; `list`: bullets; `text`: paragraphs. */
  kind: 'ordered' | 'list' | 'text';
  lines: string[];
  /** A line under the list (the fee's legal basis). */
  note: string | null;
}

/** "14 hari kerja" / "14 working days". */
export function durationText(d: { value: number; unit: string }, lang: PublicLang): string {
  const unit = DURATION_UNIT_LABELS[d.unit as keyof typeof DURATION_UNIT_LABELS];
  return `${formatNumber(d.value, lang)} ${unit ? unit[lang] : d.unit}`;
}

function linesOf(
  key: StandardComponentKey,
  c: StandardContent,
  lang: PublicLang,
): Omit<ComponentText, 'key' | 'number' | 'label' | 'group'> | null {
  switch (key) {
    case 'persyaratan': {
      const items = c.persyaratan ?? [];
      if (items.length === 0) return null;
      return {
        kind: 'list',
        lines: items.map((r) => {
          const parts = [REQUIREMENT_FORM_LABELS[r.form][lang]];
          if (r.count !== null) parts.push(tp(lang, 'sp.count.n', { count: formatNumber(r.count, lang) }));
          return `${r.document} — ${parts.join(', ')}${r.note ? ` (${r.note})` : ''}`;
        }),
        note: null,
      };
    }
    case 'prosedur': {
      const steps = c.prosedur ?? [];
      if (steps.length === 0) return null;
      return {
        kind: 'ordered',
        lines: steps.map((s) => (s.actor ? `${s.title} (${s.actor})` : s.title)),
        note: null,
      };
    }
    case 'jangka_waktu':
      return c.jangka_waktu
        ? { kind: 'text', lines: [durationText(c.jangka_waktu, lang)], note: null }
        : null;
    case 'biaya': {
      const b = c.biaya;
      if (!b) return null;
      const lines =
        b.free || b.items.length === 0
          ? [tp(lang, 'sp.free')]
          : b.items.map((i) => `${i.name}: ${formatRupiah(i.amount, lang)}`);
      return {
        kind: b.free || b.items.length === 0 ? 'text' : 'list',
        lines,
        note: b.legalBasis ? `${tp(lang, 'sp.feeLegal')}: ${b.legalBasis}` : null,
      };
    }
    case 'produk':
      return c.produk && c.produk.length ? { kind: 'list', lines: c.produk, note: null } : null;
    case 'pengaduan': {
      const ch = c.pengaduan ?? [];
      if (ch.length === 0) return null;
      return {
        kind: 'list',
        lines: ch.map((x) => `${CHANNEL_KIND_LABELS[x.kind][lang]}${x.detail ? `: ${x.detail}` : ''}`),
        note: null,
      };
    }
    default: {
      const text = c[key];
      if (typeof text !== 'string' || text.trim() === '') return null;
      const lines = text
        .split(/\n+/)
        .map((l) => l.trim())
        .filter(Boolean);
      return { kind: lines.length > 1 ? 'list' : 'text', lines, note: null };
    }
  }
}

/**
 * Every component in REFERENCE order that is in `content` (the caller has already left out what
 * may not be shown). The six service-delivery components always come back — "Tidak diisi" when a
 * set standard left one empty — so a reader sees the gap rather than a missing heading.
 */
export function componentTexts(content: StandardContent, lang: PublicLang): ComponentText[] {
  const out: ComponentText[] = [];
  for (const meta of STANDARD_COMPONENTS) {
    const body = linesOf(meta.key, content, lang);
    if (!body && meta.group !== 'service_delivery') continue;
    out.push({
      key: meta.key,
      number: meta.number,
      label: meta.label[lang],
      group: meta.group,
      ...(body ?? { kind: 'text', lines: [tp(lang, 'sp.notFilled')], note: null }),
    });
  }
  return out;
}
