/**
 * The government page's follow-up card: the head writes a batch letter from the office's items of
 * the government (a taken number shows the server's field error, nothing else is lost), the saved
 * letter is listed with its PDF; a coordinator reads the letters but cannot write one.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FollowupItem } from '../../../../shared/contracts/followups';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { followupExportUrl, type FollowupLetter } from '../api/followup-reports-api';
import { GovernmentFollowupReports } from './government-followup-reports';

const gov = '11111111-1111-4111-8111-111111111111';
const office = '44444444-4444-4444-8444-444444444444';
const item = (id: string, over: Partial<FollowupItem> = {}): FollowupItem => ({
  id,
  kind: 'saran_perbaikan',
  issuer: 'office',
  source: { type: 'cycle', id: null, label: 'Penilaian 2023', link: null },
  complaintId: null,
  officeId: office,
  governmentId: gov,
  governmentName: 'Kabupaten Balangan',
  unitId: null,
  unitName: 'Dinas Kesehatan',
  cycleId: null,
  indicatorCode: 'P.1',
  addressee: 'Kepala Dinas',
  action: `Butir ${id.slice(0, 4)}`,
  evidenceExpected: null,
  dueOn: '2026-04-01',
  status: 'terbuka',
  overdue: false,
  owner: null,
  answeredBy: null,
  answeredAt: null,
  sentAt: null,
  verifiedAt: null,
  publishedAt: null,
  version: 0,
  can: [],
  ...over,
});
const open = item('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
const done = item('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', { status: 'selesai' });
const own = item('cccccccc-cccc-4ccc-8ccc-cccccccccccc', { issuer: 'government', officeId: null });
const counts = { total: 3, terbuka: 2, dijawab: 0, dikirim: 0, selesai: 1, dibuka_kembali: 0, overdue: 0 };
const saved: FollowupLetter = {
  id: '22222222-2222-4222-8222-222222222222',
  governmentId: gov,
  governmentName: 'Kabupaten Balangan',
  number: 'B/0101/TL/2026',
  letterDate: '2026-03-02',
  subject: 'Penyampaian daftar tindak lanjut',
  signatoryName: 'Siti',
  signatoryPosition: 'Kepala Perwakilan',
  itemCount: 1,
  ready: true,
  createdAt: '2026-03-02T03:00:00.000Z',
};

describe('GovernmentFollowupReports', () => {
  it('the head writes a letter from the office’s items; a taken number shows on its field', async () => {
    let letters: FollowupLetter[] = [];
    const api = new FakeApi()
      .on('GET', '/followup-letters', () => ({ body: { items: letters } }))
      .on('GET', '/followups', { body: { items: [open, done, own], nextCursor: null, counts } })
      .on(
        'POST',
        '/followup-letters',
        apiError(409, 'CONFLICT', 'Nomor surat ini sudah dipakai surat lain kantor Anda.', {
          number: 'Nomor surat ini sudah dipakai surat lain kantor Anda.',
        }),
      );
    const view = renderApp(<GovernmentFollowupReports governmentId={gov} />, {
      api,
      user: testUser({ role: 'oversight_head', officeId: office }),
    });
    expect(await screen.findByText('Belum ada surat.')).toBeTruthy();
    expect(screen.getByTestId('followup-report-pdf')).toBeTruthy();
    await view.user.click(screen.getByTestId('fu-letter-new'));
    const dialog = await screen.findByRole('dialog');
    // The government's own item is not the office's to send.
    expect(await within(dialog).findByTestId(`fu-letter-item-${open.id}`)).toBeTruthy();
    expect(within(dialog).queryByTestId(`fu-letter-item-${own.id}`)).toBeNull();
    await view.user.type(within(dialog).getByTestId('fu-letter-number'), 'B/0101/TL/2026');
    await view.user.type(within(dialog).getByTestId('fu-letter-signatory'), 'Siti');
    await view.user.type(within(dialog).getByTestId('fu-letter-position'), 'Kepala Perwakilan');
    await view.user.click(within(dialog).getByTestId('fu-letter-select-open'));
    await view.user.click(within(dialog).getByTestId('fu-letter-save'));
    expect(
      await within(dialog).findByText('Nomor surat ini sudah dipakai surat lain kantor Anda.'),
    ).toBeTruthy();
    const [first] = api.sent('POST', '/followup-letters');
    expect(first!.body).toMatchObject({
      governmentId: gov,
      itemIds: [open.id],
      number: 'B/0101/TL/2026',
      subject: 'Penyampaian daftar tindak lanjut',
      signatoryName: 'Siti',
      signatoryPosition: 'Kepala Perwakilan',
    });

    api.on('POST', '/followup-letters', () => {
      letters = [saved];
      return { status: 201, body: saved };
    });
    await view.user.click(within(dialog).getByTestId('fu-letter-save'));
    const table = await screen.findByTestId('fu-letters');
    expect(within(table).getByText('B/0101/TL/2026')).toBeTruthy();
    expect(within(table).getByRole('link').getAttribute('href')).toBe(
      `/api/followup-letters/${saved.id}/pdf`,
    );
  });

  it('the coordinator reads the letters and the report, and writes none', async () => {
    const api = new FakeApi().on('GET', '/followup-letters', { body: { items: [saved] } });
    renderApp(<GovernmentFollowupReports governmentId={gov} />, {
      api,
      user: testUser({ role: 'gov_coordinator', governmentId: gov }),
    });
    expect(await screen.findByText('B/0101/TL/2026')).toBeTruthy();
    expect(screen.getByTestId('followup-report-pdf')).toBeTruthy();
    expect(screen.queryByTestId('fu-letter-new')).toBeNull();
    expect(api.sent('GET', '/followup-letters')[0]!.query.get('governmentId')).toBe(gov);
  });
});

describe('followupExportUrl', () => {
  it('carries the backlog’s filters, never its paging', () => {
    const url = new URL(
      followupExportUrl({ kind: 'saran_perbaikan', overdue: true, q: 'maklumat', limit: 50, cursor: 'abc' }),
      'http://patuh.test',
    );
    expect(url.pathname).toBe('/api/followups/export.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kind: 'saran_perbaikan',
      overdue: 'true',
      q: 'maklumat',
    });
  });
});
