/**
 * The item drawer: the PIC's answer (a short note alone is refused before any request; two files,
 * a link and a library document go in one multipart request after the version and note, with
 * upload progress); the issuer's verification (buttons only from `can`, a reopen needs a reason,
 * the server's field error shows beside it); the create form's field errors from the API's 400;
 * a complaint panel fetching the detail only when a card is expanded.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { Backlog } from './backlog';
import { CaseFollowupsPanel } from './case-followups-panel';
import { detail, fx, item, page } from './fixtures.test-data';

/** Typing long text key by key re-renders the drawer per key; pasting is what a user often does anyway. */
async function fill(
  user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> },
  el: Element,
  text: string,
) {
  await user.click(el);
  await user.paste(text);
}

const pic = testUser({ id: fx.picA, role: 'unit_pic', governmentId: fx.government, unitIds: [fx.unitA] });
const assessor = testUser({ role: 'assessor', officeId: fx.office });

function drawerApi(d: ReturnType<typeof detail>) {
  return new FakeApi()
    .on('GET', `/governments/${fx.government}/units`, {
      body: { items: [{ id: fx.unitA, name: 'Disdukcapil' }] },
    })
    .on('GET', '/governments', { body: { items: [], nextCursor: null } })
    .on('GET', '/followups/overdue', { body: { items: [] } })
    .on('GET', '/followups', { body: page([d]) })
    .on('GET', `/followups/${d.id}`, { body: d });
}

