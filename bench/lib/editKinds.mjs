// The edits people make, each as the steps an editor sends (LSP content changes, in order) around
// the probe criterion of a generated profile (generate.mjs marks): typing in a plain value,
// typing in a quoted string, typing a comment, Enter + typing a new key, pasting a five-line
// criterion, deleting a line, and a burst of keystrokes. Every kind ends with the text as it
// began (steps marked `measured: false` undo it), so the kinds can run one after another and
// repeat. Both servers get exactly the same steps.

const pos = (line, character) => ({ line, character });
const insert = (line, character, text, measured = true) => ({ range: { start: pos(line, character), end: pos(line, character) }, text, measured });
const replace = (start, end, text, measured = true) => ({ range: { start, end }, text, measured });

/**
 * The kinds, each { name, label, steps, burst? }. `burst`: the steps are sent `burstGapMs`
 * apart without waiting, and only the last one's diagnostics are timed.
 */
export function editKinds(profile) {
  const m = profile.marks;
  const lines = profile.text.split('\n');
  const weightEnd = pos(m.edit.line, m.edit.character + 1);
  // Typing in a plain value as people type: a digit over the digit (the value keeps its length),
  // then two more typed after it and taken back with Backspace (the value grows and shrinks, and
  // everything after it in the file moves), then the digit it had.
  const at = (k) => pos(m.edit.line, m.edit.character + k);
  const kinds = [
    {
      name: 'plain', label: 'typing in a plain value',
      steps: [
        ...['1', '2', '3'].map((d) => replace(m.edit, weightEnd, d)),
        insert(weightEnd.line, weightEnd.character, '5'),
        insert(weightEnd.line, weightEnd.character + 1, '0'),
        replace(at(2), at(3), ''),
        replace(at(1), at(2), ''),
        replace(m.edit, weightEnd, lines[m.edit.line][m.edit.character]),
      ],
    },
  ];
  if (m.whyLine >= 0) {
    const q = m.quoted;
    kinds.push({
      name: 'quoted', label: 'typing in a quoted string',
      steps: [...'Kunde'].map((ch, i) => insert(q.line, q.character + i, ch)).concat([replace(q, pos(q.line, q.character + 5), '', false)]),
    });
  }
  const key = m.key;
  const comment = '# Rückfrage';
  kinds.push({
    name: 'comment', label: 'typing a comment',
    steps: [...comment].map((ch, i) => insert(key.line, key.character + i, ch)).concat([replace(key, pos(key.line, key.character + comment.length), '', false)]),
  });
  const typed = 'note: x';
  kinds.push({
    name: 'newKey', label: 'Enter + typing a new key',
    steps: [insert(weightEnd.line, weightEnd.character, '\n    ')]
      .concat([...typed].map((ch, i) => insert(weightEnd.line + 1, 4 + i, ch)))
      .concat([replace(weightEnd, pos(weightEnd.line + 1, 4 + typed.length), '', false)]),
  });
  // The probe criterion itself, copied under another id (five lines in most profiles).
  const pasted = lines.slice(m.probeStart, (m.whyLine >= 0 ? m.whyLine : m.edit.line) + 1).map((l, i) => (i === 0 ? l.replace(/id: .*/, 'id: pasted-criterion') : l));
  kinds.push({
    name: 'paste', label: `pasting a ${pasted.length}-line criterion`,
    steps: [insert(m.probeStart, 0, `${pasted.join('\n')}\n`), replace(pos(m.probeStart, 0), pos(m.probeStart + pasted.length, 0), '', false)],
  });
  if (m.whyLine >= 0) {
    kinds.push({
      name: 'deleteLine', label: 'deleting a line',
      steps: [replace(pos(m.whyLine, 0), pos(m.whyLine + 1, 0), ''), insert(m.whyLine, 0, `${lines[m.whyLine]}\n`, false)],
    });
    const q = m.quoted;
    const burst = 'x'.repeat(20);
    kinds.push({
      name: 'burst', label: 'a burst of 20 keystrokes 30 ms apart (the last one)', burst: true, burstGapMs: 30,
      steps: [...burst].map((ch, i) => insert(q.line, q.character + i, ch)).concat([replace(q, pos(q.line, q.character + burst.length), '', false)]),
    });
  }
  return kinds;
}

/** `text` after one content change (a range in line/character, UTF-16). */
export function applyChange(text, change) {
  const offsetAt = (p) => {
    let o = 0;
    for (let l = 0; l < p.line; l++) {
      const nl = text.indexOf('\n', o);
      if (nl < 0) return text.length;
      o = nl + 1;
    }
    return Math.min(text.length, o + p.character);
  };
  return text.slice(0, offsetAt(change.range.start)) + change.text + text.slice(offsetAt(change.range.end));
}
