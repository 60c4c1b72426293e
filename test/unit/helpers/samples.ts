// The samples' texts (samples/**/*.prospect.yaml, *.profile.yaml), for tests that compare parsers on them.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SAMPLES_DIR = path.resolve(__dirname, '../../../samples');

/** The texts of the sample files whose names end with `suffix`. */
function sampleTexts(suffix: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(suffix)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(SAMPLES_DIR);
  return out;
}

export function sampleProspectTexts(): string[] {
  return sampleTexts('.prospect.yaml');
}

export function sampleProfileTexts(): string[] {
  return sampleTexts('.profile.yaml');
}
