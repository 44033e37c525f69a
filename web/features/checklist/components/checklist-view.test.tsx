/**
 * The penilaian mandiri checklist below the browser: the checklist page against a fake API
 * (GET the checklist and its framework, PUT the answers), asserted on what a unit PIC sees.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ChecklistPage from '../../../app/routes/checklist-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids, testFrameworkDetail } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import {
  AnswersPutSchema,
  ChecklistSchema,
  type Checklist,
  type ChecklistItem,
} from '../../../../shared/contracts/assessments-checklist';
import { PreviousCycleSchema, type PreviousCycle } from '../../../../shared/contracts/crosswalk';

const PATH = '/cycles/:id/units/:unitId/checklist';
const AT = `/cycles/${ids.cycle}/units/${ids.unitA}/checklist`;
const CHECKLIST = `/cycles/${ids.cycle}/units/${ids.unitA}/checklist`;

const item = (n: number, indicator: string, over: Partial<ChecklistItem> = {}): ChecklistItem => ({
  answerId: ids.answer(n),
  indicator,
  productId: null,
  productName: null,
  selfValue: null,
  selfNa: false,
  selfComment: null,
  answered: false,
  evidence: [],
  verified: null,
  ...over,
});

function checklist(over: Partial<Checklist> = {}): Checklist {
  const items = over.items ?? [
    item(1, 'IN.1', { selfValue: 1, answered: true, selfComment: 'Ruang tunggu 20 kursi' }),
    item(2, 'IN.2'),
    item(3, 'PR.1'),
  ];
  return {
    cycleId: ids.cycle,
    status: 'self_assessment',
    governmentId: ids.government,
    unit: {
      id: ids.unitA,
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      selfStatus: 'draft',
      submittedAt: null,
    },
    editable: true,
    progress: { answered: items.filter((i) => i.answered).length, total: items.length },
    framework: { id: testFrameworkDetail.id, version: testFrameworkDetail.version },
    ...over,
    items,
  };
}

/** Last cycle beside the items (issue 17): IN.1 had 1 of 1 and a saran perbaikan now done; IN.2 an open one. */
const PREVIOUS: PreviousCycle = {
  cycleId: ids.cycle,
  previous: { id: ids.answer(900), year: 2023, name: 'Penilaian Kepatuhan 2023', frameworkId: 'uji-lama' },
  indicators: [
    {
      indicator: 'IN.1',
      previousCodes: ['IN.1.LAMA'],
      value: 1,
      max: 1,
      items: [
        {
          id: ids.answer(901),
          kind: 'saran_perbaikan',
          status: 'selesai',
          done: true,
          action: 'Sediakan ruang tunggu',
          dueOn: '2024-03-31',
          indicatorCode: 'IN.1.LAMA',
        },
      ],
    },
    {
      indicator: 'IN.2',
      previousCodes: ['IN.2'],
      value: 0.5,
      max: 2,
      items: [
        {
          id: ids.answer(902),
          kind: 'saran_perbaikan',
          status: 'dijawab',
          done: false,
          action: 'Perbaiki toilet',
          dueOn: null,
          indicatorCode: 'IN.2',
        },
      ],
    },
    { indicator: 'PR.1', previousCodes: [], value: null, max: null, items: [] },
  ],
};

/** The fake server keeps the checklist and applies a PUT to it, as the real one does. */
function serverWith(state: Checklist, previous: PreviousCycle = PREVIOUS) {
  const api = new FakeApi();
  api.on('GET', `/cycles/${ids.cycle}/units/${ids.unitA}/previous`, {
    body: PreviousCycleSchema.parse(previous),
  });
  api.on('GET', `/frameworks/${testFrameworkDetail.id}`, { body: testFrameworkDetail });
  api.on('GET', CHECKLIST, () => ({ body: ChecklistSchema.parse(state) }));
  // The page asks once for the government's SKM context (shown only beside SKM indicators: none here).
  api.on('GET', `/cycles/${ids.cycle}/governments/${ids.government}/skm-context`, {
    body: { cycleId: ids.cycle, governmentId: ids.government, year: 2024, indicators: [], periods: [] },
  });
  api.on('PUT', `/cycles/${ids.cycle}/answers`, (req) => {
    // The body as the route reads it: a request the server would refuse fails the test.
    const { answers } = AnswersPutSchema.parse(req.body);
    for (const a of answers) {
      const i = state.items.find((x) => x.answerId === a.answerId)!;
      Object.assign(i, {
        selfValue: a.value ?? null,
        selfNa: a.na,
        selfComment: a.comment ?? null,
        answered: true,
      });
    }
    return { body: { saved: answers.length } };
  });
  return api;
}

const radioGroup = (name: string) => screen.getByRole('radiogroup', { name });

