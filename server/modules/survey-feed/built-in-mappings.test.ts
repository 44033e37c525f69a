/**
 * The built-in frameworks' survey mappings name instruments and questions that exist: the
 * Ombudsman 2022–2024 Output indicators read the perception interview, question by question;
 * no built-in framework maps a provider's SKM (an SKM never sets an Ombudsman value).
 */
import { describe, expect, it } from 'vitest';
import { frameworkLeaves } from '../../../shared/frameworks/framework.schema';
import { surveyMappingProblems } from '../../../shared/surveys/feed-mapping';
import { listFrameworks } from '../../frameworks/framework-catalog';
import { loadInstrumentDirectory } from '../surveys/instruments.sync';

const instruments = loadInstrumentDirectory();

describe('built-in survey mappings', () => {
  it.each(listFrameworks().map((fw) => [fw.id, fw] as const))(
    '%s names existing instruments and questions',
    (_, fw) => {
      expect(surveyMappingProblems(fw, instruments)).toEqual([]);
    },
  );

  it('maps OUTPUT.1–5 of the 2022–2024 framework to the same questions of the perception interview', () => {
    const fw = listFrameworks().find((f) => f.id === 'ombudsman-2022-2024')!;
    const mapped = frameworkLeaves(fw).filter((n) => n.survey);
    expect(mapped.map((n) => [n.code, n.survey!.instrument, n.survey!.question])).toEqual(
      [1, 2, 3, 4, 5].map((k) => [`OUTPUT.${k}`, 'persepsi-maladministrasi-2023', `OUTPUT.${k}`]),
    );
    expect(instruments.find((i) => i.id === 'persepsi-maladministrasi-2023')!.kind).toBe(
      'persepsi_maladministrasi',
    );
  });

  it('maps no SKM instrument in any built-in framework', () => {
    const skm = new Set(instruments.filter((i) => i.kind === 'skm').map((i) => i.id));
    const offending = listFrameworks().flatMap((fw) =>
      frameworkLeaves(fw)
        .filter((n) => n.survey && skm.has(n.survey.instrument))
        .map((n) => `${fw.id}:${n.code}`),
    );
    expect(offending).toEqual([]);
  });
});
