/**
 * Taat, hand-computed against rules/taat.json (the shipped rule). Every expected number below was
 * worked out on paper from the rule's text, not by running computeTaat: the comment beside each
 * item says which clause decides it. asOf = 2024-06-30 (the end of that WIB day).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FollowupKind } from './kinds';
import type { FollowupStatus } from './machine';
import {
  classifyTaatItem,
  computeTaat,
  TaatRuleSchema,
  wibDate,
  type TaatItemInput,
  type TaatOutcome,
  type TaatRule,
} from './taat';

const RULE: TaatRule = TaatRuleSchema.parse(
  JSON.parse(readFileSync(new URL('../../rules/taat.json', import.meta.url), 'utf8')),
);
const AS_OF = '2024-06-30';

function item(
  id: string,
  kind: FollowupKind,
  status: FollowupStatus,
  f: Partial<Omit<TaatItemInput, 'id' | 'kind' | 'status'>> = {},
): TaatItemInput {
  return {
    id,
    kind,
    status,
    createdAt: '2024-01-05T02:00:00Z',
    dueOn: null,
    sentAt: null,
    answeredAt: null,
    verifiedAt: null,
    ...f,
  };
}

/** [item, expected outcome, expected due date used, why (the rule's clause)] */
const TABLE: [TaatItemInput, TaatOutcome, string | null, string][] = [
  [
    item('A', 'saran_perbaikan', 'selesai', {
      dueOn: '2024-03-31',
      sentAt: '2024-03-30T03:00:00Z',
      verifiedAt: '2024-04-20T03:00:00Z',
    }),
    'on_time',
    '2024-03-31',
    'verified late by the office: sent 30 Mar ≤ due 31 Mar; the verification date does not matter',
  ],
  [
    item('B', 'tindakan_korektif', 'selesai', {
      dueOn: '2024-03-31',
      sentAt: '2024-03-31T18:00:00Z',
      verifiedAt: '2024-04-02T03:00:00Z',
    }),
    'late',
    '2024-03-31',
    'done but answered after due: 31 Mar 18:00 UTC is 1 Apr 01:00 WIB > 31 Mar',
  ],
  [
    item('C', 'rekomendasi', 'selesai', {
      createdAt: '2024-01-10T03:00:00Z',
      sentAt: '2024-03-01T03:00:00Z',
      verifiedAt: '2024-03-05T03:00:00Z',
    }),
    'on_time',
    '2024-03-10',
    'no due date: issued 10 Jan + 60 days (21 Jan + 29 Feb + 10 Mar) = 10 Mar; sent 1 Mar',
  ],
  [
    item('D', 'saran_penyempurnaan', 'selesai', {
      dueOn: '2024-04-30',
      sentAt: '2024-05-10T03:00:00Z', // the first answer (25 Apr) was reopened; this one was verified
      verifiedAt: '2024-05-15T03:00:00Z',
    }),
    'late',
    '2024-04-30',
    'reopened then done: the verified answer is the second one, sent 10 May > 30 Apr',
  ],
  [
    item('E', 'saran_perbaikan', 'dibuka_kembali', {
      dueOn: '2024-05-31',
      sentAt: '2024-05-20T03:00:00Z',
    }),
    'overdue',
    '2024-05-31',
    'reopened and not answered again: the rejected answer does not count, due passed',
  ],
  [
    item('F', 'tindakan_korektif', 'terbuka', { dueOn: '2024-07-15' }),
    'not_due',
    '2024-07-15',
    'not yet due on 30 Jun: not counted',
  ],
  [
    item('G', 'saran_perbaikan', 'dikirim', { dueOn: '2024-06-15', sentAt: '2024-06-10T03:00:00Z' }),
    'awaiting_verification',
    '2024-06-15',
    'sent on time, the office has not verified yet: awaitingVerification = not_counted',
  ],
  [
    item('H', 'perbaikan_internal', 'terbuka', { dueOn: '2024-01-31' }),
    'not_counted_kind',
    '2024-01-31',
    "the government's own item, overdue: never counts",
  ],
  [
    item('I', 'survei', 'selesai', {
      dueOn: '2024-02-28',
      sentAt: '2024-02-01T03:00:00Z',
      verifiedAt: '2024-02-02T03:00:00Z',
    }),
    'not_counted_kind',
    '2024-02-28',
    "the government's own item, done on time: never counts either",
  ],
  [
    item('I2', 'kegiatan', 'terbuka', { dueOn: '2024-02-28' }),
    'not_counted_kind',
    '2024-02-28',
    'an activity action is not an Ombudsman product',
  ],
  [
    item('J', 'rekomendasi', 'terbuka', { createdAt: '2024-06-30T18:00:00Z', dueOn: '2024-06-30' }),
    'not_issued',
    '2024-06-30',
    'issued 1 Jul 01:00 WIB, after asOf',
  ],
  [
    item('K', 'saran_perbaikan', 'selesai', {
      dueOn: '2024-06-01',
      sentAt: '2024-06-20T03:00:00Z',
      verifiedAt: '2024-07-05T03:00:00Z',
    }),
    'overdue',
    '2024-06-01',
    'verified only after asOf and answered after due: not done on 30 Jun, due passed',
  ],
  [
    item('L', 'tindakan_korektif', 'terbuka', { dueOn: '2024-06-30' }),
    'overdue',
    '2024-06-30',
    'due on asOf itself and not done by the end of that day',
  ],
  [
    item('M', 'tindakan_korektif', 'selesai', {
      dueOn: '2024-02-29',
      answeredAt: '2024-02-20T03:00:00Z',
      verifiedAt: '2024-02-25T03:00:00Z',
    }),
    'on_time',
    '2024-02-29',
    'an issue-14 item without sent_at: the answer date is the fallback (20 Feb ≤ 29 Feb)',
  ],
];
const ITEMS = TABLE.map(([i]) => i);

