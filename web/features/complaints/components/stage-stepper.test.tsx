/** The stepper as a user (and a screen reader) reads it. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';
import { StageStepper } from './stage-stepper';

const states = () =>
  screen
    .getAllByTestId('cx-step')
    .map((s) => `${s.getAttribute('data-step')}:${s.getAttribute('data-state')}`);

describe('StageStepper', () => {
  it('marks passed steps, the current one (aria-current) and the ones to come', async () => {
    renderApp(<StageStepper stage="pleno" track="reguler" />);
    await screen.findByRole('navigation', { name: 'Alur laporan' });
    expect(states()).toEqual([
      'penerimaan:done',
      'verifikasi_formil:done',
      'verifikasi_materiil:done',
      'pleno:current',
      'pemeriksaan:todo',
      'tindakan_korektif:todo',
      'resolusi_monitoring:todo',
      'rekomendasi:todo',
      'selesai:todo',
    ]);
    const now = screen.getByRole('listitem', { current: 'step' });
    expect(now.textContent).toContain('Rapat pleno');
    expect(now.textContent).toContain('(tahap sekarang)');
  });

  it('names the waiting-for-the-reporter stage on the formal step, and shows RCO as its own track', async () => {
    const { unmount } = renderApp(<StageStepper stage="menunggu_kelengkapan" track="reguler" />);
    const now = await screen.findByRole('listitem', { current: 'step' });
    expect(now.textContent).toContain('Menunggu kelengkapan pelapor');
    unmount();
    renderApp(<StageStepper stage="rco" track="rco" />);
    await screen.findByText('Jalur RCO');
    expect(states()).toEqual(['penerimaan:done', 'rco:current', 'selesai:todo']);
  });
});
