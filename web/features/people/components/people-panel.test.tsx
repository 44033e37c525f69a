/**
 * The coordinator's people panel below the browser: "Buat akun massal" sends the ticked contacts
 * (only those with an e-mail by "select all"), shows the per-row results and the one-time links
 * once; "Serah terima (mutasi)" hands a PIC over to a new person from a contact and shows what
 * moved with the new account's link; the "Atur kata sandi" form shows a refused link's reason.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BulkAccountsResult, HandoverResult, PersonDto } from '../../../../shared/contracts/people';
import type { ContactListItemDto } from '../../../../shared/contracts/registry';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { PeoplePanel } from './people-panel';
import { SetupPasswordForm } from './setup-password-form';

const gov = ids.government;
const coordinator = testUser({ role: 'gov_coordinator', governmentId: gov });
const uuid = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;

const pic: PersonDto = {
  id: uuid(1),
  name: 'Budi Santoso',
  email: 'budi@disdukcapil.go.id',
  role: 'unit_pic',
  units: [{ id: ids.unitA, name: 'Disdukcapil' }],
  teamAssignments: 0,
  lastLoginAt: null,
  archivedAt: null,
};

const contact = (n: number, over: Partial<ContactListItemDto>): ContactListItemDto => ({
  id: uuid(100 + n),
  unitId: ids.unitA,
  unitName: 'Disdukcapil',
  governmentId: gov,
  name: `Kontak ${n}`,
  position: null,
  phone: null,
  email: null,
  userId: null,
  archivedAt: null,
  ...over,
});
const contacts = [
  contact(1, { name: 'Siti Aminah', email: 'siti@disdukcapil.go.id' }),
  contact(2, { name: 'Tanpa Email' }),
  contact(3, { name: 'Budi Santoso', email: pic.email, userId: pic.id }),
];
const LINK = 'http://localhost:3000/atur-sandi#t=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function api() {
  return new FakeApi()
    .on('GET', `/governments/${gov}/people`, { body: { items: [pic] } })
    .on('GET', `/governments/${gov}/contacts`, { body: { items: contacts, nextCursor: null } });
}

describe('people panel', () => {
  it('creates accounts in bulk and shows the per-row results and links once', async () => {
    const result: BulkAccountsResult = {
      role: 'unit_pic',
      created: 1,
      skipped: 0,
      expiresAt: '2026-12-12T03:00:00.000Z',
      rows: [
        {
          contactId: contacts[0]!.id,
          contactName: 'Siti Aminah',
          unitName: 'Disdukcapil',
          status: 'created',
          reason: null,
          userId: uuid(2),
          email: 'siti@disdukcapil.go.id',
          setupLink: LINK,
        },
      ],
    };
    const fake = api().on('POST', `/governments/${gov}/people/accounts`, { body: result });
    const view = renderApp(<PeoplePanel governmentId={gov} />, { api: fake, user: coordinator });
    await view.user.click(await screen.findByRole('button', { name: 'Buat akun massal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buat akun massal' });
    // The contact that has an account is not offered; the one without e-mail is, marked.
    await within(dialog).findByText('Siti Aminah');
    expect(within(dialog).queryByText('Budi Santoso')).toBeNull();
    expect(within(dialog).getByText('tanpa email')).toBeTruthy();
    await view.user.click(
      within(dialog).getByRole('checkbox', { name: 'Pilih semua yang belum punya akun' }),
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'Buat 1 akun' }));
    await within(dialog).findByTestId('bulk-result');
    expect(fake.sent('POST', `/governments/${gov}/people/accounts`)[0]!.body).toEqual({
      role: 'unit_pic',
      contactIds: [contacts[0]!.id],
    });
    expect(within(dialog).getByText('1 akun dibuat, 0 dilewati.')).toBeTruthy();
    expect(within(dialog).getByText(/Tautan masuk hanya ditampilkan sekali/)).toBeTruthy();
    expect(within(dialog).getByTestId('bulk-link').textContent).toBe(LINK);
    expect(within(dialog).getByText('Dibuat')).toBeTruthy();
    // Closed and opened again: the links are gone.
    await view.user.click(within(dialog).getByRole('button', { name: 'Selesai' }));
    await view.user.click(screen.getByRole('button', { name: 'Buat akun massal' }));
    const again = await screen.findByRole('dialog', { name: 'Buat akun massal' });
    expect(within(again).queryByTestId('bulk-link')).toBeNull();
  });

  it("hands a PIC over to a new person from a contact and shows the new account's link once", async () => {
    const result: HandoverResult = {
      role: 'unit_pic',
      from: { id: pic.id, name: pic.name, archived: false },
      to: { id: uuid(3), name: 'Siti Aminah', email: 'siti@disdukcapil.go.id', created: true },
      units: [{ id: ids.unitA, name: 'Disdukcapil' }],
      openSelfAssessments: 1,
      improvementPoints: 2,
      teamAssignments: 0,
      contactsArchived: 1,
      setupLink: LINK,
      expiresAt: '2026-12-12T03:00:00.000Z',
    };
    const fake = api().on('POST', `/governments/${gov}/people/handover`, { body: result });
    const view = renderApp(<PeoplePanel governmentId={gov} />, { api: fake, user: coordinator });
    const row = await screen.findByTestId('person-row');
    await view.user.click(within(row).getByRole('button', { name: 'Serah terima (mutasi)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Serah terima (mutasi)' });
    await view.user.click(within(dialog).getByRole('radio', { name: 'Kontak baru (dibuatkan akun)' }));
    await view.user.click(within(dialog).getByRole('combobox', { name: 'Kontak penerima' }));
    await view.user.click(await screen.findByRole('option', { name: 'Siti Aminah — Disdukcapil' }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Serahkan' }));
    await within(dialog).findByTestId('handover-result');
    expect(fake.sent('POST', `/governments/${gov}/people/handover`)[0]!.body).toEqual({
      fromUserId: pic.id,
      toContactId: contacts[0]!.id,
      archiveFrom: false,
    });
    expect(within(dialog).getByText('Unit yang diserahkan: Disdukcapil')).toBeTruthy();
    expect(within(dialog).getByText(/1 penilaian mandiri masih terbuka dan 2 poin perbaikan/)).toBeTruthy();
    expect(within(dialog).getByTestId('secret-value').textContent).toBe(LINK);
  });

  it("shows the server's reason when a handover is refused", async () => {
    const fake = api().on(
      'POST',
      `/governments/${gov}/people/handover`,
      apiError(
        409,
        'CONFLICT',
        'Tidak ada yang dapat diserahterimakan: akun ini tidak memegang unit maupun penugasan rencana kerja.',
      ),
    );
    const view = renderApp(<PeoplePanel governmentId={gov} />, {
      api: fake.on('GET', `/governments/${gov}/people`, {
        body: { items: [pic, { ...pic, id: uuid(4), name: 'Dewi Lestari', units: [] }] },
      }),
      user: coordinator,
    });
    const rows = await screen.findAllByTestId('person-row');
    await view.user.click(within(rows[0]!).getByRole('button', { name: 'Serah terima (mutasi)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Serah terima (mutasi)' });
    await view.user.click(within(dialog).getByRole('combobox', { name: 'Akun penerima' }));
    await view.user.click(await screen.findByRole('option', { name: 'Dewi Lestari — PIC Unit' }));
    await view.user.click(within(dialog).getByRole('button', { name: 'Serahkan' }));
    await waitFor(() =>
      expect(within(dialog).getByText(/^Tidak ada yang dapat diserahterimakan/)).toBeTruthy(),
    );
  });
});

describe('atur kata sandi', () => {
  it("shows why a link is refused, in the server's words", async () => {
    const token = 'x'.repeat(43);
    const fake = new FakeApi().on(
      'POST',
      '/auth/setup-password/check',
      apiError(
        400,
        'VALIDATION_FAILED',
        'Tautan masuk ini sudah kedaluwarsa. Minta tautan baru kepada koordinator.',
        {
          token: 'Tautan masuk ini sudah kedaluwarsa.',
        },
      ),
    );
    renderApp(<SetupPasswordForm token={token} onDone={() => {}} />, { api: fake, user: undefined });
    expect((await screen.findByTestId('setup-refused')).textContent).toMatch(/sudah kedaluwarsa/);
  });

  it('asks twice, sends the token with the password, and reports done', async () => {
    const token = 'y'.repeat(43);
    let doneFor = '';
    const fake = new FakeApi()
      .on('POST', '/auth/setup-password/check', {
        body: { name: 'Siti Aminah', email: 'siti@disdukcapil.go.id', expiresAt: '2026-12-12T03:00:00.000Z' },
      })
      .on('POST', '/auth/setup-password', { status: 204 });
    const view = renderApp(<SetupPasswordForm token={token} onDone={(e) => (doneFor = e)} />, { api: fake });
    await screen.findByText(/Halo Siti Aminah/);
    await view.user.type(screen.getByLabelText(/^Kata sandi baru/), 'sandi-baru-siti-1');
    await view.user.type(screen.getByLabelText(/^Ulangi kata sandi/), 'sandi-lain-siti-1');
    await view.user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    expect(await screen.findByText('Kedua kata sandi tidak sama.')).toBeTruthy();
    expect(fake.sent('POST', '/auth/setup-password')).toHaveLength(0);
    await view.user.clear(screen.getByLabelText(/^Ulangi kata sandi/));
    await view.user.type(screen.getByLabelText(/^Ulangi kata sandi/), 'sandi-baru-siti-1');
    await view.user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    await waitFor(() => expect(doneFor).toBe('siti@disdukcapil.go.id'));
    expect(fake.sent('POST', '/auth/setup-password')[0]!.body).toEqual({
      token,
      password: 'sandi-baru-siti-1',
    });
  });
});
