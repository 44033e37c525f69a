import { describe, expect, it } from 'vitest';
import { yearOnce } from './results-export.service';

describe('results export file name (issue 10: "…-2024-2024.pdf")', () => {
  it.each([
    ['penilaian-kepatuhan-2024', 2024, 'penilaian-kepatuhan-2024'],
    ['spot-check-e2e-2031', 2031, 'spot-check-e2e-2031'],
    ['2024-penilaian', 2024, '2024-penilaian'],
    ['penilaian-kepatuhan', 2024, 'penilaian-kepatuhan-2024'],
    // another year, or the year inside a longer number, is not this one
    ['penilaian-2023', 2024, 'penilaian-2023-2024'],
    ['laporan-20245', 2024, 'laporan-20245-2024'],
  ])('%s in %d → %s', (name, year, expected) => {
    expect(yearOnce(name, year)).toBe(expected);
  });
});
