import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, sep } from 'node:path';
import { projectRoot } from '../lib/paths';
import {
  formatProblem,
  FrameworkSchema,
  validateFramework,
  type Framework,
} from '../../shared/frameworks/framework.schema.js';

/** The built-in frameworks shipped with Patuh: one JSON file per framework version. */
export const BUILT_IN_FRAMEWORKS_DIR = pathToFileURL(join(projectRoot(), 'frameworks') + sep);

/** A built-in framework file that cannot be used; the message names the file and the node. */
export class FrameworkFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`berkas kerangka ${file} tidak valid:\n${detail}`);
    this.name = 'FrameworkFileError';
  }
}

/**
 * Read and validate every `*.json` in a folder. The file name must be `<id>.json`, so an id can
 * never be defined twice. Throws FrameworkFileError listing every problem of the first bad file.
 */
export function loadFrameworkDirectory(dir: URL | string = BUILT_IN_FRAMEWORKS_DIR): Framework[] {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(path, file), 'utf8'));
    } catch (err) {
      throw new FrameworkFileError(file, `  JSON tidak dapat dibaca: ${(err as Error).message}`);
    }
    const problems = validateFramework(raw);
    if (problems.length > 0) throw new FrameworkFileError(file, problems.map(formatProblem).join('\n'));
    const framework = FrameworkSchema.parse(raw);
    if (`${framework.id}.json` !== file) {
      throw new FrameworkFileError(
        file,
        `  id "${framework.id}" harus sama dengan nama berkas (${framework.id}.json)`,
      );
    }
    return framework;
  });
}

let builtIns: Map<string, Framework> | undefined;

function catalog(): Map<string, Framework> {
  builtIns ??= new Map(loadFrameworkDirectory().map((fw) => [fw.id, fw]));
  return builtIns;
}

/** Every built-in framework, sorted by id. Loaded and validated once per process. */
export function listFrameworks(): Framework[] {
  return [...catalog().values()];
}

/** One built-in framework by id, or undefined. */
export function getFramework(id: string): Framework | undefined {
  return catalog().get(id);
}
