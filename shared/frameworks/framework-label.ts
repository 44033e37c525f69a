/**
 * The one place that words a framework's provenance label: the spot-check set is Patuh's own
 * compilation (REFERENCE §1.5: no official Ombudsman spot-check instrument was found), so its name
 * carries "disusun Patuh" / "compiled by Patuh" on the framework pages, the pickers, the rapor and
 * its PDF and Excel. The flag itself is data: `compiledBy` in the framework file.
 */
import type { LocalizedText } from './framework.schema';

export type FrameworkCompiler = 'patuh';

const LABELS: Record<FrameworkCompiler, LocalizedText> = {
  patuh: { id: 'disusun Patuh', en: 'compiled by Patuh' },
};

/** "disusun Patuh" / "compiled by Patuh", or null for a set issued by an authority or an office. */
export function compiledByLabel(
  compiledBy: FrameworkCompiler | null | undefined,
  lang: string,
): string | null {
  if (!compiledBy) return null;
  return LABELS[compiledBy][lang === 'en' ? 'en' : 'id'];
}

/** The name as shown: "Penilaian Mandiri Spot Check … (disusun Patuh)" for Patuh's own sets. */
export function frameworkDisplayName(
  name: string,
  compiledBy: FrameworkCompiler | null | undefined,
  lang: string,
): string {
  const label = compiledByLabel(compiledBy, lang);
  return label ? `${name} (${label})` : name;
}
