/**
 * The Excel import wizard below the browser: upload (XHR, with progress) → server validation
 * (polled) → row errors → upload again → preview → write to the database (polled) → summary,
 * against a fake API that moves each import through the server's states.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, deferred, FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import {
  ImportAcceptedSchema,
  ImportSchema,
  type ImportAccepted,
  type ImportDto,
} from '../../../../shared/contracts/imports';
import { ImportWizard } from './import-wizard';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsx = (name: string) =>
  new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])], name, { type: XLSX });

const job = (id: string, over: Partial<ImportDto>): ImportDto => ({
  id,
  governmentId: ids.government,
  fileName: 'unit-layanan.xlsx',
  status: 'validating',
  totalRows: 7,
  processedRows: 0,
  summary: { units: 0, products: 0, contacts: 0 },
  errors: [],
  errorCount: 0,
  preview: { units: [], products: [], contacts: [] },
  createdAt: '2024-03-04T02:00:00.000Z',
  updatedAt: '2024-03-04T02:00:01.000Z',
  ...over,
});

const preview = {
  units: [
    { row: 2, kode_unit: 'DUKCAPIL', nama_unit: 'Dinas Kependudukan dan Pencatatan Sipil', jenis: 'dinas' },
    { row: 3, kode_unit: 'DUKCAPIL', nama_unit: 'UPT Dukcapil Mentok', jenis: 'upt' },
  ],
  products: [{ row: 2, kode_unit: 'DUKCAPIL', nama_layanan: 'KTP-el', jenis_layanan: 'administratif' }],
  contacts: [{ row: 2, kode_unit: 'DUKCAPIL', nama: 'Andi Pratama', email: 'andi@' }],
};
const duplicate = 'Kode unit "DUKCAPIL" sudah dipakai pada baris 2 di berkas ini.';
const badEmail = 'Email tidak valid.';

function fileInput(container: HTMLElement) {
  // Mantine's FileButton keeps a hidden <input type="file"> that the "Unggah" button opens.
  return container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
}

describe('import wizard', () => {
  it('uploads, shows each row’s errors, takes a fixed file and writes it after the check passes', async () => {
    const api = new FakeApi();
    const states = new Map<string, ImportDto[]>();
    /** Each GET of an import answers its next state; the last one repeats. */
    api.on('GET', '/imports/:id', (_req, { id }) => {
      const list = states.get(id ?? '')!;
      return { body: ImportSchema.parse(list.length > 1 ? list.shift() : list[0]) };
    });
    const first = deferred();
    let uploads = 0;
    api.on('POST', `/governments/${ids.government}/imports`, async () => {
      uploads += 1;
      if (uploads === 1) await first.promise;
      const accepted: ImportAccepted = { id: uploads === 1 ? 'imp-1' : 'imp-2', status: 'validating' };
      return { status: 202, body: ImportAcceptedSchema.parse(accepted) };
    });
    api.on('POST', '/imports/imp-2/commit', () => {
      states.set('imp-2', [
        job('imp-2', {
          status: 'committing',
          processedRows: 3,
          summary: { units: 1, products: 1, contacts: 1 },
        }),
        job('imp-2', { status: 'done', processedRows: 7, summary: { units: 1, products: 1, contacts: 1 } }),
      ]);
      return { status: 202, body: ImportAcceptedSchema.parse({ id: 'imp-2', status: 'committing' }) };
    });
    states.set('imp-1', [
      job('imp-1', { processedRows: 3 }),
      job('imp-1', {
        status: 'invalid',
        processedRows: 7,
        errorCount: 2,
        errors: [
          { sheet: 'Unit', row: 3, column: 'kode_unit', message: duplicate },
          { sheet: 'PIC', row: 2, column: 'email', message: badEmail },
        ],
        preview,
      }),
    ]);
    const { container, user } = renderApp(<ImportWizard governmentId={ids.government} canImport />, { api });
    const upload = screen.getByRole('button', { name: 'Unggah berkas .xlsx' });

    await user.upload(fileInput(container), xlsx('unit-layanan.xlsx'));
    // The upload is on its way: its progress shows.
    expect(await screen.findByText('Mengunggah — 50%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Mengunggah' })).toBeTruthy();
    first.release();

    // The server checks the rows: status and progress while it works, the button waits.
    expect(await screen.findByText('Memeriksa baris 3 dari 7 — 43%')).toBeTruthy();
    expect(screen.getByText('Sedang diperiksa')).toBeTruthy();
    expect(upload).toHaveProperty('disabled', true);

    expect(await screen.findByText('2 kesalahan ditemukan', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('Ada kesalahan')).toBeTruthy();
    expect(screen.getByText(/^Perbaiki baris yang disebut di bawah/)).toBeTruthy();
    const errors = screen
      .getAllByRole('table')
      .find((t) => within(t).queryByRole('columnheader', { name: 'Keterangan' }))!;
    const cells = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['Unit', '3', 'Kode unit', duplicate],
      ['PIC', '2', 'Email', badEmail],
    ]);
    // In the preview, the row with a problem carries it; the good row does not.
    expect(screen.getByRole('row', { description: `Baris ini bermasalah: ${duplicate}` })).toBeTruthy();
    expect(
      screen.getByRole('row', { name: /Dinas Kependudukan dan Pencatatan Sipil/ }).getAttribute('title'),
    ).toBeNull();
    // Nothing can be written while errors exist.
    expect(screen.queryByRole('button', { name: 'Tulis ke basis data' })).toBeNull();
    expect(upload).toHaveProperty('disabled', false);

    // The fixed file passes.
    states.set('imp-2', [
      job('imp-2', {
        status: 'ready',
        processedRows: 7,
        summary: { units: 1, products: 1, contacts: 1 },
        preview: { ...preview, units: preview.units.slice(0, 1) },
      }),
    ]);
    await user.upload(fileInput(container), xlsx('unit-layanan-perbaikan.xlsx'));
    expect(await screen.findByText('Berkas lolos pemeriksaan')).toBeTruthy();
    expect(screen.getByText('Akan ditambahkan: 1 unit, 1 layanan, 1 PIC.')).toBeTruthy();
    expect(screen.queryByText('2 kesalahan ditemukan')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tulis ke basis data' }));
    expect(await screen.findByText('Menulis baris 3 dari 7 — 43%')).toBeTruthy();
    expect(
      await screen.findByText('Ditambahkan: 1 unit, 1 layanan, 1 PIC.', {}, { timeout: 3000 }),
    ).toBeTruthy();
    expect(screen.getByText('Impor selesai ditulis ke basis data.')).toBeTruthy();

    expect(
      api.sent('POST', `/governments/${ids.government}/imports`).map((r) => (r.body as FormData).get('file')),
    ).toEqual([
      expect.objectContaining({ name: 'unit-layanan.xlsx' }),
      expect.objectContaining({ name: 'unit-layanan-perbaikan.xlsx' }),
    ]);
    expect(api.sent('POST', '/imports/imp-2/commit')).toHaveLength(1);
    expect(api.sent('POST', '/imports/imp-1/commit')).toHaveLength(0);
  });

  it('refuses a file of the wrong type or too large before uploading, and shows the server’s refusal', async () => {
    const api = new FakeApi().on(
      'POST',
      `/governments/${ids.government}/imports`,
      apiError(
        400,
        'BAD_REQUEST',
        'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca. Unduh templat impor, isi, simpan sebagai "Buku Kerja Excel (*.xlsx)", lalu unggah kembali.',
      ),
    );
    const { container } = renderApp(<ImportWizard governmentId={ids.government} canImport />, { api });
    // A user who picks "All files" in the dialog: the input's accept list does not stop them.
    const user = userEvent.setup({ applyAccept: false, delay: null });

    await user.upload(fileInput(container), new File(['a;b'], 'unit.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Hanya berkas Excel (.xlsx) yang dapat diimpor.')).toBeTruthy();

    const big = xlsx('besar.xlsx');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await user.upload(fileInput(container), big);
    expect(await screen.findByText(/^Berkas terlalu besar \(maksimal 10/)).toBeTruthy();
    expect(screen.queryByText('Hanya berkas Excel (.xlsx) yang dapat diimpor.')).toBeNull();
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);

    // An .xlsx the server cannot read: its message, and nothing to write.
    await user.upload(fileInput(container), xlsx('rusak.xlsx'));
    expect(
      await screen.findByText(/^Berkas bukan buku kerja Excel \(\.xlsx\) yang dapat dibaca\./),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tulis ke basis data' })).toBeNull();
  });

  it('without the import permission only the export is offered', () => {
    renderApp(<ImportWizard governmentId={ids.government} canImport={false} />);
    expect(screen.getByRole('button', { name: 'Excel (.xlsx)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unggah berkas .xlsx' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unduh templat (.xlsx)' })).toBeNull();
  });
});
