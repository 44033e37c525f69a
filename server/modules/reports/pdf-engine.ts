/**
 * pdfmake, set up once for every PDF Patuh writes (the rapor, the national results): the Roboto
 * fonts it ships, no URL access, and no file access but those fonts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export type DocDefinition = Record<string, unknown>;

/** The part of pdfmake 0.3's server API used here (the package ships no type declarations). */
export interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer>; write(file: string): Promise<void> };
}

const require = createRequire(import.meta.url);
let engine: PdfMake | undefined;

export function pdfmake(): PdfMake {
  if (engine) return engine;
  const pm = require('pdfmake') as PdfMake;
  const fontDir = path.join(path.dirname(require.resolve('pdfmake/fonts/Roboto')), 'Roboto') + path.sep;
  pm.setFonts(require('pdfmake/fonts/Roboto'));
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fontDir));
  engine = pm;
  return pm;
}
