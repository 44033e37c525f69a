/**
 * The synthetic registry, built in memory from a seed: offices, governments, the unit tree,
 * service products and accounts. Pure (no I/O besides the bundled area data); the loader turns
 * it into rows. Same seed and scale → the same objects, ids included.
 */
import type { GovernmentType, UnitType } from '../../../shared/contracts/enums';
import { readAreaData } from '../regions/regions.service';
import { Prng } from './prng';
import { addInternalStaff } from './synth-internal';
import {
  KEMENTERIAN,
  LEMBAGA,
  LOCUS_OPD,
  OTHER_OPD,
  PLACES,
  UPT_KINDS,
  productChoices,
  type ProductType,
  type Sector,
} from './synth-names';

export type ScaleName = 'national' | 'medium' | 'small';

export interface Scale {
  name: ScaleName;
  /** Province codes whose province and regencies/cities become governments; null = all 38. */
  provinceCodes: string[] | null;
  kementerian: number;
  lembaga: number;
  unitsPerGovernment: [number, number];
  productsPerUnit: [number, number];
  assessorsPerOffice: number;
}

/**
 * national: every province and regency/city (38 + 514) plus 25 kementerian and 14 lembaga;
 * 30–42 units per government and 6–15 products per unit, every one of them sampled, so the
 * cycle holds ≥ 3,000,000 answer rows (21 unit-level and 12 product-level indicators of
 * ombudsman-2022-2024; ~5 products per unit would stop at ~1.7 M rows).
 * medium: the eight provinces of Sumatra with their 140 regencies/cities plus every K/L (187).
 * small: Kalimantan Selatan and Sulawesi Barat with their regencies, 5 + 4 K/L (30 governments).
 */
export const SCALES: Record<ScaleName, Scale> = {
  national: {
    name: 'national',
    provinceCodes: null,
    kementerian: 25,
    lembaga: 14,
    unitsPerGovernment: [30, 42],
    productsPerUnit: [6, 15],
    assessorsPerOffice: 3,
  },
  medium: {
    name: 'medium',
    provinceCodes: ['11', '12', '13', '14', '15', '16', '17', '18'],
    kementerian: 25,
    lembaga: 14,
    unitsPerGovernment: [30, 42],
    productsPerUnit: [6, 15],
    assessorsPerOffice: 3,
  },
  small: {
    name: 'small',
    provinceCodes: ['63', '76'],
    kementerian: 5,
    lembaga: 4,
    unitsPerGovernment: [6, 10],
    productsPerUnit: [2, 4],
    assessorsPerOffice: 2,
  },
};

export type { GovernmentType, UnitType };
export type Role =
  'admin' | 'oversight_head' | 'assessor' | 'gov_coordinator' | 'unit_pic' | 'internal_verifier';

export interface SynthOffice {
  id: string;
  code: string;
  name: string;
  isHeadOffice: boolean;
  provinceCodes: string[];
}

export interface SynthGovernment {
  id: string;
  index: number;
  type: GovernmentType;
  name: string;
  regionCode: string | null;
  officeId: string;
  /** 0–1: how well this government complies; drives its answers. */
  quality: number;
  unitStart: number;
  unitEnd: number;
}

export interface SynthUnit {
  id: string;
  governmentIndex: number;
  parentId: string | null;
  /** Index of the top-level ancestor (itself when top-level): its PIC answers for the subtree. */
  topIndex: number;
  code: string;
  name: string;
  type: UnitType;
  sector: Sector;
  productStart: number;
  productEnd: number;
}

export interface SynthProduct {
  id: string;
  unitIndex: number;
  name: string;
  type: ProductType;
}

export interface SynthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  officeId: string | null;
  governmentId: string | null;
  unitId: string | null;
}

