/** Bahasa Indonesia first, English second: the editor in English (labels, help, badges, status). */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import StandardEditorPage from '../../../app/routes/standard-editor-page';
import i18n from '../../../i18n';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { GOVERNMENT_ID, overview, PRODUCT_ID } from '../test/fixtures';

afterEach(() => void i18n.changeLanguage('id'));

describe('the standards editor in English', () => {
  it('shows the components, their guidance and the badges in English', async () => {
    await i18n.changeLanguage('en');
    const api = new FakeApi().on('GET', `/products/${PRODUCT_ID}/standard`, { body: overview() });
    renderApp(<StandardEditorPage />, {
      api,
      path: '/standards/:productId',
      at: `/standards/${PRODUCT_ID}`,
      user: testUser({ role: 'unit_pic', governmentId: GOVERNMENT_ID, locale: 'en' }),
    });
    expect(await screen.findByRole('heading', { name: 'Service standard: Penerbitan KTP-el' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2. Requirements' })).toBeTruthy();
    expect(screen.getByText(/The documents or conditions an applicant must bring/)).toBeTruthy();
    expect(screen.getAllByTestId('badge-published')).toHaveLength(6);
    expect(screen.getByTestId('save-status').textContent).toBe('All changes saved');
    expect(screen.getByRole('button', { name: 'Submit to the coordinator' })).toBeTruthy();
    expect(screen.getByTestId('completeness-count').textContent).toBe('1 of 14 components filled');
  });
});
