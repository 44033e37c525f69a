/**
 * Recording a report at the desk: the server's field errors show on their fields; the request
 * leaves out what the officer left empty and carries the registry body picked; the receipt shows
 * the tracking number and the PIN once, and the original goes up as its kind.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StaffReportInputSchema } from '../../../../shared/contracts/complaints';
import ComplaintNewPage from '../../../app/routes/complaint-new-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { CASE_ID } from '../test/case-fixture';

const BALANGAN = {
  id: '22222222-2222-4222-8222-222222222222',
  type: 'pemkab',
  name: 'Kabupaten Balangan',
  regionCode: '63.11',
  regionName: 'Kabupaten Balangan',
  provinceCode: '63',
  officeId: '88888888-8888-4888-8888-000000000001',
  officeName: 'Ombudsman Kalsel',
  address: null,
  website: null,
  unitCount: 0,
  productCount: 0,
  contactCount: 0,
  archivedAt: null,
};

/** Types by pasting (fast on a loaded machine; the same input events for a controlled field). */
async function fill(user: ReturnType<typeof renderApp>['user'], el: HTMLElement, text: string) {
  await user.click(el);
  await user.paste(text);
}

describe('record a report', () => {
  it('shows field errors on the fields, sends what was typed, then the receipt and the upload', async () => {
    const api = new FakeApi();
    api.on('GET', '/governments', (req) => ({
      body: { items: req.query.get('q') === 'Balangan' ? [BALANGAN] : [], nextCursor: null },
    }));
    api.on('POST', '/complaints', (req) => {
      const parsed = StaffReportInputSchema.safeParse(req.body);
      if (!parsed.success)
        return apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
          'identity.fullName': 'Wajib diisi.',
          subject: 'Wajib diisi.',
        });
      return {
        status: 201,
        body: {
          id: CASE_ID,
          trackingNumber: 'LM-2026-ABC123',
          pin: '483920',
          officeName: 'Ombudsman Kalsel',
        },
      };
    });
    api.on('POST', `/complaints/${CASE_ID}/attachments`, {
      status: 201,
      body: {
        id: '99999999-9999-4999-8999-0000000000a1',
        originalName: 'surat.pdf',
        mimeType: 'application/pdf',
        size: 9,
        source: 'petugas',
        kind: 'surat_laporan',
        note: null,
        createdAt: '2026-12-05T03:00:00.000Z',
      },
    });
    const { user } = renderApp(<ComplaintNewPage />, {
      path: '/pengaduan/baru',
      user: testUser({ role: 'assessor' }),
      api,
    });

    await user.click(await screen.findByRole('button', { name: 'Simpan laporan' }));
    const fullName = screen.getByRole('textbox', { name: /Nama lengkap/ });
    await waitFor(() => expect(fullName.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: /Pokok laporan/ }).getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(screen.getByRole('combobox', { name: /Saluran/ }), 'Surat');
    await fill(user, fullName, 'Warga Uji');
    await fill(user, screen.getByRole('textbox', { name: 'Nomor telepon' }), '0812-3456-7890');
    await fill(user, screen.getByTestId('cx-body-registry'), 'Balangan');
    await user.click(await screen.findByRole('option', { name: 'Kabupaten Balangan' }));
    expect((screen.getByRole('textbox', { name: /Nama terlapor/ }) as HTMLInputElement).value).toBe(
      'Kabupaten Balangan',
    );
    await fill(user, screen.getByRole('textbox', { name: /Pokok laporan/ }), 'KTP belum dicetak');
    await fill(user, screen.getByRole('textbox', { name: /Uraian peristiwa/ }), 'Tiga bulan menunggu.');
    await user.click(screen.getByRole('checkbox', { name: /dirahasiakan/ }));
    await user.click(screen.getByRole('button', { name: 'Simpan laporan' }));

    const receipt = await screen.findByTestId('cx-receipt');
    const sent = api.sent('POST', '/complaints').at(-1)!.body as Record<string, unknown>;
    expect(StaffReportInputSchema.parse(sent)).toMatchObject({
      channel: 'surat',
      track: 'reguler',
      confidential: true,
      identity: { fullName: 'Warga Uji', phone: '081234567890' },
      body: { kind: 'pemda', name: 'Kabupaten Balangan', governmentId: BALANGAN.id, regionCode: '63.11' },
      subject: 'KTP belum dicetak',
    });
    // empty optional fields are not sent at all
    expect(Object.keys(sent.identity as object).sort()).toEqual(['fullName', 'phone']);
    expect(sent).not.toHaveProperty('eventDate');

    expect(within(receipt).getByTestId('cx-receipt-tracking').textContent).toBe('LM-2026-ABC123');
    expect(within(receipt).getByTestId('cx-receipt-pin').textContent).toBe('483920');
    expect(within(receipt).getByRole('button', { name: 'Salin' })).toBeTruthy();

    // a letter report: the original's kind is the report letter
    expect((screen.getByRole('combobox', { name: 'Jenis berkas' }) as HTMLSelectElement).value).toBe(
      'surat_laporan',
    );
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.4\n'], 'surat.pdf', { type: 'application/pdf' }));
    await screen.findByText('"surat.pdf" dilampirkan.');
    const upload = api.sent('POST', `/complaints/${CASE_ID}/attachments`)[0]!;
    expect(upload.query.get('kind')).toBe('surat_laporan');
    expect((upload.body as FormData).get('file')).toBeInstanceOf(File);
  }, 60_000);
});
