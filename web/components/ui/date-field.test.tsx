import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderApp } from '../../test/render';
import { DateField } from './date-field';

function Picker({ initial, description }: { initial: string; description?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Tanggal surat"
      description={description}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      data-testid="picked"
    />
  );
}

describe('DateField', () => {
  it('spells the picked day out under the native picker, and reads it to screen readers', async () => {
    renderApp(<Picker initial="" />);
    const input = await screen.findByLabelText('Tanggal surat');
    expect(input.getAttribute('type')).toBe('date');
    expect(document.querySelector('[data-date-spelled]')).toBeNull();

    // 12/04/2026 in an English Chromium's picker: the line under it says it is 4 December.
    fireEvent.change(input, { target: { value: '2026-12-04' } });
    expect((input as HTMLInputElement).value).toBe('2026-12-04');
    const spelled = screen.getByText('Jumat, 4 Desember 2026');
    expect(input.getAttribute('aria-describedby')).toContain(spelled.closest('[id]')?.id);
    // Below the input, not between the label and the input.
    expect(input.compareDocumentPosition(spelled) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.change(input, { target: { value: '' } });
    expect(screen.queryByText('Jumat, 4 Desember 2026')).toBeNull();
  });

  it("keeps the page's description and adds the day under it, in the user's language", async () => {
    await i18n.changeLanguage('en');
    try {
      renderApp(<Picker initial="2024-02-29" description="At most 14 days" />);
      const hint = await screen.findByText('Thursday, 29 February 2024');
      expect(hint.parentElement?.textContent).toContain('At most 14 days');
    } finally {
      await i18n.changeLanguage('id');
    }
  });
});
