import { getProvinces } from 'idn-area-data';
import { expect, it } from 'vitest';
import { PROVINCE_ZONE } from './time-zones';

it('every province idn-area-data ships has a zone, and the table has no other codes', async () => {
  const codes = (await getProvinces()).map((p) => p.code).sort();
  expect(codes).toHaveLength(38);
  expect(Object.keys(PROVINCE_ZONE).sort()).toEqual(codes);
});
