/**
 * The structured inputs of the standards editor: requirements as a list (add, fill, reorder,
 * remove), the procedure as ordered steps with the flow chart drawn from them (an ordered list a
 * screen reader reads in the same order), and fees typed the Indonesian way ("15.000" → 15000).
 */
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  StandardContentSchema,
  type Fees,
  type ProcedureStep,
  type RequirementItem,
} from '../../../../shared/contracts/standards';
import { renderApp } from '../../../test/render';
import { contentToSave } from '../lib/content';
import { FeesInput } from './fees-input';
import { ProcedureInput } from './procedure-input';
import { RequirementsInput } from './requirements-input';

/** Holds the value like the editor does and shows it, so a test reads what the input produced. */
function Harness<T>({
  initial,
  render,
}: {
  initial: T;
  render: (v: T, set: (v: T) => void) => React.ReactNode;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      {render(value, setValue)}
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}
const valueOf = <T,>() => JSON.parse(screen.getByTestId('value').textContent ?? 'null') as T;

describe('requirements list', () => {
  it('adds, fills, moves and removes documents; the saved content passes the contract', async () => {
    const { user } = renderApp(
      <Harness<RequirementItem[]>
        initial={[]}
        render={(v, set) => <RequirementsInput value={v} onChange={set} />}
      />,
    );
    expect(await screen.findByText('Belum ada persyaratan.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tambah persyaratan' }));
    await user.click(screen.getByRole('button', { name: 'Tambah persyaratan' }));
    await user.click(screen.getByLabelText('Dokumen/syarat 1'));
    await user.paste('Kartu Keluarga');
    await user.click(screen.getByLabelText('Dokumen/syarat 2'));
    await user.paste('Surat pengantar RT');
    const counts = screen.getAllByLabelText('Jumlah');
    await user.clear(counts[1]!);
    await user.type(counts[1]!, '2');

    expect(valueOf<RequirementItem[]>()).toEqual([
      { document: 'Kartu Keluarga', form: 'fotokopi', count: 1, note: null },
      { document: 'Surat pengantar RT', form: 'fotokopi', count: 2, note: null },
    ]);

    // Reorder: the second goes up; the first can no longer go up.
    await user.click(screen.getByRole('button', { name: 'Naikkan Surat pengantar RT' }));
    expect(valueOf<RequirementItem[]>().map((r) => r.document)).toEqual([
      'Surat pengantar RT',
      'Kartu Keluarga',
    ]);
    expect(screen.getByRole('button', { name: 'Naikkan Surat pengantar RT' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Hapus Surat pengantar RT' }));
    expect(valueOf<RequirementItem[]>().map((r) => r.document)).toEqual(['Kartu Keluarga']);

    // A row just added and not filled stays on screen but is not saved (the server refuses an empty name).
    await user.click(screen.getByRole('button', { name: 'Tambah persyaratan' }));
    const saved = contentToSave({ persyaratan: valueOf<RequirementItem[]>() });
    expect(saved.persyaratan).toHaveLength(1);
    expect(StandardContentSchema.safeParse(saved).success).toBe(true);
  });
});

describe('procedure steps and flow chart', () => {
  it('draws the chart from the steps in order, as an ordered list, and follows a move', async () => {
    const { user } = renderApp(
      <Harness<ProcedureStep[]>
        initial={[]}
        render={(v, set) => <ProcedureInput value={v} onChange={set} />}
      />,
    );
    expect(screen.queryByTestId('flow-chart')).toBeNull();
    for (const [i, title, actor] of [
      [1, 'Mengambil nomor antrean', 'Pemohon'],
      [2, 'Memeriksa berkas', 'Petugas loket'],
      [3, 'Perekaman biometrik', 'Operator'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: 'Tambah langkah' }));
      await user.click(screen.getByLabelText(`Langkah ${i}`));
      await user.paste(title);
      await user.click(screen.getAllByLabelText('Pelaksana')[i - 1]!);
      await user.paste(actor);
    }
    const chart = screen.getByRole('figure', { name: 'Bagan alur' });
    const items = () =>
      within(chart)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(within(chart).getByRole('list').tagName).toBe('OL');
    expect(items()).toEqual([
      'Pemohon1. Mengambil nomor antrean',
      'Petugas loket2. Memeriksa berkas',
      'Operator3. Perekaman biometrik',
    ]);

    await user.click(screen.getByRole('button', { name: 'Turunkan Mengambil nomor antrean' }));
    expect(items()).toEqual([
      'Petugas loket1. Memeriksa berkas',
      'Pemohon2. Mengambil nomor antrean',
      'Operator3. Perekaman biometrik',
    ]);
    expect(valueOf<ProcedureStep[]>()[1]).toEqual({ title: 'Mengambil nomor antrean', actor: 'Pemohon' });

    // The start and end marks and the arrows are decoration, hidden from screen readers.
    expect(within(chart).getByText('Mulai').getAttribute('aria-hidden')).toBe('true');
    expect(within(chart).getByText('Selesai').getAttribute('aria-hidden')).toBe('true');
  });
});

describe('fees', () => {
  it('reads "15.000" as 15000 rupiah and shows it back; refuses "15,5"; "gratis" hides the items', async () => {
    const { user } = renderApp(
      <Harness<Fees | null> initial={null} render={(v, set) => <FeesInput value={v} onChange={set} />} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Tambah jenis biaya' }));
    await user.click(screen.getByLabelText('Jenis biaya 1'));
    await user.paste('Legalisir');
    const amount = screen.getByLabelText('Besarnya (rupiah)');
    await user.click(amount);
    await user.paste('15.000');
    expect(valueOf<Fees>().items).toEqual([{ name: 'Legalisir', amount: 15000 }]);
    expect(screen.getByText(/^Rp\s15\.000$/)).toBeTruthy();

    await user.clear(amount);
    await user.paste('15,5');
    expect(screen.getByText('Tulis angka rupiah, mis. 15.000')).toBeTruthy();
    // The last good amount stays; nothing half-read is saved.
    expect(valueOf<Fees>().items[0]!.amount).toBe(15000);

    await user.clear(amount);
    await user.paste('Rp 1.250.000');
    expect(valueOf<Fees>().items[0]!.amount).toBe(1250000);

    await user.click(screen.getByLabelText('Dasar hukum biaya'));
    await user.paste('Perda No. 5 Tahun 2020');
    await user.click(screen.getByRole('checkbox', { name: 'Gratis (tanpa biaya)' }));
    expect(screen.queryByLabelText('Besarnya (rupiah)')).toBeNull();
    expect(valueOf<Fees>()).toMatchObject({ free: true, legalBasis: 'Perda No. 5 Tahun 2020' });
  });
});