describe('rules/taat.json', () => {
  it('is valid and counts the four Ombudsman products only, 100 % with at least one item', () => {
    expect(RULE.kinds).toEqual([
      'tindakan_korektif',
      'saran_perbaikan',
      'saran_penyempurnaan',
      'rekomendasi',
    ]);
    expect(RULE.qualifier).toEqual({ thresholdPercent: 100, minCounted: 1 });
    expect(RULE.withoutDueDate).toEqual({ mode: 'implied', days: 60 });
    expect(RULE.notes.some((n) => n.patuhDefault)).toBe(true);
  });

  it("refuses a rule that would count the government's own items", () => {
    const bad = { ...RULE, kinds: [...RULE.kinds, 'perbaikan_internal'] };
    expect(TaatRuleSchema.safeParse(bad).success).toBe(false);
    expect(TaatRuleSchema.safeParse({ ...RULE, kinds: ['kegiatan'] }).success).toBe(false);
    expect(
      TaatRuleSchema.safeParse({ ...RULE, qualifier: { thresholdPercent: 101, minCounted: 1 } }).success,
    ).toBe(false);
  });
});

describe('classifyTaatItem', () => {
  it.each(TABLE)('%# %o → %s', (input, outcome, due, why) => {
    const v = classifyTaatItem(input, RULE, AS_OF);
    expect({ outcome: v.outcome, due: v.due, why }).toEqual({ outcome, due, why });
  });

  it('reads timestamps as WIB dates', () => {
    expect(wibDate('2024-03-31T16:59:59Z')).toBe('2024-03-31');
    expect(wibDate('2024-03-31T17:00:00Z')).toBe('2024-04-01');
  });
});

