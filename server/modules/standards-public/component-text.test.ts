/**
 * What may be shown of a standard and how each component reads, table-driven and hand-written:
 * publicContent keeps the six service-delivery components, the eight others only when the unit
 * publishes them, and drops a component whose stored value is broken; componentTexts formats
 * requirements, steps, durations, rupiah and channels the Indonesian (or English) way.
 */
import { describe, expect, it } from 'vitest';
import type { StandardContent } from '../../../shared/contracts/standards';
import { fullContent } from './catalog-test-helpers';
import { publicContent } from './catalog.service';
import { componentTexts, durationText } from './component-text';

describe('publicContent', () => {
  it('keeps the six service-delivery components; the others only when published', () => {
    const c = {
      ...fullContent('x'),
      kompetensi: 'Pelaksana bersertifikat',
      evaluasi_kinerja: 'Setiap tahun',
    };
    expect(Object.keys(publicContent(c, false)).sort()).toEqual(
      ['biaya', 'jangka_waktu', 'pengaduan', 'persyaratan', 'produk', 'prosedur'].sort(),
    );
    expect(Object.keys(publicContent(c, true)).sort()).toEqual(
      [
        'biaya',
        'dasar_hukum',
        'evaluasi_kinerja',
        'jangka_waktu',
        'kompetensi',
        'pengaduan',
        'persyaratan',
        'produk',
        'prosedur',
        'sarana',
      ].sort(),
    );
  });

  it('drops a broken component (and anything that is not a component) instead of failing', () => {
    const broken = {
      persyaratan: 'bukan daftar',
      prosedur: [{ title: 'Langkah satu', actor: null }],
      jangka_waktu: { value: -3, unit: 'tahun' },
      biaya: null,
      rahasia: 'tidak pernah tampil',
    };
    expect(publicContent(broken, true)).toEqual({ prosedur: [{ title: 'Langkah satu', actor: null }] });
    expect(publicContent(null, true)).toEqual({});
    expect(publicContent('teks', false)).toEqual({});
  });
});

describe('componentTexts', () => {
  const byKey = (c: StandardContent, lang: 'id' | 'en') =>
    Object.fromEntries(componentTexts(c, lang).map((t) => [t.key, t]));

  it('formats each service-delivery component, in Bahasa Indonesia and English', () => {
    const c: StandardContent = {
      persyaratan: [
        { document: 'Kartu Keluarga', form: 'fotokopi', count: 2, note: null },
        { document: 'Surat pengantar RT', form: 'asli', count: null, note: 'dari kelurahan' },
      ],
      prosedur: [
        { title: 'Ambil nomor antrean', actor: 'Pemohon' },
        { title: 'Periksa berkas', actor: null },
      ],
      jangka_waktu: { value: 30, unit: 'menit' },
      biaya: { free: false, items: [{ name: 'Retribusi', amount: 1500000 }], legalBasis: 'Perda 3/2020' },
      produk: ['KTP-el'],
      pengaduan: [
        { kind: 'surel', detail: 'aduan@uji.go.id' },
        { kind: 'kotak_saran', detail: '' },
      ],
    };
    const id = byKey(c, 'id');
    expect(id.persyaratan).toMatchObject({
      kind: 'list',
      lines: ['Kartu Keluarga — Fotokopi, 2 lembar', 'Surat pengantar RT — Asli (dari kelurahan)'],
    });
    expect(id.prosedur).toMatchObject({
      kind: 'ordered',
      lines: ['Ambil nomor antrean (Pemohon)', 'Periksa berkas'],
    });
    expect(id.jangka_waktu!.lines).toEqual(['30 menit']);
    // Intl writes "Rp 1.500.000" with a no-break space after "Rp".
    expect(id.biaya!.lines[0]!.replace(/\s/g, ' ')).toBe('Retribusi: Rp 1.500.000');
    expect(id.biaya!.note).toBe('Dasar hukum biaya: Perda 3/2020');
    expect(id.produk!.lines).toEqual(['KTP-el']);
    expect(id.pengaduan!.lines).toEqual(['Surel: aduan@uji.go.id', 'Kotak saran']);
    const en = byKey(c, 'en');
    expect(en.persyaratan!.lines[0]).toBe('Kartu Keluarga — Copy, 2 sheet(s)');
    expect(en.jangka_waktu!.lines).toEqual(['30 minutes']);
    expect(en.biaya!.lines[0]!.replace(/\s/g, ' ')).toBe('Retribusi: IDR 1,500,000');
    expect(en.pengaduan!.label).toBe('Complaints, suggestions and input');
  });

  it('free of charge reads "Gratis" with its legal basis; an empty one still has its heading', () => {
    const t = byKey({ biaya: { free: true, items: [], legalBasis: 'Perpres 96/2018' } }, 'id');
    expect(t.biaya).toMatchObject({
      kind: 'text',
      lines: ['Gratis'],
      note: 'Dasar hukum biaya: Perpres 96/2018',
    });
    // The five left empty are listed as "Tidak diisi", in REFERENCE order.
    const texts = componentTexts({ biaya: { free: true, items: [], legalBasis: '' } }, 'id');
    expect(texts.map((x) => x.number)).toEqual([2, 3, 4, 5, 6, 10]);
    expect(texts.filter((x) => x.lines[0] === 'Tidak diisi').length).toBe(5);
  });

  it('a published manufacturing component is split into lines; an empty one is left out', () => {
    const t = componentTexts({ dasar_hukum: 'UU 25/2009\n\nPermenpan RB 15/2014', sarana: '  ' }, 'id');
    expect(t.find((x) => x.key === 'dasar_hukum')).toMatchObject({
      kind: 'list',
      lines: ['UU 25/2009', 'Permenpan RB 15/2014'],
    });
    expect(t.find((x) => x.key === 'sarana')).toBeUndefined();
  });

  it('durations in hours and working days', () => {
    expect(durationText({ value: 1.5, unit: 'jam' }, 'id')).toBe('1,5 jam');
    expect(durationText({ value: 14, unit: 'hari_kerja' }, 'en')).toBe('14 working days');
  });
});
