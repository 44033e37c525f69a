import { describe, expect, it } from 'vitest';
import { identityFoundIn } from './identity-check';

const who = {
  fullName: 'Siti Rahmawati',
  nik: '6311015204900001',
  phone: '081234567890',
  email: 'siti@example.test',
};

describe('identityFoundIn', () => {
  it.each([
    ['Pelapor bernama SITI  RAHMAWATI mengadu', ['nama']],
    ['Sdri. Siti Rahmawati, NIK 6311 0152 0490 0001', ['nama', 'nik']],
    ['NIK: 6311-0152-0490-0001', ['nik']],
    ['hubungi +62 812-3456-7890', ['telepon']],
    ['hubungi 0812 3456 7890', ['telepon']],
    ['surel Siti@Example.test', ['email']],
    ['Pelapor meminta identitasnya dirahasiakan. Mohon klarifikasi pelayanan KTP-el.', []],
    ['Siti Rahmawatinya tidak ada', []],
    ['Nomor surat 123', []],
  ])('%s → %j', (text, kinds) => expect(identityFoundIn(text, who)).toEqual(kinds));

  it('finds nothing when the identity lacks a field', () => {
    expect(identityFoundIn('0812 3456 7890 siti@example.test', { fullName: 'Siti Rahmawati' })).toEqual([]);
  });
});
