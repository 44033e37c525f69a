/**
 * Taat on the rapor page (issue 17 parts 4 and 6): beside the score, in the Patuh · Bersih · Baik
 * · Taat view (labelled Patuh's reading, each number with its source), explained in a drawer; the
 * 2025 opinion's label gains "Tanpa Maladministrasi" only when Taat qualifies, and says why not.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Rapor } from '../../../../shared/contracts/rapor';
import type { GovernmentTaat } from '../../../../shared/contracts/taat';
import RaporPage from '../../../app/routes/rapor-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { opinionQualifier, taatAsOfForYear } from '../opinion';

const CYCLE = '00000000-0000-4000-8000-0000000000c1';
const GOV = '00000000-0000-4000-8000-0000000000b1';
const PATH = '/cycles/:id/governments/:governmentId/rapor';
const AT = `/cycles/${CYCLE}/governments/${GOV}/rapor`;

const L = (id: string, en = id) => ({ id, en });
const group = (code: string, nodes: string[], score: number) => ({ code, label: L(code), score, nodes });

function rapor(over: { base?: string; band?: string } = {}): Rapor {
  return {
    cycle: {
      id: CYCLE,
      year: 2024,
      name: 'Penilaian 2024',
      kind: 'official',
      status: 'published',
      publishedAt: null,
    },
    framework: {
      id: 'fw',
      version: '1',
      name: L('Kerangka Uji'),
      scoreMax: 100,
      builtInBase: over.base ?? null,
    },
    government: {
      id: GOV,
      name: 'Kabupaten Uji',
      type: 'kabupaten',
      officeName: 'Ombudsman Uji',
      timeZone: 'WITA',
    },
    score: 91.5,
    band: { code: 'A', label: L(over.band ?? 'Opini Kualitas Tertinggi'), zone: 'hijau' },
    rank: 1,
    peers: 3,
    dimensions: [
      { code: 'INPUT', name: L('Dimensi Input'), weight: 25, score: 80 },
      { code: 'PROSES', name: L('Dimensi Proses'), weight: 25, score: 95 },
      { code: 'OUTPUT', name: L('Dimensi Output'), weight: 25, score: 90 },
      { code: 'PENGADUAN', name: L('Dimensi Pengaduan'), weight: 25, score: 72.5 },
    ],
    views: [
      {
        id: 'pbbt',
        name: L('Patuh, Bersih, Baik, Taat'),
        groups: [
          group('patuh', ['PROSES'], 95),
          group('bersih', ['OUTPUT'], 90),
          group('baik', ['INPUT'], 80),
          group('taat', ['PENGADUAN'], 72.5),
        ],
      },
    ],
    units: [],
    improvementPoints: [],
    previous: null,
    history: [],
    generatedAt: '2025-01-10T03:00:00.000Z',
  } as Rapor;
}

const RULE: GovernmentTaat['rule'] = {
  id: 'taat',
  version: '2026-1',
  name: L('Taat: tindak lanjut produk Ombudsman tepat waktu'),
  kinds: ['tindakan_korektif', 'saran_perbaikan', 'saran_penyempurnaan', 'rekomendasi'],
  timeZone: 'WIB',
  onTime: { answer: 'sent_at', fallback: 'answered_at', comparedWith: 'due_on' },
  withoutDueDate: { mode: 'implied', days: 60 },
  awaitingVerification: 'not_counted',
  qualifier: { thresholdPercent: 100, minCounted: 1 },
  notes: [{ patuhDefault: true, source: 'Patuh', id: 'Catatan bawaan Patuh', en: 'Patuh default note' }],
};
const counts = { awaitingVerification: 0, excludedNotDue: 0, excludedNoDueDate: 0 };

function taat(over: Partial<GovernmentTaat> = {}): GovernmentTaat {
  return {
    governmentId: GOV,
    governmentName: 'Kabupaten Uji',
    asOf: '2024-12-31',
    rule: RULE,
    share: 37.5,
    counted: 8,
    onTime: 3,
    late: 2,
    overdue: 3,
    ...counts,
    open: 3,
    excludedOtherKinds: 1,
    perKind: { rekomendasi: { counted: 1, onTime: 1, late: 0, overdue: 0, ...counts, share: 100 } },
    qualifies: false,
    reasons: [{ code: 'below_threshold' }, { code: 'has_overdue', count: 3 }],
    items: [
      {
        id: '00000000-0000-4000-8000-000000000101',
        kind: 'rekomendasi',
        unitName: 'Dinas Uji',
        action: 'Perbaiki maklumat pelayanan',
        status: 'selesai',
        issuedOn: '2024-01-10',
        dueOn: null,
        due: '2024-03-10',
        dueImplied: true,
        answerOn: '2024-03-01',
        verifiedOn: '2024-03-05',
        outcome: 'on_time',
        counted: true,
      },
      {
        id: '00000000-0000-4000-8000-000000000102',
        kind: 'perbaikan_internal',
        unitName: 'Dinas Uji',
        action: 'Perbaikan mandiri',
        status: 'terbuka',
        issuedOn: '2024-01-05',
        dueOn: '2024-01-31',
        due: '2024-01-31',
        dueImplied: false,
        answerOn: null,
        verifiedOn: null,
        outcome: 'not_counted_kind',
        counted: false,
      },
    ],
    hiddenItems: 0,
    ...over,
  };
}

function render(r: Rapor, answer: ReturnType<typeof apiError> | { body: GovernmentTaat }) {
  const api = new FakeApi()
    .on('GET', '/cycles/:id/governments/:governmentId/rapor', { body: r })
    .on('GET', '/governments/:id/taat', answer)
    // The page's "since last year" panel (issue 17 part 5): no previous cycle here.
    .on('GET', '/cycles/:id/governments/:governmentId/since-last-year', {
      body: { previous: null, units: [] },
    });
  return renderApp(<RaporPage />, { api, path: PATH, at: AT });
}

describe('Taat on the rapor', () => {
  it('shows Taat beside the score and the four parts with their sources, labelled Patuh’s reading', async () => {
    const { api } = render(rapor({ base: 'ombudsman-2022-2024' }), { body: taat() });
    await waitFor(() => expect(screen.getByTestId('taat-share').textContent).toBe('37,5%'));
    // The 2024 cycle's Taat is read as of 31 December 2024.
    expect(api.sent('GET', `/governments/${GOV}/taat`)[0]!.query.get('asOf')).toBe('2024-12-31');
    expect(screen.getByTestId('taat-beside').textContent).toContain('3 dari 8 produk Ombudsman');
    expect(screen.getByTestId('pbbt-reading').textContent).toBe('bacaan Patuh');
    expect(screen.getByTestId('pbbt-patuh-source').textContent).toBe('Dari skor: Dimensi Proses');
    expect(screen.getByTestId('pbbt-bersih-source').textContent).toBe('Dari skor: Dimensi Output');
    expect(screen.getByTestId('pbbt-baik-source').textContent).toBe('Dari skor: Dimensi Input');
    const taatCard = screen.getByTestId('pbbt-taat');
    expect(within(taatCard).getByTestId('pbbt-taat-share').textContent).toBe('37,5%');
    expect(taatCard.textContent).toContain('Dari daftar tindak lanjut');
    expect(taatCard.textContent).toContain('Dimensi Pengaduan bernilai 72,50 (bukan angka Taat)');
    // Not a 2025 cycle: no opinion qualifier at all.
    expect(screen.queryByTestId('taat-opinion')).toBeNull();
    expect(screen.getByTestId('rapor-band').textContent).toBe('A · Opini Kualitas Tertinggi');
    expect(screen.queryByTestId('rapor-view-pbbt')).toBeNull();
  });

  it('explains Taat in a drawer: reasons, the rule with Patuh’s defaults, every item’s verdict', async () => {
    const { user } = render(rapor(), { body: taat() });
    await waitFor(() => expect(screen.getByTestId('taat-share').textContent).toBe('37,5%'));
    await user.click(screen.getByTestId('taat-explain-open'));
    const drawer = await screen.findByTestId('taat-drawer');
    expect(within(drawer).getByTestId('taat-reasons').textContent).toContain(
      '3 butir lewat tenggat dan belum selesai.',
    );
    const rule = within(drawer).getByTestId('taat-rule');
    expect(rule.textContent).toContain('tenggat 60 hari kalender sejak diterbitkan');
    expect(rule.textContent).toContain('default Patuh');
    expect(rule.textContent).toContain('Taat ≥ 100%');
    const counted = within(drawer).getByTestId('taat-item-00000000-0000-4000-8000-000000000101');
    expect(counted.textContent).toContain('(tersirat)');
    expect(counted.textContent).toContain('Tepat waktu');
    const own = within(drawer).getByTestId('taat-item-00000000-0000-4000-8000-000000000102');
    expect(own.textContent).toContain('Tidak dihitung (bukan produk Ombudsman)');
  });

  it('adds "Tanpa Maladministrasi" to a 2025 opinion when Taat qualifies', async () => {
    render(rapor({ base: 'opini-ombudsman-2025' }), {
      body: taat({ share: 100, counted: 2, onTime: 2, late: 0, overdue: 0, qualifies: true }),
    });
    const line = await screen.findByTestId('taat-opinion');
    expect(line.dataset.qualifies).toBe('true');
    expect(line.textContent).toContain('ditambahkan karena Taat 100% memenuhi ambang 100%');
    expect(screen.getByTestId('rapor-band').textContent).toBe(
      'A · Opini Kualitas Tertinggi Tanpa Maladministrasi',
    );
  });

  it('says why a 2025 opinion gets no qualifier: below the threshold, or nothing counted', async () => {
    const first = render(rapor({ base: 'opini-ombudsman-2025' }), { body: taat() });
    expect((await screen.findByTestId('taat-opinion')).textContent).toContain('37,5% di bawah ambang 100%');
    expect(screen.getByTestId('rapor-band').textContent).toBe('A · Opini Kualitas Tertinggi');
    first.unmount();
    render(rapor({ base: 'opini-ombudsman-2025' }), {
      body: taat({
        share: null,
        counted: 0,
        onTime: 0,
        late: 0,
        overdue: 0,
        reasons: [{ code: 'no_counted_items', count: 0 }],
      }),
    });
    const line = await screen.findByTestId('taat-opinion');
    expect(line.dataset.qualifies).toBe('false');
    expect(line.textContent).toContain('belum ada produk Ombudsman yang dihitung');
    expect(screen.getByTestId('taat-share').textContent).toBe('—');
  });

  it('keeps the rapor when Taat cannot be loaded', async () => {
    render(rapor({ base: 'opini-ombudsman-2025' }), apiError(500, 'INTERNAL', 'rusak'));
    // Beside the score and in the PBBT view.
    expect(await screen.findAllByText('Taat tidak dapat dimuat.', {}, { timeout: 5000 })).toHaveLength(2);
    expect(screen.getByTestId('rapor-score')).toBeTruthy();
    expect(screen.queryByTestId('taat-opinion')).toBeNull();
  });
});

describe('opinion helpers', () => {
  it('reads a cycle year as of 31 December once it has passed in WIB, else today', () => {
    expect(taatAsOfForYear(2024, new Date('2024-12-31T16:59:00Z'))).toBeUndefined(); // 23:59 WIB on the 31st
    expect(taatAsOfForYear(2024, new Date('2024-12-31T17:00:00Z'))).toBe('2024-12-31'); // 1 Jan 00:00 WIB
  });

  it('applies only to (copies of) the 2025 opinion', () => {
    const t = taat({ qualifies: true });
    expect(opinionQualifier('ombudsman-2022-2024', t)).toEqual({ applies: false });
    expect(opinionQualifier('opini-ombudsman-2025', t)).toEqual({
      applies: true,
      qualifies: true,
      why: 'yes',
    });
    expect(opinionQualifier('opini-ombudsman-2025', undefined)).toEqual({ applies: false });
  });
});
