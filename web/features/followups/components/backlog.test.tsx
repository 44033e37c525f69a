/**
 * The backlog page as its users live it: the counts and rows of the filter, a count chip and the
 * filters going into the address and the query, "Muat lagi" sending the cursor, the empty state;
 * the coordinator's bulk assignment (only the PICs of the selected items' unit are offered; the
 * versions go with the ids) and the 409 of an item that moved meanwhile.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { Backlog } from './backlog';
import { fx, item, page } from './fixtures.test-data';

const coordinator = testUser({ id: fx.coordinator, role: 'gov_coordinator', governmentId: fx.government });
const people = {
  items: [
    {
      id: fx.picA,
      name: 'Ani PIC Disdukcapil',
      email: 'ani@x.go.id',
      role: 'unit_pic',
      units: [{ id: fx.unitA, name: 'Disdukcapil' }],
      teamAssignments: 0,
      lastLoginAt: null,
      archivedAt: null,
    },
    {
      id: fx.picB,
      name: 'Budi PIC RSUD',
      email: 'budi@x.go.id',
      role: 'unit_pic',
      units: [{ id: fx.unitB, name: 'RSUD' }],
      teamAssignments: 0,
      lastLoginAt: null,
      archivedAt: null,
    },
  ],
};

function coordinatorApi() {
  return new FakeApi()
    .on('GET', `/governments/${fx.government}/units`, {
      body: {
        items: [
          { id: fx.unitA, name: 'Disdukcapil' },
          { id: fx.unitB, name: 'RSUD' },
        ],
      },
    })
    .on('GET', '/followups/overdue', {
      body: {
        items: [
          {
            governmentId: fx.government,
            governmentName: 'Kabupaten Balangan',
            officeId: null,
            open: 3,
            overdue: 1,
            oldestDue: '2026-10-01',
          },
        ],
      },
    })
    .on('GET', `/governments/${fx.government}/people`, { body: people });
}

describe('Backlog page', () => {
  it('shows the counts and rows, filters through the address and the query, and loads the next page', async () => {
    const api = coordinatorApi().on('GET', '/followups', (req) => {
      if (req.query.get('cursor') === 'c2')
        return { body: page([item(3, { action: 'Item halaman kedua' })]) };
      if (req.query.get('status') === 'dijawab') return { body: page([item(2, { status: 'dijawab' })]) };
      return {
        body: page([item(1, { overdue: true, dueOn: '2026-01-15' }), item(2, { status: 'dijawab' })], 'c2'),
      };
    });
    const view = renderApp(<Backlog />, { api, user: coordinator, path: '/tindak-lanjut' });
    expect(await screen.findAllByTestId('fu-row')).toHaveLength(2);
    expect(screen.getByLabelText('Semua: 3')).toBeTruthy();
    expect(screen.getByLabelText('Lewat tenggat: 1')).toBeTruthy();
    expect(within(await screen.findByTestId('fu-overdue')).getByText('Kabupaten Balangan')).toBeTruthy();

    await view.user.click(screen.getByTestId('load-more'));
    expect(await screen.findByText('Item halaman kedua')).toBeTruthy();
    expect(api.sent('GET', '/followups').at(-1)!.query.get('cursor')).toBe('c2');

    await view.user.click(screen.getByTestId('fu-count-dijawab'));
    await waitFor(() => expect(screen.getAllByTestId('fu-row')).toHaveLength(1));
    expect(view.router.state.location.search).toContain('status=dijawab');
    expect(api.sent('GET', '/followups').at(-1)!.query.get('status')).toBe('dijawab');

    await view.user.click(screen.getByTestId('fu-filter-todo'));
    await waitFor(() => expect(api.sent('GET', '/followups').at(-1)!.query.get('todo')).toBe('true'));
    expect(api.sent('GET', '/followups').at(-1)!.query.get('status')).toBe('dijawab');
  });

  it('a government overdue under an office and on its own is one row with the sums', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const row = { governmentId: fx.government, governmentName: 'Kabupaten Balangan' };
    const api = new FakeApi()
      .on('GET', `/governments/${fx.government}/units`, { body: { items: [] } })
      .on('GET', `/governments/${fx.government}/people`, { body: people })
      .on('GET', '/followups', { body: page([]) })
      .on('GET', '/followups/overdue', {
        body: {
          items: [
            { ...row, officeId: fx.office, open: 101, overdue: 87, oldestDue: '2023-03-07' },
            { ...row, officeId: null, open: 53, overdue: 43, oldestDue: '2023-05-30' },
          ],
        },
      });
    renderApp(<Backlog />, { api, user: coordinator, path: '/tindak-lanjut' });
    await waitFor(() => expect(screen.getAllByTestId('fu-overdue-row')).toHaveLength(1));
    const cells = [...screen.getByTestId('fu-overdue-row').querySelectorAll('td')].map((c) => c.textContent);
    // 101 + 53 open, 87 + 43 overdue, the earlier of the two oldest due dates.
    expect(cells).toEqual(['Kabupaten Balangan', '154', '130', '7 Mar 2023']);
    const keyWarnings = errors.mock.calls.filter((c) => String(c[0]).includes('same key'));
    errors.mockRestore();
    expect(keyWarnings).toEqual([]);
  });

  it('says so when nothing matches the filters', async () => {
    const api = coordinatorApi().on('GET', '/followups', { body: page([]) });
    renderApp(<Backlog />, {
      api,
      user: coordinator,
      path: '/tindak-lanjut',
      at: '/tindak-lanjut?overdue=true',
    });
    expect(await screen.findByText('Tidak ada tindak lanjut yang cocok dengan filter.')).toBeTruthy();
    expect(api.sent('GET', '/followups')[0]!.query.get('overdue')).toBe('true');
  });

  it('assigns the selected items to a PIC of their unit, with their versions', async () => {
    const open = [
      item(1, { can: ['assign'], version: 4 }),
      item(2, { can: ['assign'], version: 7 }),
      item(3, { can: [], status: 'dikirim' }),
    ];
    const api = coordinatorApi()
      .on('GET', '/followups', { body: page(open) })
      .on('POST', '/followups/assign', (req) => ({
        body: {
          items: (req.body as { items: Array<{ id: string }> }).items.map((i) => ({ ...open[0], id: i.id })),
        },
      }));
    const view = renderApp(<Backlog />, { api, user: coordinator, path: '/tindak-lanjut' });
    const boxes = await screen.findAllByTestId('fu-select');
    expect((boxes[2] as HTMLInputElement).disabled).toBe(true);
    await view.user.click(boxes[0]!);
    await view.user.click(boxes[1]!);
    expect(screen.getByTestId('fu-bulk-count').textContent).toBe('2 dipilih');

    const owner = (await screen.findByTestId('fu-bulk-owner')) as HTMLSelectElement;
    await waitFor(() => expect(owner.options.length).toBe(3));
    const offered = [...owner.options].map((o) => o.textContent);
    expect(offered.some((o) => o?.includes('Ani PIC Disdukcapil'))).toBe(true);
    expect(offered.some((o) => o?.includes('Budi PIC RSUD'))).toBe(false);
    expect((screen.getByTestId('fu-bulk-send') as HTMLButtonElement).disabled).toBe(true);

    await view.user.selectOptions(owner, fx.picA);
    await view.user.click(screen.getByTestId('fu-bulk-assign'));
    await waitFor(() => expect(api.sent('POST', '/followups/assign')).toHaveLength(1));
    expect(api.sent('POST', '/followups/assign')[0]!.body).toEqual({
      items: [
        { id: fx.item(1), version: 4 },
        { id: fx.item(2), version: 7 },
      ],
      ownerId: fx.picA,
    });
    expect(await screen.findByText('2 tindak lanjut ditugaskan.')).toBeTruthy();
    expect(screen.queryByTestId('fu-bulk-count')).toBeNull();
  });

  it('saves nothing and says so when an item moved meanwhile (409)', async () => {
    const answered = [
      item(1, { status: 'dijawab', can: ['send'] }),
      item(2, { status: 'dijawab', can: ['send'] }),
    ];
    const api = coordinatorApi()
      .on('GET', '/followups', { body: page(answered) })
      .on('POST', '/followups/send', apiError(409, 'CONFLICT', 'Tindak lanjut sudah diubah orang lain.'));
    const view = renderApp(<Backlog />, { api, user: coordinator, path: '/tindak-lanjut' });
    await view.user.click(await screen.findByTestId('fu-select-all'));
    expect(screen.getByTestId('fu-bulk-count').textContent).toBe('2 dipilih');
    await view.user.click(screen.getByTestId('fu-bulk-send'));
    const alert = await screen.findByTestId('fu-bulk-conflict');
    expect(alert.textContent).toContain('Tindak lanjut sudah diubah orang lain.');
    expect(alert.textContent).toContain('Tidak ada yang disimpan');
    expect(screen.queryByTestId('fu-bulk-count')).toBeNull();
    // the list is asked again after the refusal
    await waitFor(() => expect(api.sent('GET', '/followups').length).toBeGreaterThan(1));
  });

  it('shows no selection boxes to a PIC', async () => {
    const pic = testUser({ id: fx.picA, role: 'unit_pic', governmentId: fx.government, unitIds: [fx.unitA] });
    const api = new FakeApi()
      .on('GET', `/governments/${fx.government}/units`, { body: { items: [] } })
      .on('GET', '/followups', { body: page([item(1, { can: ['answer'] })]) });
    renderApp(<Backlog />, { api, user: pic, path: '/tindak-lanjut' });
    expect(await screen.findAllByTestId('fu-row')).toHaveLength(1);
    expect(screen.queryByTestId('fu-select')).toBeNull();
    expect(screen.queryByTestId('fu-overdue')).toBeNull();
  });
});
