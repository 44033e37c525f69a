/**
 * Answers of the synthetic cycle: for every government its entity-level indicators, for every
 * unit the unit-level ones, for every product the product-level ones (every unit and product is
 * sampled). Values follow the government's quality with noise; ~15 % of self values overclaim by
 * one step and are adjusted by the assessor with a reason, ~1 % are N/A. Unit- and entity-level
 * answers with a self value ≥ 2 carry one evidence file (metadata only: no bytes on disk).
 */
import { frameworkLeaves, type Framework } from '../../../shared/frameworks/framework.schema';
import { Prng } from './prng';
import type { SynthModel } from './synth-model';
import type { Row } from './synth-sink';

export const ANSWER_COLUMNS = [
  'id',
  'cycle_id',
  'government_id',
  'unit_id',
  'product_id',
  'indicator',
  'self_value',
  'self_na',
  'self_comment',
  'self_by',
  'self_at',
  'verify_status',
  'verified_value',
  'verified_na',
  'verify_reason',
  'verified_by',
  'verified_at',
  'updated_at',
];
export const FILE_COLUMNS = [
  'id',
  'government_id',
  'office_id',
  'original_name',
  'mime_type',
  'size',
  'sha256',
  'storage_name',
  'created_by',
  'created_at',
];
export const EVIDENCE_COLUMNS = [
  'id',
  'answer_id',
  'cycle_id',
  'government_id',
  'unit_id',
  'file_id',
  'made_on',
  'note',
  'created_by',
  'created_at',
];

const ADJUST_REASON = 'Bukti dukung tidak memenuhi kriteria nilai yang diajukan';
const pad = (n: number) => String(n).padStart(2, '0');

export interface LeafLevels {
  entity: string[];
  unit: string[];
  product: string[];
}

export function leafLevels(framework: Framework): LeafLevels {
  const out: LeafLevels = { entity: [], unit: [], product: [] };
  for (const leaf of frameworkLeaves(framework)) out[leaf.appliesTo?.level ?? 'entity'].push(leaf.code);
  return out;
}

/** Answer rows a model yields for a framework, without generating them. */
export function expectedAnswerCount(model: SynthModel, levels: LeafLevels): number {
  return (
    model.governments.length * levels.entity.length +
    model.units.length * levels.unit.length +
    model.products.length * levels.product.length
  );
}

/**
 * Calls `emit` with every answer row of one government, in a fixed order, and `evidence` with the
 * file and evidence rows that go with it. Draws only from the government's own stream.
 */
export async function emitGovernmentAnswers(
  model: SynthModel,
  levels: LeafLevels,
  cycleId: string,
  governmentIndex: number,
  emit: (row: Row) => Promise<void> | void,
  evidence: (file: Row, link: Row) => void,
): Promise<void> {
  const gov = model.governments[governmentIndex]!;
  const rng = new Prng(model.seed, `answers:${model.batch}:${governmentIndex}`);
  const assessor = model.assessorOf[governmentIndex]!;
  const coordinator = model.coordinatorOf[governmentIndex]!;
  const selfDay = `2024-05-${pad(rng.int(1, 28))} 10:00:00+07`;
  const verifyDay = `2024-07-${pad(rng.int(1, 28))} 14:00:00+07`;

  const answer = async (
    quality: number,
    unitId: string | null,
    productId: string | null,
    indicator: string,
    by: string,
    withEvidence: boolean,
  ) => {
    const id = rng.uuid();
    let row: Row;
    let self: number | null = null;
    if (rng.chance(0.01)) {
      row = [
        id,
        cycleId,
        gov.id,
        unitId,
        productId,
        indicator,
        null,
        true,
        null,
        by,
        selfDay,
        'accepted',
        null,
        true,
        null,
        assessor,
        verifyDay,
        verifyDay,
      ];
    } else {
      const verified = Math.min(3, Math.max(0, Math.round(3 * quality + 0.9 * rng.gauss())));
      const overclaim = verified < 3 && rng.chance(0.15);
      self = overclaim ? verified + 1 : verified;
      row = [
        id,
        cycleId,
        gov.id,
        unitId,
        productId,
        indicator,
        self,
        false,
        rng.chance(0.05) ? 'Lihat dokumen terlampir' : null,
        by,
        selfDay,
        overclaim ? 'adjusted' : 'accepted',
        verified,
        false,
        overclaim ? ADJUST_REASON : null,
        assessor,
        verifyDay,
        verifyDay,
      ];
    }
    const wait = emit(row);
    if (wait) await wait;
    if (withEvidence && self !== null && self >= 2) {
      const fileId = rng.uuid();
      const pdf = rng.chance(0.8);
      const madeOn = `2024-0${rng.int(1, 4)}-${pad(rng.int(1, 28))}`;
      evidence(
        [
          fileId,
          gov.id,
          null,
          `bukti-${indicator}.${pdf ? 'pdf' : 'jpg'}`,
          pdf ? 'application/pdf' : 'image/jpeg',
          rng.int(40_000, 3_000_000),
          rng.hex(32),
          `synth/${fileId}`,
          by,
          selfDay,
        ],
        [rng.uuid(), id, cycleId, gov.id, unitId, fileId, madeOn, null, by, selfDay],
      );
    }
  };

  for (const indicator of levels.entity) await answer(gov.quality, null, null, indicator, coordinator, true);
  for (let u = gov.unitStart; u < gov.unitEnd; u++) {
    const unit = model.units[u]!;
    const quality = Math.min(1, Math.max(0, gov.quality + 0.12 * rng.gauss()));
    const pic = model.picOfUnit.get(unit.topIndex)!;
    for (const indicator of levels.unit) await answer(quality, unit.id, null, indicator, pic, true);
    for (let p = unit.productStart; p < unit.productEnd; p++) {
      const productId = model.products[p]!.id;
      const productQuality = Math.min(1, Math.max(0, quality + 0.08 * rng.gauss()));
      for (const indicator of levels.product)
        await answer(productQuality, unit.id, productId, indicator, pic, false);
    }
  }
}