describe('Follow-up item drawer', () => {
  it('lets the PIC answer with several files, a link and a library document in one request', async () => {
    const d = detail(item(1, { can: ['answer'], owner: { id: fx.picA, name: 'Ani' }, version: 3 }), [
      {
        at: '2026-11-01T02:00:00.000Z',
        action: 'dibuat',
        actor: 'Asesor',
        fromStatus: null,
        toStatus: 'terbuka',
        note: null,
        file: null,
        evidence: [],
      },
    ]);
    const api = drawerApi(d)
      .on('GET', `/units/${fx.unitA}/documents`, {
        body: {
          items: [
            {
              id: fx.doc,
              unitId: fx.unitA,
              kind: 'maklumat',
              title: 'Maklumat pelayanan 2026',
              productId: null,
              productName: null,
              madeOn: null,
              note: null,
              originalName: 'maklumat.pdf',
              mimeType: 'application/pdf',
              size: 1000,
              createdAt: '2026-01-01T00:00:00.000Z',
            },
          ],
        },
      })
      .on('POST', `/followups/${d.id}/answer`, { body: { ...d, status: 'dijawab', can: [] } });
    const view = renderApp(<Backlog />, {
      api,
      user: pic,
      path: '/tindak-lanjut',
      at: `/tindak-lanjut?item=${d.id}`,
    });
    const drawer = await screen.findByTestId('followup-detail');
    expect(within(drawer).getByText('Kepala Disdukcapil', { exact: false })).toBeTruthy();
    expect(within(drawer).getByText('Dibuat')).toBeTruthy();
    expect(within(drawer).queryByTestId('followup-done')).toBeNull();

    // A short note and no evidence: refused here, nothing sent.
    await view.user.type(within(drawer).getByTestId('followup-answer-note'), 'Sudah');
    await view.user.click(within(drawer).getByTestId('followup-answer-submit'));
    expect(await within(drawer).findByText(/Lampirkan bukti/)).toBeTruthy();
    expect(api.sent('POST', `/followups/${d.id}/answer`)).toHaveLength(0);

    const input = drawer.querySelector('input[type="file"]') as HTMLInputElement;
    await view.user.upload(input, [
      new File(['%PDF-1.4'], 'sk-pelayanan.pdf', { type: 'application/pdf' }),
      new File(['jpg'], 'foto-maklumat.jpg', { type: 'image/jpeg' }),
    ]);
    await view.user.click(within(drawer).getByTestId('followup-answer-add-link'));
    await view.user.type(
      within(drawer).getByTestId('followup-answer-link'),
      'https://balangankab.go.id/maklumat',
    );
    await view.user.click(within(drawer).getByTestId('followup-answer-library'));
    await view.user.click(await within(drawer).findByLabelText('Maklumat pelayanan 2026'));
    await view.user.click(within(drawer).getByTestId('followup-answer-submit'));

    await waitFor(() => expect(api.sent('POST', `/followups/${d.id}/answer`)).toHaveLength(1));
    const form = api.sent('POST', `/followups/${d.id}/answer`)[0]!.body as FormData;
    expect([...form.keys()]).toEqual(['version', 'note', 'link', 'documentId', 'file', 'file']);
    expect(form.get('version')).toBe('3');
    expect(form.get('note')).toBe('Sudah');
    expect(form.get('link')).toBe('https://balangankab.go.id/maklumat');
    expect(form.get('documentId')).toBe(fx.doc);
    expect(form.getAll('file').map((f) => (f as File).name)).toEqual([
      'sk-pelayanan.pdf',
      'foto-maklumat.jpg',
    ]);
    expect(await screen.findByText('Jawaban terkirim.')).toBeTruthy();
  });

  it("shows the server's error beside the link it is about", async () => {
    const d = detail(item(5, { can: ['answer'], version: 1 }));
    const api = drawerApi(d).on(
      'POST',
      `/followups/${d.id}/answer`,
      apiError(400, 'VALIDATION_FAILED', 'Periksa isian.', { 'link.1': 'Alamat tautan tidak valid.' }),
    );
    const view = renderApp(<Backlog />, {
      api,
      user: pic,
      path: '/tindak-lanjut',
      at: `/tindak-lanjut?item=${d.id}`,
    });
    const drawer = await screen.findByTestId('followup-detail');
    for (const url of ['https://balangankab.go.id/a', '', 'ftp://salah']) {
      await view.user.click(within(drawer).getByTestId('followup-answer-add-link'));
      const inputs = within(drawer).getAllByTestId('followup-answer-link');
      if (url) await fill(view.user, inputs.at(-1)!, url);
    }
    await view.user.click(within(drawer).getByTestId('followup-answer-submit'));
    await waitFor(() => expect(api.sent('POST', `/followups/${d.id}/answer`)).toHaveLength(1));
    const form = api.sent('POST', `/followups/${d.id}/answer`)[0]!.body as FormData;
    expect(form.getAll('link')).toEqual(['https://balangankab.go.id/a', 'ftp://salah']);
    // The blank row is gone, so the second row shown is the one the server names.
    const inputs = within(drawer).getAllByTestId('followup-answer-link') as HTMLInputElement[];
    expect(inputs).toHaveLength(2);
    const message = await within(drawer).findByText('Alamat tautan tidak valid.');
    expect(inputs[1]!.getAttribute('aria-describedby')).toContain(message.id);
  });

  it('lets the issuer verify, and reopen only with a reason; the server field error shows beside it', async () => {
    const d = detail(
      item(2, {
        status: 'dikirim',
        can: ['verify', 'reopen'],
        answeredBy: { id: fx.picA, name: 'Ani' },
        version: 5,
      }),
      [
        {
          at: '2026-11-02T02:00:00.000Z',
          action: 'dijawab',
          actor: 'Ani',
          fromStatus: 'terbuka',
          toStatus: 'dijawab',
          note: 'Maklumat sudah dipasang',
          file: { id: fx.doc, name: 'foto.jpg' },
          evidence: [
            { id: fx.item(90), kind: 'file', label: 'foto.jpg', url: null, fileId: fx.doc },
            {
              id: fx.item(91),
              kind: 'link',
              label: 'Situs',
              url: 'https://balangankab.go.id/maklumat',
              fileId: null,
            },
          ],
        },
      ],
    );
    let calls = 0;
    const api = drawerApi(d).on('POST', `/followups/${d.id}/verify`, (req) => {
      calls += 1;
      const body = req.body as { decision: string; reason?: string };
      if (body.decision === 'buka_kembali' && calls === 1)
        return apiError(400, 'VALIDATION_FAILED', 'Periksa isian.', { reason: 'Alasan terlalu umum.' });
      return { body: { ...d, status: body.decision === 'selesai' ? 'selesai' : 'dibuka_kembali', can: [] } };
    });
    const view = renderApp(<Backlog />, {
      api,
      user: assessor,
      path: '/tindak-lanjut',
      at: `/tindak-lanjut?item=${d.id}`,
    });
    const drawer = await screen.findByTestId('followup-detail');
    const evidence = within(drawer).getByTestId('followup-evidence');
    expect(within(evidence).getByText('foto.jpg').getAttribute('href')).toBe(
      `/api/followups/${d.id}/files/${fx.doc}`,
    );
    expect(within(evidence).getByText('Situs').getAttribute('href')).toBe(
      'https://balangankab.go.id/maklumat',
    );
    expect(within(drawer).queryByTestId('followup-answer-form')).toBeNull();

    await view.user.click(within(drawer).getByTestId('followup-reopen'));
    await view.user.click(within(drawer).getByTestId('followup-reopen'));
    expect(await within(drawer).findByText('Tuliskan alasan membuka kembali.')).toBeTruthy();
    expect(calls).toBe(0);
    await view.user.type(within(drawer).getByTestId('followup-reason'), 'Kurang');
    await view.user.click(within(drawer).getByTestId('followup-reopen'));
    expect(await within(drawer).findByText('Alasan terlalu umum.')).toBeTruthy();
    await fill(view.user, within(drawer).getByTestId('followup-reason'), ': foto tidak menunjukkan lokasi');
    await view.user.click(within(drawer).getByTestId('followup-reopen'));
    await waitFor(() => expect(calls).toBe(2));
    expect(api.sent('POST', `/followups/${d.id}/verify`)[1]!.body).toEqual({
      decision: 'buka_kembali',
      reason: 'Kurang: foto tidak menunjukkan lokasi',
      version: 5,
    });
    expect(await screen.findByText('Tindak lanjut dibuka kembali.')).toBeTruthy();
  });

  it('marks done in one click when the issuer accepts', async () => {
    const d = detail(item(3, { status: 'dikirim', can: ['verify', 'reopen'], version: 2 }));
    const api = drawerApi(d).on('POST', `/followups/${d.id}/verify`, {
      body: { ...d, status: 'selesai', can: [] },
    });
    const view = renderApp(<Backlog />, {
      api,
      user: assessor,
      path: '/tindak-lanjut',
      at: `/tindak-lanjut?item=${d.id}`,
    });
    await view.user.click(await screen.findByTestId('followup-done'));
    await waitFor(() => expect(api.sent('POST', `/followups/${d.id}/verify`)).toHaveLength(1));
    expect(api.sent('POST', `/followups/${d.id}/verify`)[0]!.body).toEqual({
      decision: 'selesai',
      version: 2,
    });
    expect(await screen.findByText('Tindak lanjut ditandai selesai.')).toBeTruthy();
  });

  it("shows the create form's field errors from the API's 400", async () => {
    const api = new FakeApi()
      .on('GET', '/governments', {
        body: { items: [{ id: fx.government, name: 'Kabupaten Balangan' }], nextCursor: null },
      })
      .on('GET', `/governments/${fx.government}/units`, { body: { items: [] } })
      .on('GET', '/followups/overdue', { body: { items: [] } })
      .on('GET', '/followups', { body: page([]) })
      .on(
        'POST',
        '/followups',
        apiError(400, 'VALIDATION_FAILED', 'Periksa isian.', {
          action: 'Wajib diisi.',
          dueOn: 'Tanggal tidak valid.',
        }),
      );
    const view = renderApp(<Backlog />, { api, user: assessor, path: '/tindak-lanjut' });
    await view.user.click(await screen.findByTestId('fu-create'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect((within(dialog).getByTestId('fu-create-government') as HTMLSelectElement).options.length).toBe(
        2,
      ),
    );
    await view.user.selectOptions(within(dialog).getByTestId('fu-create-government'), fx.government);
    await view.user.type(within(dialog).getByTestId('fu-create-addressee'), 'Bupati Balangan');
    await view.user.click(within(dialog).getByTestId('fu-create-submit'));
    expect(await within(dialog).findByText('Wajib diisi.')).toBeTruthy();
    expect(within(dialog).getByText('Tanggal tidak valid.')).toBeTruthy();
    expect(api.sent('POST', '/followups')[0]!.body).toMatchObject({
      kind: 'saran_perbaikan',
      governmentId: fx.government,
      addressee: 'Bupati Balangan',
      unitId: null,
      dueOn: null,
    });
  });
});

describe('CaseFollowupsPanel', () => {
  it('lists the case items and fetches one item’s history only when it is expanded', async () => {
    const caseId = '11111111-1111-4111-8111-111111111111';
    const a = item(4, {
      kind: 'tindakan_korektif',
      complaintId: caseId,
      status: 'dikirim',
      can: ['verify', 'reopen'],
    });
    const api = new FakeApi().on('GET', '/followups', { body: page([a]) }).on('GET', `/followups/${a.id}`, {
      body: detail(a, [
        {
          at: '2026-11-02T02:00:00.000Z',
          action: 'dikirim',
          actor: 'Koordinator',
          fromStatus: 'dijawab',
          toStatus: 'dikirim',
          note: null,
          file: null,
          evidence: [],
        },
      ]),
    });
    const view = renderApp(<CaseFollowupsPanel complaintId={caseId} />, { api, user: assessor });
    expect(await screen.findByTestId('followup-card')).toBeTruthy();
    expect(api.sent('GET', '/followups')[0]!.query.get('complaintId')).toBe(caseId);
    expect(api.sent('GET', `/followups/${a.id}`)).toHaveLength(0);
    await view.user.click(screen.getByTestId('followup-expand'));
    expect(await screen.findByText('Dikirim ke penerbit')).toBeTruthy();
    expect(screen.getByTestId('followup-done')).toBeTruthy();
  });
});
