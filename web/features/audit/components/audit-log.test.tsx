/**
 * The audit log's filters below the browser: each filter the user sets goes to the API as a query
 * the server's own schema accepts, the entries shown follow it, and the CSV link carries it too.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  AuditPageSchema,
  AuditQuerySchema,
  MASKED,
  type AuditEntryDto,
} from '../../../../shared/contracts/audit';
import { FakeApi, apiError } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { AuditLog } from './audit-log';

const budi = { id: '99999999-9999-4999-8999-000000000001', name: 'Budi Santoso' };
const sari = { id: '99999999-9999-4999-8999-000000000002', name: 'Sari Dewi' };

const entries: AuditEntryDto[] = [
  {
    id: 3,
    at: '2024-06-03T03:00:00.000Z',
    actorId: sari.id,
    actorName: sari.name,
    action: 'archive',
    entityType: 'unit',
    entityId: ids.unitB,
    entityLabel: 'Dinas Penanaman Modal dan PTSP',
    governmentId: ids.government,
    changes: [{ field: 'archivedAt', before: null, after: '2024-06-03T03:00:00.000Z', masked: false }],
  },
  {
    id: 2,
    at: '2024-05-20T02:00:00.000Z',
    actorId: budi.id,
    actorName: budi.name,
    action: 'update',
    entityType: 'contact',
    entityId: '99999999-9999-4999-8999-0000000000c1',
    entityLabel: 'Andi Pratama',
    governmentId: ids.government,
    changes: [
      { field: 'position', before: 'Kepala Subbagian', after: 'Sekretaris', masked: false },
      { field: 'phone', before: MASKED, after: MASKED, masked: true },
    ],
  },
  {
    id: 1,
    at: '2024-05-02T01:00:00.000Z',
    actorId: budi.id,
    actorName: budi.name,
    action: 'create',
    entityType: 'unit',
    entityId: ids.unitA,
    entityLabel: 'Dinas Kependudukan dan Pencatatan Sipil',
    governmentId: ids.government,
    changes: [],
  },
];

function server() {
  const api = new FakeApi();
  api.on('GET', '/audit', (req) => {
    // The query as the server reads it: a filter it would refuse fails here too.
    const parsed = AuditQuerySchema.safeParse(Object.fromEntries(req.query));
    if (!parsed.success) return apiError(400, 'VALIDATION', 'Data yang dikirim belum benar.');
    const q = parsed.data;
    const day = (at: string) => at.slice(0, 10);
    const items = entries.filter(
      (e) =>
        (!q.actorId || e.actorId === q.actorId) &&
        (!q.entityType || e.entityType === q.entityType) &&
        (!q.action || e.action === q.action) &&
        (!q.from || day(e.at) >= q.from) &&
        (!q.to || day(e.at) <= q.to),
    );
    return { body: AuditPageSchema.parse({ items, nextCursor: null }) };
  });
  api.on('GET', '/audit/actors', { body: { items: [budi, sari] } });
  api.on('GET', '/governments', {
    body: { items: [{ id: ids.government, name: 'Kabupaten Bangka Barat' }] },
  });
  return api;
}

const names = () =>
  screen.getAllByTestId('audit-entry').map((e) => within(e).getAllByText(/«.*»/)[0]!.textContent?.trim());
const lastQuery = (api: FakeApi) => Object.fromEntries(api.sent('GET', '/audit').at(-1)!.query);

describe('audit log filters', () => {
  it('sends each filter to the API and shows only the matching entries, the CSV link with the same filter', async () => {
    const api = server();
    const { user } = renderApp(<AuditLog showFilter />, { api });
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(3));
    // What changed, in words; a masked personal field says so.
    const contact = screen.getAllByTestId('audit-entry')[1]!;
    expect(within(contact).getByText('Budi Santoso')).toBeTruthy();
    expect(within(contact).getByText('mengubah')).toBeTruthy();
    expect(within(contact).getByText('Jabatan:')).toBeTruthy();
    expect(within(contact).getByText('Sekretaris')).toBeTruthy();
    expect(within(contact).getByText('(disamarkan: data pribadi)', { exact: false })).toBeTruthy();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Orang' }), 'Budi Santoso');
    await waitFor(() =>
      expect(names()).toEqual(['«Andi Pratama»', '«Dinas Kependudukan dan Pencatatan Sipil»']),
    );
    expect(lastQuery(api)).toMatchObject({ actorId: budi.id, limit: '50' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis data' }), 'Unit layanan');
    await waitFor(() => expect(names()).toEqual(['«Dinas Kependudukan dan Pencatatan Sipil»']));
    expect(lastQuery(api)).toMatchObject({ actorId: budi.id, entityType: 'unit' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Orang' }), 'Semua');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tindakan' }), 'mengarsipkan');
    await waitFor(() => expect(names()).toEqual(['«Dinas Penanaman Modal dan PTSP»']));
    expect(lastQuery(api)).not.toHaveProperty('actorId');

    await user.type(screen.getByLabelText('Sampai tanggal'), '2024-05-31');
    expect(await screen.findByText('Belum ada catatan')).toBeTruthy();
    expect(lastQuery(api)).toMatchObject({ entityType: 'unit', action: 'archive', to: '2024-05-31' });

    const csv = screen.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')!;
    expect(csv.startsWith('/api/audit/export?')).toBe(true);
    expect(Object.fromEntries(new URL(csv, 'http://patuh.test').searchParams)).toEqual({
      entityType: 'unit',
      action: 'archive',
      to: '2024-05-31',
    });
    // Every query the log sent is one the server's schema accepts.
    for (const r of api.sent('GET', '/audit'))
      expect(AuditQuerySchema.safeParse(Object.fromEntries(r.query)).success).toBe(true);
  });

  it('offers the government filter only to whom the page asks for it', async () => {
    const api = server();
    renderApp(<AuditLog governmentId={ids.government} showFilter />, { api });
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(3));
    expect(screen.queryByRole('combobox', { name: 'Pemerintah' })).toBeNull();
    expect(lastQuery(api)).toMatchObject({ governmentId: ids.government });
    expect(api.sent('GET', '/governments')).toEqual([]);
  });
});
