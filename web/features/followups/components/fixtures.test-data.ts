/**
 * Items the fake API answers with, parsed through the shared schemas so a fixture that drifts from
 * the contract fails here, not in a confusing assertion.
 */
import {
  FollowupDetailSchema,
  FollowupItemSchema,
  type FollowupDetail,
  type FollowupItem,
  type FollowupList,
} from '../../../../shared/contracts/followups';

export const fx = {
  government: '22222222-2222-4222-8222-222222222222',
  office: '44444444-4444-4444-8444-444444444444',
  unitA: '33333333-3333-4333-8333-33333333333a',
  unitB: '33333333-3333-4333-8333-33333333333b',
  coordinator: '00000000-0000-4000-8000-0000000000c1',
  picA: '00000000-0000-4000-8000-0000000000a2',
  picB: '00000000-0000-4000-8000-0000000000b2',
  item: (n: number) => `66666666-6666-4666-8666-${String(n).padStart(12, '0')}`,
  doc: '77777777-7777-4777-8777-777777777777',
};

export function item(n: number, over: Partial<FollowupItem> = {}): FollowupItem {
  return FollowupItemSchema.parse({
    id: fx.item(n),
    kind: 'saran_perbaikan',
    issuer: 'office',
    source: { type: 'cycle', id: null, label: `Penilaian 2023 · PROSES.${n}`, link: null },
    complaintId: null,
    officeId: fx.office,
    governmentId: fx.government,
    governmentName: 'Kabupaten Balangan',
    unitId: fx.unitA,
    unitName: 'Disdukcapil',
    cycleId: null,
    indicatorCode: `PROSES.${n}`,
    addressee: 'Kepala Disdukcapil',
    action: `Tindak lanjut nomor ${n}: pasang maklumat pelayanan`,
    evidenceExpected: 'Foto maklumat',
    dueOn: '2026-12-31',
    status: 'terbuka',
    overdue: false,
    owner: null,
    answeredBy: null,
    answeredAt: null,
    sentAt: null,
    verifiedAt: null,
    publishedAt: null,
    version: 1,
    can: [],
    ...over,
  });
}

export function detail(base: FollowupItem, history: FollowupDetail['history'] = []): FollowupDetail {
  return FollowupDetailSchema.parse({ ...base, history });
}

export function page(items: FollowupItem[], nextCursor: string | null = null): FollowupList {
  const count = (s: FollowupItem['status']) => items.filter((i) => i.status === s).length;
  return {
    items,
    nextCursor,
    counts: {
      total: items.length + (nextCursor ? 1 : 0),
      terbuka: count('terbuka'),
      dijawab: count('dijawab'),
      dikirim: count('dikirim'),
      selesai: count('selesai'),
      dibuka_kembali: count('dibuka_kembali'),
      overdue: items.filter((i) => i.overdue).length,
    },
  };
}
