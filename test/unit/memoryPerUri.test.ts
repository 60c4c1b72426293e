// Nothing is kept per document once it is closed: opening and closing profiles under ever new
// URIs (an editor that names each version anew) must not grow the heap. Round two found +60 KB
// per 4 KB profile, and a server dead of heap exhaustion after ~59 profiles of 700 KB; with
// the compiled profile kept per URI this test measured +45 MB (200 profiles of 25 KB), now ±1 MB.
import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from './helpers/memoryFs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** A profile of about 25 KB: 90 facts with options and questions, a criterion each. */
function bigProfile(n: number): string {
  let text = `profile: P${n}\nfacts:\n`;
  for (let i = 0; i < 90; i++) {
    text += `  f${i}:\n    type: choice\n    question: Wie steht es um Punkt ${i} im Profil ${n}, und was heißt das für die Zusammenarbeit mit diesem Kunden im Alltag?\n`
      + `    options: [alpha${i}, beta${i}, gamma${i}, delta${i}, epsilon${i}, zeta${i}, eta${i}]\n`;
  }
  text += 'criteria:\n';
  for (let i = 0; i < 90; i++) text += `  - id: c${i}\n    fact: f${i}\n    is: alpha${i}\n    weight: 2\n`;
  return text;
}

describe('memory per document', () => {
  it('opening and closing 200 distinct 25 KB profiles returns the heap near its start', function () {
    this.timeout(300_000);
    const s = new LanguageService({ fs: memoryFs({ '/w/x.prospect.yaml': 'prospect: X\nfacts:\n  f1: alpha1\n' }), workspaceFolders: ['/w'] });
    const round = (from: number, to: number): void => {
      for (let n = from; n < to; n++) {
        const uri = `file:///w/p${n}.profile.yaml`;
        const text = bigProfile(n);
        s.openDocument(uri, 1, text);
        s.problems(uri);
        s.closeDocument(uri);
      }
    };
    round(0, 10);
    const start = heapAfterGc();
    assert.ok(bigProfile(0).length > 22_000, `${bigProfile(0).length} bytes`);
    round(10, 210);
    const grown = heapAfterGc() - start;
    if (process.env.SHOW_HEAP) console.log(`heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB`);
    assert.ok(grown < 15 * 1024 * 1024, `the heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB`);
  });
});
