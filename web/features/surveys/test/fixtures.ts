/**
 * Data the fake API answers with in the surveys' component tests, checked against the shared
 * schemas: the real SKM instrument file and a period of two units.
 */
import skmFile from '../../../../instruments/skm-permenpan-14-2017.json';
import { PeriodDetailSchema, type PeriodDetail } from '../../../../shared/contracts/surveys';
import { InstrumentSchema } from '../../../../shared/surveys/instrument.schema';

export const sv = {
  government: '22222222-2222-4222-8222-222222222222',
  period: '66666666-6666-4666-8666-666666666666',
  unitA: '33333333-3333-4333-8333-33333333333a',
  unitB: '33333333-3333-4333-8333-33333333333b',
  productA: '77777777-7777-4777-8777-77777777777a',
};

export const skmInstrument = InstrumentSchema.parse(skmFile);

const unit = (unitId: string, unitName: string, population: number, required: number) => ({
  unitId,
  unitName,
  governmentId: sv.government,
  governmentName: 'Kabupaten Balangan',
  population,
  required,
  sampleSource: 'krejcie_morgan' as const,
  responses: 0,
  accepted: 0,
  flagged: 0,
  staffEntered: 0,
  progressPercent: 0,
  products: unitId === sv.unitA ? [{ id: sv.productA, name: 'Akta kelahiran' }] : [],
});

export const skmPeriod: PeriodDetail = PeriodDetailSchema.parse({
  id: sv.period,
  kind: 'skm',
  title: 'SKM 2026',
  instrumentId: skmInstrument.id,
  instrumentName: skmInstrument.name,
  governmentId: sv.government,
  governmentName: 'Kabupaten Balangan',
  officeId: null,
  cycleId: null,
  cycleName: null,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  status: 'open',
  interimVisible: false,
  slipsEnabled: false,
  rowVersion: 1,
  units: [unit(sv.unitA, 'Disdukcapil', 50, 44), unit(sv.unitB, 'Dinas Kesehatan', 500, 217)],
  responses: 0,
  required: 261,
  instrument: skmInstrument,
});
