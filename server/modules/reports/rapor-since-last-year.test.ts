/**
 * The rapor PDF's "Tindak Lanjut sejak <tahun>" (issue 17 §5): per unit, the previous cycle's
 * follow-up items done and not done; no section when there is no earlier cycle.
 */
import { describe, expect, it } from 'vitest';
import { raporDocument } from './rapor-pdf';
import { RAPOR_FIXTURE } from './rapor.fixture';

const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
};

describe('rapor PDF: follow-up since last year', () => {
  it('lists each unit with its done and not-done counts, the government’s own as its own row', () => {
    const doc = raporDocument({
      ...RAPOR_FIXTURE,
      sinceLastYear: {
        previous: {
          id: 'c0',
          year: 2023,
          name: 'Penilaian Kepatuhan 2023',
          frameworkId: 'ombudsman-2022-2024',
        },
        units: [
          { unitId: null, unitName: null, done: 1, notDone: 2 },
          { unitId: 'u1', unitName: 'Dinas Uji Tindak Lanjut', done: 4, notDone: 0 },
        ],
      },
    });
    // The words of the document, without style names and alignments.
    const all = texts(doc.content).filter((t) => !['', 'h2', 'h3', 'right', 'center', 'left'].includes(t));
    const at = all.indexOf('Tindak Lanjut sejak 2023');
    expect(at).toBeGreaterThan(-1);
    expect(all.slice(at, at + 10)).toEqual([
      'Tindak Lanjut sejak 2023',
      'Unit',
      'Selesai',
      'Belum',
      'Tingkat pemerintah daerah',
      '1',
      '2',
      'Dinas Uji Tindak Lanjut',
      '4',
      '0',
    ]);
  });

  it('has no such section without an earlier cycle', () => {
    const none = texts(
      raporDocument({ ...RAPOR_FIXTURE, sinceLastYear: { previous: null, units: [] } }).content,
    );
    expect(none.some((t) => t.startsWith('Tindak Lanjut sejak'))).toBe(false);
    expect(texts(raporDocument(RAPOR_FIXTURE).content).some((t) => t.startsWith('Tindak Lanjut sejak'))).toBe(
      false,
    );
  });
});
