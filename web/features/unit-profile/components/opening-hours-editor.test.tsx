/**
 * The opening-hours editor inside the service profile tab, against a fake API: seven weekdays
 * (a day not saved shows closed), the same rule as the server (closing after opening, a break
 * inside the hours) shown beside the field before anything is sent, the save body, and the
 * optimistic lock's 409 with a reload.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { ServiceProfileBodySchema, type ServiceProfile } from '../../../../shared/contracts/unit-profile';
import { UnitProfileTabs } from './unit-profile-tabs';

const UNIT = '00000000-0000-4000-8000-000000000u01'.replace('u', '0');

const profile = (over: Partial<ServiceProfile> = {}): ServiceProfile => ({
  unitId: UNIT,
  timeZone: 'WITA',
  rowVersion: 3,
  openingHours: [
    { day: 1, closed: false, open: '07:30', close: '15:00', breakStart: '12:00', breakEnd: '13:00' },
    { day: 5, closed: false, open: '07:30', close: '11:00' },
  ],
  vision: 'Pelayanan prima',
  mission: null,
  motto: 'Cepat dan ramah',
  specialServices: [],
  integratedServices: null,
  facilities: ['Ruang tunggu'],
  updatedAt: '2026-12-01T02:00:00Z',
  updatedBy: 'Rina',
  ...over,
});

function setup(api = new FakeApi()) {
  api.on('GET', '/units/:id/profile', { body: profile() });
  return renderApp(<UnitProfileTabs unitId={UNIT} canWrite />, {
    api,
    user: testUser({ role: 'gov_coordinator', governmentId: '00000000-0000-4000-8000-0000000000b1' }),
  });
}

describe('opening hours editor', () => {
  it('shows all seven days in the unit’s zone; days not saved are closed', async () => {
    setup();
    const editor = await screen.findByTestId('opening-hours');
    expect(within(editor).getByText('Waktu setempat (WITA)')).toBeTruthy();
    for (const day of [1, 2, 3, 4, 5, 6, 7]) expect(screen.getByTestId(`day-${day}`)).toBeTruthy();
    expect((screen.getByTestId('day-1-open') as HTMLInputElement).value).toBe('07:30');
    expect((screen.getByTestId('day-1-break-end') as HTMLInputElement).value).toBe('13:00');
    expect(within(screen.getByTestId('day-2')).getByText('Tutup sepanjang hari')).toBeTruthy();
    expect(screen.queryByTestId('day-2-open')).toBeNull();
  });

  it('refuses closing before opening beside the field, in Indonesian, and sends nothing', async () => {
    const { user, api } = setup();
    const close = (await screen.findByTestId('day-5-close')) as HTMLInputElement;
    await user.clear(close);
    await user.type(close, '07:00');
    await user.click(screen.getByTestId('profile-save'));
    expect(await screen.findByText('Jam tutup harus setelah jam buka.')).toBeTruthy();
    expect(api.sent('PUT', `/units/${UNIT}/profile`)).toHaveLength(0);
  });

  it('saves seven days with the loaded row version: a day opened with default hours, the copy to weekdays', async () => {
    const api = new FakeApi();
    api.on('PUT', '/units/:id/profile', (req) => ({
      body: { ...profile(), ...(req.body as object), rowVersion: 4 },
    }));
    const { user } = setup(api);
    await user.click(await screen.findByTestId('day-6-open-switch'));
    expect((screen.getByTestId('day-6-open') as HTMLInputElement).value).toBe('07:30');
    await user.click(screen.getByTestId('copy-weekdays'));
    await user.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(api.sent('PUT', `/units/${UNIT}/profile`)).toHaveLength(1));
    const body = ServiceProfileBodySchema.parse(api.sent('PUT', `/units/${UNIT}/profile`)[0]!.body);
    expect(body.rowVersion).toBe(3);
    expect(body.openingHours).toHaveLength(7);
    expect(body.openingHours.find((d) => d.day === 3)).toMatchObject({
      closed: false,
      open: '07:30',
      close: '15:00',
      breakStart: '12:00',
    });
    expect(body.openingHours.find((d) => d.day === 6)).toMatchObject({
      closed: false,
      open: '07:30',
      close: '15:00',
    });
    expect(body.openingHours.find((d) => d.day === 7)).toEqual({ day: 7, closed: true });
  });

  it('a stale version (409) says someone else saved and offers a reload', async () => {
    const api = new FakeApi();
    api.on(
      'PUT',
      '/units/:id/profile',
      apiError(409, 'CONFLICT', 'Data ini baru saja diubah oleh pengguna lain.'),
    );
    const { user } = setup(api);
    await user.click(await screen.findByTestId('profile-save'));
    const alert = await screen.findByTestId('stale-alert');
    expect(within(alert).getByText(/baru saja diubah/)).toBeTruthy();
    const gets = api.sent('GET', `/units/${UNIT}/profile`).length;
    await user.click(within(alert).getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(api.sent('GET', `/units/${UNIT}/profile`).length).toBeGreaterThan(gets));
  });
});
