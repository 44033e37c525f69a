/**
 * The rapor PDF prints Taat beside the views (Patuh's reading, from the backlog) and, for a 2025
 * opinion, adds "Tanpa Maladministrasi" to the label only when Taat qualifies.
 */
import { describe, expect, it } from 'vitest';
import { raporDocument } from '../../reports/rapor-pdf';
import { RAPOR_FIXTURE, raporWith } from '../../reports/rapor.fixture';

const taat = {
  share: 37.5 as number | null,
  counted: 8,
  onTime: 3,
  asOf: '2024-12-31',
  qualifies: false,
  opinion2025: true,
};
const label = RAPOR_FIXTURE.band!.label.id;
const doc = (t: typeof taat | null) => JSON.stringify(raporDocument(raporWith({ taat: t })));

describe('Taat in the rapor PDF', () => {
  it('prints the figure, its source and date, labelled bacaan Patuh', () => {
    const text = doc(taat);
    expect(text).toContain(
      'Taat (bacaan Patuh, dari daftar tindak lanjut per 31 Des 2024): 37,50 % — 3 dari 8 produk Ombudsman ditindaklanjuti tepat waktu.',
    );
    expect(text).not.toContain('Tanpa Maladministrasi');
  });

  it('adds "Tanpa Maladministrasi" to a 2025 opinion that qualifies, never to another framework', () => {
    expect(doc({ ...taat, share: 100, onTime: 8, qualifies: true })).toContain(
      `${label} Tanpa Maladministrasi`,
    );
    expect(doc({ ...taat, share: 100, onTime: 8, qualifies: true, opinion2025: false })).not.toContain(
      'Tanpa Maladministrasi',
    );
  });

  it('says when nothing counts, and prints nothing without Taat', () => {
    expect(doc({ ...taat, share: null, counted: 0, onTime: 0 })).toContain(
      '31 Des 2024): — (belum ada produk Ombudsman yang dihitung).',
    );
    expect(doc(null)).not.toContain('bacaan Patuh');
  });
});
