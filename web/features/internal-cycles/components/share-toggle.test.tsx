/**
 * Sharing an internal cycle with the Ombudsman office below the browser: the switch asks first
 * (saying the office can only read), then POST /api/cycles/:id/share; cancelling sends nothing.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShareBodySchema } from '../../../../shared/contracts/assessments-internal';
import type { CycleDetail } from '../../../../shared/contracts/assessments-cycles';
import { FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { ShareToggle } from './share-toggle';

const OFFICE = 'Ombudsman RI Perwakilan Kepulauan Bangka Belitung';
const cycle: CycleDetail = {
  id: ids.cycle,
  officeId: '77777777-7777-4777-8777-777777777777',
  officeName: OFFICE,
  officeTimeZone: 'WIB',
  year: 2024,
  name: 'Penilaian Mandiri Kepatuhan Pelayanan Publik 2024',
  kind: 'internal',
  ownerGovernmentId: ids.government,
  ownerGovernmentName: 'Pemerintah Kabupaten Bangka Barat',
  sharedAt: null,
  frameworkId: 'spot-check-2024',
  status: 'self_assessment',
  productsPerUnit: 2,
  approvedAt: null,
  publishedAt: null,
  governmentCount: 1,
  selfStart: '2024-02-01',
  selfEnd: '2024-03-31',
  verifyStart: '2024-04-01',
  verifyEnd: '2024-05-31',
  appealStart: null,
  appealEnd: null,
  finalDate: '2024-06-14',
  governments: [],
};
const SHARE = `/cycles/${ids.cycle}/share`;
const coordinator = testUser({ role: 'gov_coordinator', governmentId: ids.government });

describe('sharing with the office', () => {
  it('asks first, explaining the office reads only, then shares', async () => {
    const api = new FakeApi().on('POST', SHARE, {
      body: { ...cycle, sharedAt: '2024-04-02T03:00:00.000Z' },
    });
    const view = renderApp(<ShareToggle cycle={cycle} canManage />, { api, user: coordinator });
    expect(screen.getByText('Tidak dibagikan: hanya pemerintah Anda yang melihat hasil ini.')).toBeTruthy();
    await view.user.click(
      screen.getByRole('switch', { name: 'Bagikan hasil ke Kantor Perwakilan Ombudsman' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Bagikan hasil ke kantor perwakilan?' });
    expect(
      within(dialog).getByText(new RegExp(`Staf ${OFFICE} .* hanya membaca dan tidak dapat mengubah`)),
    ).toBeTruthy();
    expect(api.sent('POST', SHARE)).toEqual([]);
    await view.user.click(within(dialog).getByRole('button', { name: 'Bagikan' }));

    await waitFor(() => expect(api.sent('POST', SHARE)).toHaveLength(1));
    expect(api.sent('POST', SHARE)[0]!.body).toEqual({ shared: true });
    expect(ShareBodySchema.safeParse(api.sent('POST', SHARE)[0]!.body).success).toBe(true);
    expect(await screen.findByText('Hasil dibagikan ke kantor perwakilan.')).toBeTruthy();
  });

  it('sends nothing when the dialog is cancelled, and stops sharing after its own confirmation', async () => {
    const shared = { ...cycle, sharedAt: '2024-04-02T03:00:00.000Z' };
    const api = new FakeApi().on('POST', SHARE, { body: { ...cycle, sharedAt: null } });
    const view = renderApp(<ShareToggle cycle={shared} canManage />, { api, user: coordinator });
    expect(screen.getByText(/Dibagikan ke .* sejak 2 Apr 2024/)).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: 'Bagikan hasil ke Kantor Perwakilan Ombudsman' });
    await view.user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Hentikan berbagi?' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.sent('POST', SHARE)).toEqual([]);

    await view.user.click(toggle);
    await view.user.click(
      within(await screen.findByRole('dialog', { name: 'Hentikan berbagi?' })).getByRole('button', {
        name: 'Hentikan berbagi',
      }),
    );
    await waitFor(() => expect(api.sent('POST', SHARE).map((r) => r.body)).toEqual([{ shared: false }]));
  });

  it('shows the state without a switch to anyone but the owner’s coordinator', () => {
    renderApp(<ShareToggle cycle={{ ...cycle, sharedAt: '2024-04-02T03:00:00.000Z' }} canManage={false} />, {
      api: new FakeApi(),
      user: testUser({ role: 'assessor' }),
    });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByText(/Staf kantor hanya dapat membaca/)).toBeTruthy();
  });
});
