/**
 * What an assessment indicator shows as context beside the item (issue 15, part 9): the product's
 * current set standard component, the unit's maklumat or a service-profile field, and the library's
 * photo of the display. Context, not proof: the assessor observes the counter; nothing here
 * suggests or fills a value. The codes are the same in ombudsman-2016-2021 and ombudsman-2022-2024.
 */
import type { StandardComponentKey } from './components';
import type { UnitDocumentKind } from '../contracts/unit-library';

export const PROFILE_CONTEXT_FIELDS = [
  'specialServices',
  'visionMission',
  'motto',
  'integratedServices',
] as const;
export type ProfileContextField = (typeof PROFILE_CONTEXT_FIELDS)[number];

export type IndicatorContext =
  | { source: 'standard'; component: StandardComponentKey; photo: UnitDocumentKind | null }
  | { source: 'maklumat'; photo: UnitDocumentKind }
  | { source: 'profile'; field: ProfileContextField; photo: null };

const standard = (component: StandardComponentKey, photo: UnitDocumentKind | null = 'foto_standar') =>
  ({ source: 'standard', component, photo }) as const;
const profile = (field: ProfileContextField) => ({ source: 'profile', field, photo: null }) as const;

export const INDICATOR_CONTEXT: Readonly<Record<string, IndicatorContext>> = {
  'PROSES.1': standard('persyaratan'),
  'PROSES.2': standard('prosedur'),
  'PROSES.3': standard('jangka_waktu'),
  'PROSES.4': standard('biaya'),
  'PROSES.5': standard('produk'),
  'PROSES.6.A': { source: 'maklumat', photo: 'foto_maklumat' },
  'PROSES.6.B': { source: 'maklumat', photo: 'foto_maklumat' },
  'PROSES.7': profile('specialServices'),
  'PROSES.8': profile('visionMission'),
  'PROSES.9': profile('motto'),
  'PROSES.11': profile('integratedServices'),
  'PENGADUAN.2': standard('pengaduan'),
  'INPUT.SARPRAS.6': standard('dasar_hukum', 'sk_standar'),
};

export const CONTEXT_INDICATORS: readonly string[] = Object.keys(INDICATOR_CONTEXT);

export function indicatorContext(code: string): IndicatorContext | null {
  return INDICATOR_CONTEXT[code] ?? null;
}
