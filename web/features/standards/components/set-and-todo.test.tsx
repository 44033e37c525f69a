/**
 * Setting a standard (the coordinator's dialog): nothing is sent without the decree's fields and
 * the SK file; the review date follows the SK date a year later; the multipart request carries the
 * contract's fields and the file as `sk`. The to-do list: units → products with their state and
 * missing components, filtered by state, with an empty state.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SetStandardFieldsSchema, type GovernmentCompleteness } from '../../../../shared/contracts/standards';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { DRAFT_ID, GOVERNMENT_ID, PRODUCT_ID, UNIT_ID, version } from '../test/fixtures';
import { GovernmentStandards } from './government-standards';
import { oneYearAfter, SetDialog } from './set-dialog';

describe('oneYearAfter', () => {
  it.each([
    ['2026-12-05', '2027-12-05'],
    ['2028-02-29', '2029-02-28'],
    ['', ''],
  ])('%s → %s', (from, to) => expect(oneYearAfter(from)).toBe(to));
});

describe('set dialog', () => {
  it('refuses without the SK file, then sends the fields and the file as "sk"', async () => {
    const api = new FakeApi().on('POST', `/standards/${DRAFT_ID}/set`, {
      body: version({ status: 'ditetapkan', rowVersion: 6 }),
    });
    const { user } = renderApp(
      <SetDialog
        productId={PRODUCT_ID}
        standardId={DRAFT_ID}
        rowVersion={() => 5}
        onClose={() => undefined}
      />,
      { api, user: testUser({ role: 'gov_coordinator', governmentId: GOVERNMENT_ID }) },
    );
    const dialog = await screen.findByRole('dialog');
    const fill = async (label: RegExp, text: string) => {
      const el = within(dialog).getByLabelText(label);
      await user.clear(el);
      await user.click(el);
      await user.paste(text);
    };
    await fill(/^Nomor SK/, '188.45/7/2026');
    await fill(/^Tanggal SK/, '2026-03-10');
    expect((within(dialog).getByLabelText(/^Tanggal tinjau ulang/) as HTMLInputElement).value).toBe(
      '2027-03-10',
    );
    await fill(/^Penandatangan SK/, 'Bupati Balangan');
    await fill(/^Tanggal konsultasi publik/, '2026-02-20');
    await fill(/^Peserta konsultasi/, 'Tokoh masyarakat');
    await fill(/^Ringkasan notulen/, 'Disepakati.');
    await user.click(within(dialog).getByRole('button', { name: 'Tetapkan' }));
    expect(await within(dialog).findByText('Unggah berkas SK')).toBeTruthy();
    expect(api.sent('POST', `/standards/${DRAFT_ID}/set`)).toHaveLength(0);

    const file = new File(['%PDF-1.4'], 'sk.pdf', { type: 'application/pdf' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, file);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Publikasikan sekarang' }));
    await user.click(within(dialog).getByRole('button', { name: 'Tetapkan' }));

    await waitFor(() => expect(api.sent('POST', `/standards/${DRAFT_ID}/set`)).toHaveLength(1));
    const form = api.sent('POST', `/standards/${DRAFT_ID}/set`)[0]!.body as FormData;
    expect(form.get('sk')).toBeInstanceOf(File);
    const fields = SetStandardFieldsSchema.parse(
      Object.fromEntries([...form.entries()].filter(([k]) => k !== 'sk')),
    );
    expect(fields).toEqual({
      rowVersion: 5,
      skNumber: '188.45/7/2026',
      skDate: '2026-03-10',
      skSignatory: 'Bupati Balangan',
      consultationDate: '2026-02-20',
      consultationParticipants: 'Tokoh masyarakat',
      consultationMinutes: 'Disepakati.',
      reviewDate: '2027-03-10',
      publish: false,
    });
  });
});

const OTHER_UNIT = '00000000-0000-4000-8000-00000000c002';
const completeness = (
  state: GovernmentCompleteness['units'][number]['products'][number]['completeness']['state'],
) => ({
  state,
  missing: state === 'tidak_lengkap' ? (['biaya', 'pengaduan'] as const).slice() : [],
  filled: state === 'tidak_lengkap' ? 12 : state === 'lengkap' ? 14 : 0,
  stale: false,
  reviewDate: state === 'lengkap' ? '2027-01-31' : null,
  published: state === 'lengkap',
});
const rollup = {
  products: 3,
  byState: { belum_ada: 1, draf: 0, tidak_lengkap: 1, kedaluwarsa: 0, lengkap: 1 },
  percent: 61.9,
};
const todo: GovernmentCompleteness = {
  governmentId: GOVERNMENT_ID,
  governmentName: 'Kabupaten Balangan',
  today: '2026-12-05',
  total: rollup,
  units: [
    {
      unitId: UNIT_ID,
      unitName: 'Disdukcapil',
      rollup,
      maklumatPublished: true,
      products: [
        { productId: PRODUCT_ID, productName: 'KTP-el', completeness: completeness('tidak_lengkap') },
        {
          productId: '00000000-0000-4000-8000-00000000c003',
          productName: 'Akta kelahiran',
          completeness: completeness('lengkap'),
        },
      ],
    },
    {
      unitId: OTHER_UNIT,
      unitName: 'Dinas Kesehatan',
      rollup,
      maklumatPublished: false,
      products: [
        {
          productId: '00000000-0000-4000-8000-00000000c004',
          productName: 'Surat sehat',
          completeness: completeness('belum_ada'),
        },
      ],
    },
  ],
};

describe('government to-do', () => {
  it('lists units and products with state and missing components, and filters by state', async () => {
    const api = new FakeApi().on('GET', `/governments/${GOVERNMENT_ID}/standards`, { body: todo });
    const { user } = renderApp(<GovernmentStandards governmentId={GOVERNMENT_ID} />, { api });
    const rows = await screen.findAllByTestId('todo-product');
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['tidak_lengkap', 'lengkap', 'belum_ada']);
    expect(rows[0]!.textContent).toContain(
      'Kurang: 5. Biaya/tarif, 10. Penanganan pengaduan, saran, dan masukan',
    );
    expect(within(rows[0]!).getByRole('link', { name: 'KTP-el' }).getAttribute('href')).toBe(
      `/standards/${PRODUCT_ID}`,
    );
    expect(screen.getByTestId('rollup-summary').textContent).toContain('3 layanan · 61,9% komponen terisi');

    const filter = screen.getByRole('combobox', { name: 'Tampilkan' });
    await user.selectOptions(filter, 'Belum ada standar (1)');
    expect(screen.getAllByTestId('todo-product').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Surat sehat'),
    ]);
    expect(screen.getAllByTestId('todo-unit')).toHaveLength(1);

    await user.selectOptions(filter, 'Lewat tanggal tinjau (0)');
    expect(screen.getByTestId('empty-state').textContent).toContain('Tidak ada layanan dalam keadaan ini.');
  });

  it('finds a unit (all its services) or a service by name, in any case and with the state filter', async () => {
    const api = new FakeApi().on('GET', `/governments/${GOVERNMENT_ID}/standards`, { body: todo });
    const { user } = renderApp(<GovernmentStandards governmentId={GOVERNMENT_ID} />, { api });
    await screen.findAllByTestId('todo-product');
    const names = () =>
      screen.queryAllByTestId('todo-product').map((r) => within(r).getByRole('link').textContent);
    const search = screen.getByRole('searchbox', { name: 'Cari unit atau layanan' });

    await user.type(search, 'DISDUK');
    await waitFor(() => expect(names()).toEqual(['KTP-el', 'Akta kelahiran']));
    await user.clear(search);
    await user.type(search, 'akta');
    await waitFor(() => expect(names()).toEqual(['Akta kelahiran']));
    expect(screen.getAllByTestId('todo-unit')).toHaveLength(1);

    // With the state filter: Disdukcapil's incomplete services only.
    await user.clear(search);
    await user.type(search, 'disdukcapil');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tampilkan' }),
      'Komponen belum lengkap (1)',
    );
    await waitFor(() => expect(names()).toEqual(['KTP-el']));

    await user.clear(search);
    await user.type(search, 'paspor');
    expect((await screen.findByTestId('empty-state')).textContent).toContain(
      'Tidak ada unit atau layanan dengan nama itu.',
    );
  });
});