export interface SynthModel {
  scale: Scale;
  seed: number;
  batch: number;
  offices: SynthOffice[];
  governments: SynthGovernment[];
  units: SynthUnit[];
  products: SynthProduct[];
  users: SynthUser[];
  /** Per government: the assessor assigned; per unit index: the PIC user id of its top-level unit. */
  assessorOf: string[];
  coordinatorOf: string[];
  /** Per government: its Inspektorat auditors (internal verifiers, synth-internal.ts). */
  verifiersOf: string[][];
  picOfUnit: Map<number, string>;
  regionCodes: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

/** Builds the registry of one synthetic batch. Batch > 1 suffixes codes and e-mails so batches never collide. */
export function buildModel(scaleName: ScaleName, seed: number, batch = 1): SynthModel {
  const scale = SCALES[scaleName];
  const rng = new Prng(seed, `registry:${batch}`);
  const tag = batch === 1 ? 'SYN' : `SYN${batch}`;
  const mailDomain = batch === 1 ? 'synth.patuh.test' : `synth${batch}.patuh.test`;

  const areas = readAreaData();
  const provinces = areas.filter(
    (a) => a.level === 'province' && (!scale.provinceCodes || scale.provinceCodes.includes(a.code)),
  );
  const provinceName = new Map(areas.filter((a) => a.level === 'province').map((a) => [a.code, a.name]));
  const regencies = areas.filter(
    (a) => a.level === 'regency' && provinces.some((p) => p.code === a.provinceCode),
  );

  const head: SynthOffice = {
    id: rng.uuid(),
    code: `${tag}-PUSAT`,
    name: 'Ombudsman Republik Indonesia (Kantor Pusat, sintetis)',
    isHeadOffice: true,
    provinceCodes: [],
  };
  const offices: SynthOffice[] = [head];
  const officeOfProvince = new Map<string, string>();
  for (const p of provinces) {
    const o: SynthOffice = {
      id: rng.uuid(),
      code: `${tag}-PWK-${p.code}`,
      name: `Ombudsman RI Perwakilan ${p.name} (sintetis)`,
      isHeadOffice: false,
      provinceCodes: [p.code],
    };
    offices.push(o);
    officeOfProvince.set(p.code, o.id);
  }

  const governments: SynthGovernment[] = [];
  const addGov = (type: GovernmentType, name: string, regionCode: string | null, officeId: string) => {
    const quality = Math.min(0.97, Math.max(0.08, 0.64 + 0.17 * rng.gauss()));
    governments.push({
      id: rng.uuid(),
      index: governments.length,
      type,
      name,
      regionCode,
      officeId,
      quality,
      unitStart: 0,
      unitEnd: 0,
    });
  };
  const klSectors: Sector[] = [];
  for (const [name, sector] of KEMENTERIAN.slice(0, scale.kementerian)) {
    addGov('kementerian', name, null, head.id);
    klSectors.push(sector);
  }
  for (const [name, sector] of LEMBAGA.slice(0, scale.lembaga)) {
    addGov('lembaga', name, null, head.id);
    klSectors.push(sector);
  }
  for (const p of provinces)
    addGov('pemprov', `Pemerintah Provinsi ${p.name}`, p.code, officeOfProvince.get(p.code)!);
  for (const r of regencies)
    addGov(
      r.kind === 'kota' ? 'pemkot' : 'pemkab',
      `Pemerintah ${r.name}`,
      r.code,
      officeOfProvince.get(r.provinceCode)!,
    );

  const units: SynthUnit[] = [];
  const products: SynthProduct[] = [];
  const provinceNames = [...provinceName.values()];
  for (const gov of governments) {
    gov.unitStart = units.length;
    const target = rng.int(...scale.unitsPerGovernment);
    const klSector = klSectors[gov.index];
    const specs =
      gov.type === 'kementerian' || gov.type === 'lembaga'
        ? centralUnits(rng, gov.type, klSector!, target, provinceNames)
        : localUnits(rng, gov.type, target);
    const idByCode = new Map<string, number>();
    for (const spec of specs) {
      const parentIndex = spec.parent ? idByCode.get(spec.parent) : undefined;
      const index = units.length;
      units.push({
        id: rng.uuid(),
        governmentIndex: gov.index,
        parentId: parentIndex === undefined ? null : units[parentIndex]!.id,
        topIndex: parentIndex === undefined ? index : units[parentIndex]!.topIndex,
        code: spec.code,
        name: spec.name,
        type: spec.type,
        sector: spec.sector,
        productStart: 0,
        productEnd: 0,
      });
      idByCode.set(spec.code, index);
    }
    gov.unitEnd = units.length;
  }
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    unit.productStart = products.length;
    const count = rng.int(...scale.productsPerUnit);
    const choices = rng.shuffle(productChoices(unit.sector));
    for (let i = 0; i < count; i++) {
      const [name, type] = choices[i % choices.length]!;
      const round = Math.floor(i / choices.length);
      products.push({
        id: rng.uuid(),
        unitIndex: u,
        name: round === 0 ? name : `${name} ${ROMAN[round] ?? round + 1}`,
        type,
      });
    }
    unit.productEnd = products.length;
  }

