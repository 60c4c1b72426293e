// The line index of an edited text, made from the index before the edit (LineIndex.edited, used
// by the incremental parse after every edit), must be the index made anew: every offset at the
// same line and character. Line breaks of every kind (LF, CRLF, a lone CR), edits that split or
// join a CRLF, at the start, in the middle and at the end.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/parser/lineIndex';

const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', ' ', 'ä');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

function agrees(before: string, at: number, removed: number, inserted: string): void {
  const start = at % (before.length + 1);
  const oldEnd = Math.min(before.length, start + removed);
  const after = before.slice(0, start) + inserted + before.slice(oldEnd);
  const edited = LineIndex.edited(new LineIndex(before), after, start, oldEnd, after.length - before.length);
  const fresh = new LineIndex(after);
  const where = JSON.stringify({ before, start, oldEnd, inserted });
  assert.equal(edited.lineCount, fresh.lineCount, where);
  for (let o = 0; o <= after.length; o++) assert.deepEqual(edited.positionAt(o), fresh.positionAt(o), `${where} at ${o}`);
}

describe('the line index after an edit (LineIndex.edited)', () => {
  it('is the index made anew', () => {
    agrees('a\r\nb', 2, 0, 'x'); // a CRLF split: the CR stands alone
    agrees('a\rx\nb', 2, 1, ''); // and joined again
    agrees('', 0, 0, '\n\r');
    agrees('ab\n', 3, 0, 'c');
    fc.assert(fc.property(text, fc.nat(), fc.nat(4), text, (t, at, removed, inserted) => {
      agrees(t, at, removed, inserted);
      return true;
    }), { numRuns: 5000, seed: 7 });
  });
});
