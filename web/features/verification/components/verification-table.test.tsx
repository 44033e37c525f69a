/**
 * The assessor's verification table below the browser: VerificationTable against a fake API
 * (the government's items, its sample, the unit's checklist for evidence; verify and bulk accept).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import {
  AcceptAllSchema,
  VerificationListSchema,
  VerifySchema,
  type VerificationItem,
} from '../../../../shared/contracts/assessments-verification';
import { VerificationTable } from './verification-table';

const BASE = `/cycles/${ids.cycle}/governments/${ids.government}`;

const item = (n: number, over: Partial<VerificationItem>): VerificationItem => ({
  answerId: ids.answer(n),
  indicator: 'IN.1',
  name: { id: 'Ruang tunggu tersedia', en: 'Waiting room available' },
  level: 'unit',
  unitId: ids.unitA,
  unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
  productId: null,
  productName: null,
  scaleMin: 0,
  scaleMax: 3,
  selfValue: null,
  selfNa: false,
  selfComment: null,
  evidenceCount: 0,
  verifyStatus: 'pending',
  verifiedValue: null,
  verifiedNa: false,
  verifyReason: null,
  ...over,
});

/** Unit A: one answered item waiting, one the unit left blank, one accepted; unit B: one waiting. */
function items(): VerificationItem[] {
  return [
    item(1, {
      indicator: 'IN.1',
      scaleMax: 1,
      selfValue: 1,
      selfComment: 'Ruang tunggu 20 kursi',
      evidenceCount: 1,
    }),
    item(2, { indicator: 'IN.2', name: { id: 'Toilet pengguna layanan', en: 'Toilet' } }),
    item(3, {
      indicator: 'PR.1',
      name: { id: 'Persyaratan layanan dipajang', en: 'Requirements displayed' },
      selfValue: 2,
      verifyStatus: 'accepted',
      verifiedValue: 2,
    }),
    item(4, {
      indicator: 'PR.1',
      name: { id: 'Persyaratan layanan dipajang', en: 'Requirements displayed' },
      unitId: ids.unitB,
      unitName: 'Dinas Penanaman Modal dan PTSP',
      selfValue: 3,
    }),
  ];
}

/** The fake server keeps the items and applies verify / accept to them, as the real one does. */
function serverWith(state: VerificationItem[]) {
  const api = new FakeApi();
  api.on('GET', `${BASE}/verification`, () => ({ body: VerificationListSchema.parse({ items: state }) }));
  api.on('GET', `${BASE}/sample`, {
    body: {
      governmentId: ids.government,
      units: [
        {
          unitId: ids.unitA,
          name: 'Dinas Kependudukan dan Pencatatan Sipil',
          type: 'dinas',
          sector: 'administrasi kependudukan',
          selfStatus: 'submitted',
          products: [],
        },
        {
          unitId: ids.unitB,
          name: 'Dinas Penanaman Modal dan PTSP',
          type: 'dinas',
          sector: 'perizinan',
          selfStatus: 'submitted',
          products: [],
        },
      ],
      assessors: [],
    },
  });
  // Until the sample has loaded the table reads the government's (entity-level) checklist: none here.
  api.on('GET', `${BASE}/checklist`, { body: { items: [] } });
  api.on('GET', `/cycles/${ids.cycle}/units/:unitId/checklist`, (_req, { unitId }) => ({
    body: {
      items: state
        .filter((i) => i.unitId === unitId)
        .map((i) => ({
          answerId: i.answerId,
          evidence:
            i.evidenceCount > 0
              ? [
                  {
                    id: `ev-${i.answerId}`,
                    originalName: 'foto-ruang-tunggu.jpg',
                    mimeType: 'image/jpeg',
                    madeOn: '2024-03-01',
                  },
                ]
              : [],
        })),
    },
  }));
  api.on('POST', '/answers/:answerId/verify', (req, { answerId }) => {
    // The body as the route reads it: a request the server would refuse fails the test.
    const body = VerifySchema.parse(req.body);
    const i = state.find((x) => x.answerId === answerId)!;
    if (body.action === 'accept')
      Object.assign(i, { verifyStatus: 'accepted', verifiedValue: i.selfValue, verifiedNa: i.selfNa });
    else
      Object.assign(i, {
        verifyStatus: 'adjusted',
        verifiedValue: body.value ?? null,
        verifiedNa: body.na,
        verifyReason: body.reason ?? null,
      });
    return { body: { answerId, verifyStatus: i.verifyStatus, score: 71.2, version: 3 } };
  });
  api.on('POST', `${BASE}/verification/accept`, (req) => {
    AcceptAllSchema.parse(req.body);
    const accepted = state.filter((i) => i.verifyStatus === 'pending' && (i.selfValue !== null || i.selfNa));
    for (const i of accepted) Object.assign(i, { verifyStatus: 'accepted', verifiedValue: i.selfValue });
    return { body: { accepted: accepted.length, score: 74.5, version: 4 } };
  });
  return api;
}

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
const shownIndicators = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]!.textContent);

