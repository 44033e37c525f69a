/**
 * The offices table: the head office and an archived office carry their badges inside the name's
 * cell, which is a div (a badge is a div, which a paragraph may not hold: React reports it).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { OfficeList } from './office-list';

const office = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  code: id.slice(0, 4).toUpperCase(),
  isHeadOffice: false,
  address: null,
  provinceCodes: ['63'],
  provinces: [{ code: '63', name: 'Kalimantan Selatan' }],
  governmentCount: 14,
  archivedAt: null,
  ...extra,
});

describe('OfficeList', () => {
  it('shows the head office badge with the name, and React reports no bad nesting', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = new FakeApi().on('GET', '/offices', {
      body: {
        items: [
          office('pusat-1', 'Ombudsman RI Pusat', { isHeadOffice: true }),
          office('kals-1', 'Perwakilan Kalimantan Selatan'),
        ],
      },
    });
    renderApp(<OfficeList canWrite={false} />, { api, user: testUser({ role: 'admin' }) });
    const table = await screen.findByTestId('office-table');
    expect(within(table).getByText('Pusat')).toBeTruthy();
    const nesting = errors.mock.calls.filter((c) => String(c[0]).includes('descendant of'));
    errors.mockRestore();
    expect(nesting).toEqual([]);
  });
});