describe('computeTaat', () => {
  it('the whole table: 3 on time of 8 counted = 37.50 %, no qualifier', () => {
    const r = computeTaat(ITEMS, RULE, AS_OF);
    // counted: A C M on time; B D late; E K L overdue. Left out: F (not due), G (awaiting),
    // H I I2 (other kinds), J (not issued yet).
    expect(r).toMatchObject({
      share: 37.5,
      counted: 8,
      onTime: 3,
      late: 2,
      overdue: 3,
      awaitingVerification: 1,
      excludedNotDue: 1,
      excludedNoDueDate: 0,
      excludedOtherKinds: 3,
      open: 5, // E F G K L
      qualifies: false,
    });
    expect(r.perKind).toMatchObject({
      saran_perbaikan: { counted: 3, onTime: 1, overdue: 2, awaitingVerification: 1, share: 33.33 }, // A E K (+G)
      tindakan_korektif: { counted: 3, onTime: 1, late: 1, overdue: 1, excludedNotDue: 1, share: 33.33 }, // B L M (+F)
      saran_penyempurnaan: { counted: 1, onTime: 0, late: 1, share: 0 }, // D
      rekomendasi: { counted: 1, onTime: 1, share: 100 }, // C
    });
    expect(r.reasons).toEqual([
      { code: 'below_threshold' },
      { code: 'has_late', count: 2 },
      { code: 'has_overdue', count: 3 },
      { code: 'awaiting_verification', count: 1 },
      { code: 'not_due', count: 1 },
      { code: 'other_kinds_ignored', count: 3 },
    ]);
  });

  const pick = (...ids: string[]) => ITEMS.filter((i) => ids.includes(i.id));
  const QUALIFIER: [string, TaatItemInput[], TaatRule, number | null, boolean, string][] = [
    ['empty', [], RULE, null, false, 'no_counted_items'],
    ["only the government's own items, all done", pick('I'), RULE, null, false, 'no_counted_items'],
    ['only an item not yet due', pick('F'), RULE, null, false, 'no_counted_items'],
    ['every counted item on time (A C M)', pick('A', 'C', 'M', 'F', 'H'), RULE, 100, true, 'meets_threshold'],
    ['one late among four: 75.00 < 100', pick('A', 'C', 'M', 'B'), RULE, 75, false, 'below_threshold'],
    [
      'the same at a 75 % threshold',
      pick('A', 'C', 'M', 'B'),
      { ...RULE, qualifier: { thresholdPercent: 75, minCounted: 1 } },
      75,
      true,
      'meets_threshold',
    ],
    [
      'two of three = 66.67 (half-up) at a 66.67 % threshold: 66.666… < 66.67',
      pick('A', 'C', 'B'),
      { ...RULE, qualifier: { thresholdPercent: 66.67, minCounted: 1 } },
      66.67,
      false,
      'below_threshold',
    ],
    [
      'all on time but fewer than minCounted = 4',
      pick('A', 'C', 'M'),
      { ...RULE, qualifier: { thresholdPercent: 100, minCounted: 4 } },
      100,
      false,
      'no_counted_items',
    ],
    [
      'no due date excluded by the rule: C drops out, A M remain',
      pick('A', 'C', 'M'),
      { ...RULE, withoutDueDate: { mode: 'exclude' } },
      100,
      true,
      'meets_threshold',
    ],
    [
      'awaiting verification counted as on time: A G',
      pick('A', 'G'),
      { ...RULE, awaitingVerification: 'on_time' },
      100,
      true,
      'meets_threshold',
    ],
  ];
  it.each(QUALIFIER)('%s', (_name, items, rule, share, qualifies, reason) => {
    const r = computeTaat(items, rule, AS_OF);
    expect({ share: r.share, qualifies: r.qualifies, reason: r.reasons[0]?.code }).toEqual({
      share,
      qualifies,
      reason,
    });
  });

  it('counts an item without a due date from its implied date on', () => {
    const open = item('N', 'rekomendasi', 'terbuka', { createdAt: '2024-05-01T03:00:00Z' }); // due 30 Jun
    expect(computeTaat([open], RULE, '2024-06-29')).toMatchObject({
      counted: 0,
      excludedNotDue: 1,
      share: null,
    });
    expect(computeTaat([open], RULE, '2024-06-30')).toMatchObject({ counted: 1, overdue: 1, share: 0 });
    expect(classifyTaatItem(open, RULE, '2024-06-30')).toMatchObject({ due: '2024-06-30', dueImplied: true });
  });
});