function renderTable(state = items(), editable = true) {
  return renderApp(
    <VerificationTable cycleId={ids.cycle} governmentId={ids.government} editable={editable} />,
    {
      api: serverWith(state),
    },
  );
}

describe('verification table', () => {
  it('shows the unit’s answer, comment and evidence beside the assessor’s column', async () => {
    renderTable();
    await screen.findByRole('table');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(0, 5)).toEqual([
      'Indikator',
      'Nilai mandiri',
      'Status',
      'Nilai verifikasi',
      'Alasan',
    ]);
    const row = rowOf('Ruang tunggu tersedia');
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]!.textContent).toContain('1');
    expect(within(cells[1]!).getByText('“Ruang tunggu 20 kursi”')).toBeTruthy();
    expect(await within(cells[1]!).findByRole('link', { name: /foto-ruang-tunggu\.jpg/ })).toHaveProperty(
      'href',
      expect.stringContaining(`/api/evidence/ev-${ids.answer(1)}/file`),
    );
    expect(within(cells[2]!).getByText('Belum diverifikasi')).toBeTruthy();
    // The assessor's value starts at the unit's answer; the reason is empty.
    expect(
      within(row).getByRole<HTMLSelectElement>('combobox', { name: 'Nilai verifikasi IN.1' }).value,
    ).toBe('1');
    expect(within(row).getByRole<HTMLInputElement>('textbox', { name: 'Alasan IN.1' }).value).toBe('');
    // Only unit A's items: unit B's PR.1 is behind the unit select.
    expect(shownIndicators()).toEqual([
      'IN.1Ruang tunggu tersedia',
      'IN.2Toilet pengguna layanan',
      'PR.1Persyaratan layanan dipajang',
    ]);
  });

  it('accepting an item sends the accept action and shows it accepted', async () => {
    const { api, user } = renderTable();
    await screen.findByRole('table');
    expect(screen.getByText('2 butir yang dijawab belum diverifikasi.')).toBeTruthy();

    await user.click(within(rowOf('Ruang tunggu tersedia')).getByRole('button', { name: 'Terima' }));

    expect(await screen.findByText('IN.1 disimpan.')).toBeTruthy();
    expect(api.sent('POST', `/answers/${ids.answer(1)}/verify`).map((r) => r.body)).toEqual([
      { action: 'accept' },
    ]);
    await waitFor(() => expect(within(rowOf('Ruang tunggu tersedia')).getByText('Diterima')).toBeTruthy());
    expect(within(rowOf('Ruang tunggu tersedia')).getByText('Terverifikasi: 1')).toBeTruthy();
    expect(screen.getByText('1 butir yang dijawab belum diverifikasi.')).toBeTruthy();
  });

  it('setting another value sends it with the reason; a 400 shows the reason’s message at the field', async () => {
    const state = items();
    const api = serverWith(state);
    const { user } = renderApp(
      <VerificationTable cycleId={ids.cycle} governmentId={ids.government} editable />,
      { api },
    );
    await screen.findByRole('table');
    const row = rowOf('Persyaratan layanan dipajang');

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Nilai verifikasi PR.1' }), '1');
    expect(within(row).getByPlaceholderText('Alasan wajib diisi bila nilai berbeda')).toBeTruthy();
    api.on(
      'POST',
      '/answers/:answerId/verify',
      apiError(400, 'VALIDATION', 'Data yang dikirim belum benar. Periksa isian yang ditandai.', {
        reason: 'Alasan wajib diisi (minimal 3 karakter).',
      }),
    );
    await user.click(within(row).getByRole('button', { name: 'Simpan koreksi' }));
    expect(await within(row).findByText('Alasan wajib diisi (minimal 3 karakter).')).toBeTruthy();
    expect(
      within(row).getByRole<HTMLSelectElement>('combobox', { name: 'Nilai verifikasi PR.1' }).value,
    ).toBe('1');

    api.on('POST', '/answers/:answerId/verify', (req) => ({
      body: { answerId: ids.answer(3), verifyStatus: 'adjusted', score: 70, version: 5, echo: req.body },
    }));
    await user.type(within(row).getByRole('textbox', { name: 'Alasan PR.1' }), 'Papan tanpa biaya layanan');
    await user.click(within(row).getByRole('button', { name: 'Simpan koreksi' }));
    await screen.findByText('PR.1 disimpan.');
    expect(api.sent('POST', `/answers/${ids.answer(3)}/verify`).map((r) => r.body)).toEqual([
      { action: 'adjust', value: 1, na: false, reason: '' },
      { action: 'adjust', value: 1, na: false, reason: 'Papan tanpa biaya layanan' },
    ]);
  });

  it('flags an item the unit left blank as “tidak dijawab — dihitung 0” and never accepts it (ADR 0006)', async () => {
    const { api, user } = renderTable();
    await screen.findByRole('table');
    const blank = rowOf('Toilet pengguna layanan');
    expect(within(blank).getByText('tidak dijawab — dihitung 0')).toBeTruthy();
    expect(within(blank).getAllByRole('cell')[1]!.textContent).toBe('—');
    expect(within(blank).getByRole('button', { name: 'Terima' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/^1 butir tidak dijawab oleh unit\./)).toBeTruthy();
    // Bulk accept counts only answered items: IN.1 here, IN.1 + unit B's PR.1 government-wide.
    expect(screen.getByRole('button', { name: 'Terima semua di unit ini (1)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Terima semua di seluruh pemerintah (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terima semua?' });
    expect(within(dialog).getByText(/^2 butir di seluruh pemerintah \(semua unit\)/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Terima' }));

    expect(await screen.findByText('2 butir diterima.')).toBeTruthy();
    expect(api.sent('POST', `${BASE}/verification/accept`).map((r) => r.body)).toEqual([{}]);
    // Nothing answered is left: verification is done although the blank item stays unverified.
    expect(await screen.findByText('Semua butir yang dijawab sudah diverifikasi.')).toBeTruthy();
    expect(within(rowOf('Toilet pengguna layanan')).getByText('tidak dijawab — dihitung 0')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terima semua di unit ini (0)' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('filters by status: “Belum diverifikasi” shows only answered items waiting, “Tidak dijawab” the blank ones', async () => {
    const { user } = renderTable();
    await screen.findByRole('table');
    const filter = screen.getByRole('combobox', { name: 'Status' });

    await user.selectOptions(filter, 'Belum diverifikasi');
    expect(shownIndicators()).toEqual(['IN.1Ruang tunggu tersedia']);
    await user.selectOptions(filter, 'Tidak dijawab');
    expect(shownIndicators()).toEqual(['IN.2Toilet pengguna layanan']);
    await user.selectOptions(filter, 'Diterima');
    expect(shownIndicators()).toEqual(['PR.1Persyaratan layanan dipajang']);
    await user.selectOptions(filter, 'Dikoreksi');
    expect(screen.getByText('Tidak ada butir pada pilihan ini')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    // Another unit, same filter: its waiting item.
    await user.selectOptions(filter, 'Belum diverifikasi');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Unit' }),
      'Dinas Penanaman Modal dan PTSP (0/1)',
    );
    expect(shownIndicators()).toEqual(['PR.1Persyaratan layanan dipajang']);
    expect(within(rowOf('Persyaratan')).getAllByRole('cell')[1]!.textContent).toBe('3');
  });

  it('outside the verification phase the values cannot be changed', async () => {
    const { api } = renderTable(items(), false);
    await screen.findByRole('table');
    expect(screen.getByText('Nilai hanya dapat diubah pada tahap verifikasi.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Terima' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Terima semua/ })).toBeNull();
    for (const select of screen.getAllByRole('combobox', { name: /^Nilai verifikasi / }))
      expect(select).toHaveProperty('disabled', true);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