describe('checklist (penilaian mandiri)', () => {
  it('groups the items by dimension and variable in the framework’s order and counts the answered ones', async () => {
    renderApp(<ChecklistPage />, { path: PATH, at: AT, api: serverWith(checklist()) });

    expect(await screen.findByText('Dinas Kependudukan dan Pencatatan Sipil')).toBeTruthy();
    const dimensions = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(dimensions).toEqual(['Input', 'Proses']);
    expect(screen.getByText('Sarana dan prasarana')).toBeTruthy();
    expect(screen.getByText('Standar pelayanan')).toBeTruthy();
    const inOrder = ['Ruang tunggu tersedia', 'Toilet pengguna layanan', 'Persyaratan layanan dipajang'];
    expect(screen.getAllByRole('radiogroup')).toEqual(inOrder.map(radioGroup));
    // The saved answer is shown as chosen, with its comment; yes-no levels read Ya/Tidak.
    expect(within(radioGroup('Ruang tunggu tersedia')).getByRole('radio', { name: /^Ya — / })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByDisplayValue('Ruang tunggu 20 kursi')).toBeTruthy();
    expect(screen.getByText('1 dari 3 butir terjawab')).toBeTruthy();
  });

  it('shows beside each item last cycle’s value and the follow-up raised for it, done or not (issue 17)', async () => {
    renderApp(<ChecklistPage />, { path: PATH, at: AT, api: serverWith(checklist()) });
    const first = await screen.findByTestId('previous-IN.1');
    expect(first.textContent).toBe('2023: 1 / 1· Saran perbaikan: selesai ✓');
    expect(
      within(radioGroup('Ruang tunggu tersedia').closest<HTMLElement>('[data-answered]')!).getByTestId(
        'previous-IN.1',
      ),
    ).toBe(first);
    expect(screen.getByTestId('previous-IN.2').textContent).toBe(
      '2023: 0,5 / 2· Saran perbaikan: belum selesai',
    );
    // No history for PR.1 (no crosswalk row, no item): nothing is shown.
    expect(screen.queryByTestId('previous-PR.1')).toBeNull();
  });

  it('shows no history line when the government has no earlier cycle', async () => {
    const { api } = renderApp(<ChecklistPage />, {
      path: PATH,
      at: AT,
      api: serverWith(checklist(), { cycleId: ids.cycle, previous: null, indicators: [] }),
    });
    await screen.findByRole('radiogroup', { name: 'Ruang tunggu tersedia' });
    await waitFor(() =>
      expect(api.sent('GET', `/cycles/${ids.cycle}/units/${ids.unitA}/previous`)).toHaveLength(1),
    );
    expect(screen.queryByTestId('previous-IN.1')).toBeNull();
  });

  it('sends the chosen level and comment with PUT /answers and shows them saved', async () => {
    const state = checklist();
    const { api, user } = renderApp(<ChecklistPage />, { path: PATH, at: AT, api: serverWith(state) });
    const toilet = await screen.findByRole('radiogroup', { name: 'Toilet pengguna layanan' });

    await user.click(within(toilet).getByRole('radio', { name: /^2 — Ada dan bersih/ }));
    const card = toilet.closest<HTMLElement>('[data-answered]')!;
    await user.type(within(card).getByLabelText('Komentar'), 'Dua toilet');
    // Counted at once, marked unsaved until saved.
    expect(screen.getByText('2 dari 3 butir terjawab')).toBeTruthy();
    expect(screen.getByText('1 perubahan belum disimpan')).toBeTruthy();
    expect(within(card).getByText('Belum disimpan')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('1 jawaban disimpan.')).toBeTruthy();
    expect(api.sent('PUT', `/cycles/${ids.cycle}/answers`).map((r) => r.body)).toEqual([
      {
        answers: [{ answerId: ids.answer(2), value: 2, na: false, comment: 'Dua toilet' }],
      },
    ]);
    expect(api.sent('PUT', `/cycles/${ids.cycle}/answers`)[0]!.headers['x-csrf-token']).toBe(
      'csrf-test-token',
    );
    await waitFor(() => expect(screen.queryByText('1 perubahan belum disimpan')).toBeNull());
    const saved = screen.getByRole('radiogroup', { name: 'Toilet pengguna layanan' });
    expect(within(saved).getByRole('radio', { name: /^2 — / })).toHaveProperty('checked', true);
    expect(within(saved.closest<HTMLElement>('[data-answered]')!).getByText('Terjawab')).toBeTruthy();
    expect(screen.getByText('2 dari 3 butir terjawab')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Simpan' })).toHaveProperty('disabled', true);
  });

  it('marks N/A as an answer with no value', async () => {
    const { api, user } = renderApp(<ChecklistPage />, { path: PATH, at: AT, api: serverWith(checklist()) });
    const group = await screen.findByRole('radiogroup', { name: 'Persyaratan layanan dipajang' });
    await user.click(within(group).getByRole('radio', { name: 'Tidak berlaku (N/A)' }));
    expect(screen.getByText('2 dari 3 butir terjawab')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('1 jawaban disimpan.');
    expect(api.sent('PUT', `/cycles/${ids.cycle}/answers`)[0]!.body).toEqual({
      answers: [{ answerId: ids.answer(3), value: null, na: true, comment: null }],
    });
  });

  it('shows a 400’s field message at the item it names and keeps what the user entered', async () => {
    const api = serverWith(checklist());
    const message = 'Nilai harus salah satu tingkat skala (antara 0 dan 3, tanpa pecahan): 0, 1, 2, 3.';
    api.on(
      'PUT',
      `/cycles/${ids.cycle}/answers`,
      apiError(400, 'VALIDATION', 'Data yang dikirim belum benar. Periksa isian yang ditandai.', {
        'answers.1.value': message,
      }),
    );
    const { user } = renderApp(<ChecklistPage />, { path: PATH, at: AT, api });
    const toilet = await screen.findByRole('radiogroup', { name: 'Toilet pengguna layanan' });
    const rules = screen.getByRole('radiogroup', { name: 'Persyaratan layanan dipajang' });

    await user.click(within(toilet).getByRole('radio', { name: /^3 — / }));
    await user.click(within(rules).getByRole('radio', { name: /^1 — / }));
    const rulesCard = rules.closest<HTMLElement>('[data-answered]')!;
    await user.type(within(rulesCard).getByLabelText('Komentar'), 'Papan di loket 2');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    // The second answer sent (index 1) is the one the server names: its card shows the message.
    expect(await within(rulesCard).findByText(message)).toBeTruthy();
    expect(within(toilet.closest<HTMLElement>('[data-answered]')!).queryByText(message)).toBeNull();
    expect(
      screen.getByText('Data yang dikirim belum benar. Periksa isian yang ditandai.', { exact: false }),
    ).toBeTruthy();
    // Nothing the user entered is lost.
    expect(within(rules).getByRole('radio', { name: /^1 — / })).toHaveProperty('checked', true);
    expect(within(toilet).getByRole('radio', { name: /^3 — / })).toHaveProperty('checked', true);
    expect(within(rulesCard).getByLabelText<HTMLTextAreaElement>('Komentar').value).toBe('Papan di loket 2');
    expect(screen.getByText('2 perubahan belum disimpan')).toBeTruthy();
  });

  it('is read-only once the self-assessment phase has closed', async () => {
    const closed = checklist({
      status: 'verification',
      editable: false,
      unit: {
        id: ids.unitA,
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
        selfStatus: 'submitted',
        submittedAt: '2024-05-31T09:00:00.000Z',
      },
    });
    const { api } = renderApp(<ChecklistPage />, {
      path: PATH,
      at: AT,
      api: serverWith(closed),
      user: testUser({ role: 'unit_pic', unitIds: [ids.unitA] }),
    });

    expect(
      await screen.findByText('Tahap penilaian mandiri sudah berakhir; daftar periksa hanya dapat dilihat.'),
    ).toBeTruthy();
    expect(screen.getByText('Terkunci')).toBeTruthy();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    for (const box of screen.getAllByLabelText('Komentar')) expect(box).toHaveProperty('readOnly', true);
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kirim' })).toBeNull();
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
  it('submitting with blanks says how many are left, then locks the checklist', async () => {
    const state = checklist();
    const api = serverWith(state);
    api.on('POST', `/cycles/${ids.cycle}/units/${ids.unitA}/submit`, () => {
      state.unit = { ...state.unit!, selfStatus: 'submitted', submittedAt: '2024-05-30T08:00:00.000Z' };
      state.editable = false;
      return { body: state };
    });
    const { user } = renderApp(<ChecklistPage />, { path: PATH, at: AT, api });
    await user.click(await screen.findByRole('button', { name: 'Kirim' }));

    const dialog = await screen.findByRole('dialog', { name: 'Kirim penilaian mandiri?' });
    expect(within(dialog).getByText(/^Masih ada 2 butir yang belum dijawab\./)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Kirim' }));

    expect(await screen.findByText('Penilaian mandiri terkirim dan terkunci.')).toBeTruthy();
    expect(await screen.findByText('Terkunci')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    expect(api.sent('POST', `/cycles/${ids.cycle}/units/${ids.unitA}/submit`)).toHaveLength(1);
    // Nothing was unsaved, so nothing was saved first.
    expect(api.sent('PUT', `/cycles/${ids.cycle}/answers`)).toEqual([]);
  });

  it('asks before leaving with unsaved answers, and stays when told to', async () => {
    const { user, router } = renderApp(<ChecklistPage />, {
      path: PATH,
      at: AT,
      api: serverWith(checklist()),
    });
    const rules = await screen.findByRole('radiogroup', { name: 'Persyaratan layanan dipajang' });
    await user.click(within(rules).getByRole('radio', { name: /^3 — / }));

    await user.click(screen.getByRole('link', { name: /Kembali ke siklus/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Ada perubahan yang belum disimpan' });
    expect(
      within(dialog).getByText('1 jawaban belum disimpan. Simpan sebelum meninggalkan halaman?'),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di sini' }));

    expect(router.state.location.pathname).toBe(AT);
    expect(within(rules).getByRole('radio', { name: /^3 — / })).toHaveProperty('checked', true);
    expect(screen.getByText('1 perubahan belum disimpan')).toBeTruthy();
  });
});
