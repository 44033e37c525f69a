import { describe, expect, it } from 'vitest';
import { renderNotification, whatsappLink } from './notifications';

describe('whatsappLink', () => {
  it.each([
    ['0812-3456-7890', 'https://wa.me/6281234567890?text=Halo%20Bu'],
    ['+62 812 3456 7890', 'https://wa.me/6281234567890?text=Halo%20Bu'],
    ['6281234567890', 'https://wa.me/6281234567890?text=Halo%20Bu'],
    ['81234567890', 'https://wa.me/6281234567890?text=Halo%20Bu'],
    ['(0511) 123', null],
    ['', null],
    [null, null],
  ])('%s → %s', (phone, link) => {
    expect(whatsappLink(phone, 'Halo Bu')).toBe(link);
  });
});

describe('renderNotification', () => {
  it('fills the template in either language and leaves an unknown placeholder visible', () => {
    const params = {
      unit: 'Disdukcapil',
      cycle: '2024',
      government: 'Balangan',
      deadline: '30 Apr 2024',
      deadlineEn: '30 Apr 2024',
      daysText: 'besok',
      daysTextEn: 'tomorrow',
      answered: 3,
      total: 10,
    };
    expect(renderNotification('self.closing', params, 'id').title).toBe(
      'Penilaian mandiri Disdukcapil ditutup besok',
    );
    expect(renderNotification('self.closing', params, 'en').title).toBe(
      'Self-assessment of Disdukcapil closes tomorrow',
    );
    expect(renderNotification('self.closing', { unit: 'X' }, 'id').title).toBe(
      'Penilaian mandiri X ditutup {daysText}',
    );
    expect(renderNotification('unknown.kind', {}, 'id')).toEqual({ title: 'unknown.kind', body: '' });
  });
});