  const users: SynthUser[] = [];
  const addUser = (
    role: Role,
    local: string,
    name: string,
    officeId: string | null,
    governmentId: string | null,
    unitId: string | null,
  ) => {
    const user: SynthUser = {
      id: rng.uuid(),
      email: `${local}@${mailDomain}`,
      name,
      role,
      officeId,
      governmentId,
      unitId,
    };
    users.push(user);
    return user;
  };
  addUser('admin', 'admin', 'Admin Sintetis', null, null, null);
  const assessorsByOffice = new Map<string, string[]>();
  for (const o of offices) {
    const slug = o.code.toLowerCase();
    addUser('oversight_head', `kepala.${slug}`, `Kepala ${o.code}`, o.id, null, null);
    const count = o.isHeadOffice ? scale.assessorsPerOffice * 3 : scale.assessorsPerOffice;
    const ids: string[] = [];
    for (let i = 1; i <= count; i++)
      ids.push(addUser('assessor', `asesor${i}.${slug}`, `Asesor ${i} ${o.code}`, o.id, null, null).id);
    assessorsByOffice.set(o.id, ids);
  }
  const assessorOf: string[] = [];
  const coordinatorOf: string[] = [];
  const picOfUnit = new Map<number, string>();
  for (const gov of governments) {
    const pool = assessorsByOffice.get(gov.officeId)!;
    assessorOf.push(pool[gov.index % pool.length]!);
    coordinatorOf.push(
      addUser('gov_coordinator', `koordinator.g${gov.index}`, `Koordinator ${gov.name}`, null, gov.id, null)
        .id,
    );
    for (let u = gov.unitStart; u < gov.unitEnd; u++) {
      const unit = units[u]!;
      if (unit.parentId !== null) continue;
      picOfUnit.set(
        u,
        addUser(
          'unit_pic',
          `pic.g${gov.index}.${unit.code.toLowerCase()}`,
          `PIC ${unit.name}`,
          null,
          gov.id,
          unit.id,
        ).id,
      );
    }
  }

  const verifiersOf = addInternalStaff(seed, batch, mailDomain, governments, users);

  return {
    scale,
    seed,
    batch,
    offices,
    governments,
    units,
    products,
    users,
    assessorOf,
    coordinatorOf,
    verifiersOf,
    picOfUnit,
    regionCodes: governments.flatMap((g) => (g.regionCode ? [g.regionCode] : [])),
  };
}

interface UnitSpec {
  code: string;
  name: string;
  type: UnitType;
  sector: Sector;
  parent?: string;
}

