/** Built-in instrument files: validated at start, named by their id; a bad file stops the start naming it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InstrumentFileError, loadInstrumentDirectory } from './instruments.sync';

describe('instrument files', () => {
  it('loads the two built-ins: the SKM (9 elements) and the perception interview', () => {
    const all = loadInstrumentDirectory();
    expect(all.map((i) => [i.id, i.kind, i.questions.length])).toEqual([
      ['persepsi-maladministrasi-2023', 'persepsi_maladministrasi', 5],
      ['skm-permenpan-14-2017', 'skm', 9],
    ]);
  });

  it('refuses a file that does not validate or is not named by its id, naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-inst-'));
    try {
      const good = JSON.parse(
        fs.readFileSync(path.join(process.cwd(), 'instruments', 'skm-permenpan-14-2017.json'), 'utf8'),
      );
      fs.writeFileSync(path.join(dir, 'lain.json'), JSON.stringify(good));
      expect(() => loadInstrumentDirectory(dir)).toThrow(/lain\.json[\s\S]*harus sama dengan nama berkas/);
      fs.rmSync(path.join(dir, 'lain.json'));
      const bad = {
        ...good,
        questions: [{ ...good.questions[0], answers: good.questions[0].answers.slice(0, 3) }],
      };
      fs.writeFileSync(path.join(dir, 'skm-permenpan-14-2017.json'), JSON.stringify(bad));
      expect(() => loadInstrumentDirectory(dir)).toThrow(InstrumentFileError);
      expect(() => loadInstrumentDirectory(dir)).toThrow(/questions\.0\.answers/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