/** A local government: the five locus OPD, Setda and Inspektorat, RSUD, Puskesmas, schools, UPT, kecamatan, other OPD. */
function localUnits(rng: Prng, type: GovernmentType, target: number): UnitSpec[] {
  const specs: UnitSpec[] = [...LOCUS_OPD, ...OTHER_OPD.slice(0, 2)].map((o) => ({
    ...o,
    type: 'opd' as const,
  }));
  const places = rng.shuffle(PLACES);
  let place = 0;
  const nextPlace = () =>
    places[place++ % places.length]! + (place > places.length ? ` ${Math.ceil(place / places.length)}` : '');
  const pemprov = type === 'pemprov';
  const rsud = pemprov ? 2 : 1;
  const puskesmas = pemprov ? 0 : rng.int(3, 6);
  const kecamatan = pemprov ? 0 : rng.int(3, 6);
  const sekolah = rng.int(1, 2);
  const upt = rng.int(2, 4) + (pemprov ? 3 : 0);
  const extraOpd = Math.max(
    0,
    Math.min(OTHER_OPD.length - 2, target - specs.length - rsud - puskesmas - kecamatan - sekolah - upt),
  );
  for (const o of rng.shuffle(OTHER_OPD.slice(2)).slice(0, extraOpd)) specs.push({ ...o, type: 'opd' });
  for (let i = 1; i <= rsud; i++)
    specs.push({ code: `RSUD-${i}`, name: `RSUD ${nextPlace()}`, type: 'rsud', sector: 'kesehatan' });
  for (let i = 1; i <= puskesmas; i++)
    specs.push({
      code: `PKM-${i}`,
      name: `Puskesmas ${nextPlace()}`,
      type: 'puskesmas',
      sector: 'kesehatan',
      parent: 'DINKES',
    });
  for (let i = 1; i <= sekolah; i++)
    specs.push({
      code: `SKL-${i}`,
      name: `${pemprov ? 'SMA' : 'SMP'} Negeri ${i}`,
      type: 'sekolah',
      sector: 'pendidikan',
      parent: 'DISDIK',
    });
  const present = new Set(specs.map((s) => s.code));
  const kinds = rng.shuffle(UPT_KINDS.filter((k) => present.has(k.parent)));
  for (let i = 1; i <= upt; i++) {
    const kind = kinds[(i - 1) % kinds.length]!;
    const round = Math.floor((i - 1) / kinds.length);
    specs.push({
      code: `UPT-${i}`,
      name: round === 0 ? kind.name : `${kind.name} ${ROMAN[round] ?? round + 1}`,
      type: 'upt',
      sector: kind.sector,
      parent: kind.parent,
    });
  }
  for (let i = 1; i <= kecamatan; i++)
    specs.push({
      code: `KEC-${i}`,
      name: `Kecamatan ${nextPlace()}`,
      type: 'kecamatan',
      sector: 'kependudukan',
    });
  return specs;
}

/** A ministry or agency: Sekretariat, Inspektorat, 3–5 Direktorat Jenderal/Deputi, then Kantor Wilayah per province. */
function centralUnits(
  rng: Prng,
  type: GovernmentType,
  sector: Sector,
  target: number,
  provinceNames: string[],
): UnitSpec[] {
  const ministry = type === 'kementerian';
  const specs: UnitSpec[] = [
    {
      code: 'SETJEN',
      name: ministry ? 'Sekretariat Jenderal' : 'Sekretariat Utama',
      type: 'opd',
      sector: 'lainnya',
    },
    {
      code: 'ITJEN',
      name: ministry ? 'Inspektorat Jenderal' : 'Inspektorat Utama',
      type: 'opd',
      sector: 'pengawasan',
    },
  ];
  const directorates = rng.int(3, 5);
  for (let i = 1; i <= directorates; i++) {
    specs.push({
      code: `DIT-${i}`,
      name: `${ministry ? 'Direktorat Jenderal' : 'Deputi Bidang'} Pelayanan ${ROMAN[i - 1]}`,
      type: 'opd',
      sector,
    });
  }
  const regions = rng.shuffle(provinceNames);
  for (let i = 0; specs.length < target; i++) {
    const where = regions[i % regions.length]!;
    const round = Math.floor(i / regions.length);
    specs.push({
      code: `KANWIL-${i + 1}`,
      name: `${ministry ? 'Kantor Wilayah' : 'Kantor Perwakilan'} ${where}${round ? ` ${round + 1}` : ''}`,
      type: 'upt',
      sector,
      parent: `DIT-${(i % directorates) + 1}`,
    });
  }
  return specs;
}
