// Generated profiles and the edits people make in them, for the differential tests of the
// incremental parse: typing in a plain value, typing in a quoted string, typing a comment, Enter +
// typing a new key (every prefix of it, the half-typed ones included), pasting a five-line
// criterion, deleting a line, deleting several lines, copying lines above themselves (and
// removing them again), the same text as a new version. Positions are drawn from the whole text, so edits land in every
// kind of place — inside blocks, on their first lines, between them, at the end.
import fc from 'fast-check';

const NAMES = ['budget', 'style', 'teamSize', 'start', 'decisionMaker', 'sector'];

const fact = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('choice', 'money', 'number', 'text', 'tags'), fc.boolean(), fc.boolean())
  .map(([name, type, long, label]) => [
    `  ${name}:`,
    ...(label ? [`    label: ${name} label`] : []),
    `    question: "How is your ${name}?"`,
    `    type: ${type}`,
    ...(type === 'choice' || type === 'tags'
      ? (long ? ['    options:', '      - calm', '      - value: hectic', '        label: Hectic', '        phrases: [rush, chaos]'] : ['    options: [calm, hectic]'])
      : type === 'money' ? ['    currency: EUR'] : []),
  ]);

const criterion = fc.tuple(fc.constantFrom(...NAMES), fc.nat(99), fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([name, n, weight, quoted, comment, blank]) => [
    `  - id: ${name}-${n}`,
    `    fact: ${name}`,
    '    is: calm',
    ...(comment ? ['    # a note on this one'] : []),
    `    weight: ${weight}`,
    quoted ? `    why: "Because ${name} matters, say 'they'."` : `    why: Because ${name} matters`,
    ...(blank ? [''] : []),
  ]);

/** A profile: facts, criteria, referrals and a verdict, in one of a few orders, with comments and blank lines. */
export const profileText = fc.tuple(
  fc.uniqueArray(fact, { selector: (l) => l[0], minLength: 1, maxLength: 4 }),
  fc.array(criterion, { minLength: 1, maxLength: 6 }),
  fc.boolean(),
  fc.boolean(),
  fc.boolean(),
).map(([facts, criteria, referralsLast, header, compact]) => {
  const lines = [
    ...(header ? ['# A profile', ''] : []),
    'profile: Generated',
    'language: en',
    'summary: >',
    '  Folded text over',
    '  two lines.',
    'facts:',
    ...facts.flat(),
    '',
    'criteria:',
    ...criteria.flat().map((l) => (compact && l.startsWith('  ') ? l.slice(2) : l)),
    ...(referralsLast ? [] : ['verdict:', '  fit: 70', '  borderline: 50']),
    'referrals:',
    '  - name: Anna Schmidt',
    '    contact: anna@example.org',
    '    when: { style: [calm] }',
    '  - name: Ben Braun',
    '    contact: ben@example.org',
    ...(referralsLast ? ['verdict:', '  fit: 70'] : []),
  ];
  return `${lines.join('\n')}\n`;
});

/** One edit: the text before it → the text after it. */
export type Edit = (text: string) => string;

const lineStarts = (text: string): number[] => {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 && i + 1 < text.length) out.push(i + 1);
  return out;
};
const lineAt = (text: string, n: number): { start: number; end: number; line: string } => {
  const starts = lineStarts(text);
  const start = starts[n % starts.length];
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return { start, end, line: text.slice(start, end) };
};

const TYPED = ['a', 'Z', '7', ' ', ':', '#', '-', '"', "'", ',', '[', ']', '{', '}', '|', '>', 'ä', 'x y'];

/** Typing one character (or a few) somewhere in a line's value: after the ": " or anywhere on the line. */
const typeInValue = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TYPED)).map(([n, at, ch]): Edit => (text) => {
  const { start, end, line } = lineAt(text, n);
  const colon = line.indexOf(': ');
  const from = colon >= 0 ? start + colon + 2 : start;
  const pos = from + (end > from ? at % (end - from + 1) : 0);
  return text.slice(0, pos) + ch + text.slice(pos);
});

/** Typing inside a quoted string ("…" of a question or a why), or deleting a character there. */
const typeInQuoted = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('a', ' ', 'x', ':', '#', "'", '\\', ''), fc.boolean()).map(([n, at, ch, del]): Edit => (text) => {
  const quotes: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) quotes.push(i);
  if (quotes.length < 2) return text;
  const k = (n % Math.floor(quotes.length / 2)) * 2;
  const [a, b] = [quotes[k], quotes[k + 1]];
  const pos = a + 1 + (at % Math.max(1, b - a - 1));
  return del && pos < b ? text.slice(0, pos) + text.slice(pos + 1) : text.slice(0, pos) + ch + text.slice(pos);
});

/** A comment: a new comment line at some indentation, or one appended to a line. */
const typeComment = fc.tuple(fc.nat(), fc.constantFrom('', '  ', '    ', '      ', ' '), fc.constantFrom('# note', '#', '# a: b', '# - x'), fc.boolean())
  .map(([n, indent, comment, own]): Edit => (text) => {
    const { start, end } = lineAt(text, n);
    return own ? `${text.slice(0, start)}${indent}${comment}\n${text.slice(start)}` : `${text.slice(0, end)} ${comment}${text.slice(end)}`;
  });

/** Enter at the end of a line, then the first `k` characters of a new key typed at an indentation. */
const newKey = fc.tuple(fc.nat(), fc.constantFrom('', '  ', '    ', '      ', '   '), fc.constantFrom('note: x', 'weight: 3', 'dealbreaker: true', '- id: new'), fc.nat())
  .map(([n, indent, typed, k]): Edit => (text) => {
    const { end } = lineAt(text, n);
    return `${text.slice(0, end)}\n${indent}${typed.slice(0, k % (typed.length + 1))}${text.slice(end)}`;
  });

/** Pasting a five-line criterion at the start of a line, at the criteria's indentation or another. */
const pasteCriterion = fc.tuple(fc.nat(), fc.constantFrom('  ', '', '    '), fc.constantFrom(...NAMES)).map(([n, indent, name]): Edit => (text) => {
  const { start } = lineAt(text, n);
  const block = [`- id: ${name}-pasted`, `  fact: ${name}`, '  is: calm', '  weight: 2', '  why: Pasted']
    .map((l) => indent + l).join('\n');
  return `${text.slice(0, start)}${block}\n${text.slice(start)}`;
});

/** Deleting one whole line (its line break included). */
const deleteLine = fc.nat().map((n): Edit => (text) => {
  const { start, end } = lineAt(text, n);
  return text.slice(0, start) + text.slice(Math.min(text.length, end + 1));
});

/** Deleting a run of whole lines (two to eight): a pasted block removed again, lines across entries. */
const deleteLines = fc.tuple(fc.nat(), fc.integer({ min: 2, max: 8 })).map(([n, k]): Edit => (text) => {
  const { start } = lineAt(text, n);
  return text.slice(0, start) + text.slice(linesEnd(text, start, k));
});

/**
 * Copying a run of lines and pasting it above itself, its first id renamed or not: the two texts
 * then differ from inside the first line to inside the copy (the bench's "pasting a criterion").
 */
const duplicateLines = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean()).map(([n, k, rename]): Edit => (text) => pasteCopy(text, n, k, rename));

function pasteCopy(text: string, n: number, k: number, rename: boolean): string {
  const { start } = lineAt(text, n);
  let copy = text.slice(start, linesEnd(text, start, k));
  if (!copy.endsWith('\n')) copy += '\n';
  if (rename) copy = copy.replace(/id: [^\n]*/, 'id: pasted-copy');
  return text.slice(0, start) + copy + text.slice(start);
}

/** The same text as a new version (a character typed over itself). */
const retype: Edit = (text) => text;

/** Where the `k` lines from `start` end (after their line break). */
function linesEnd(text: string, start: number, k: number): number {
  let end = start;
  for (let i = 0; i < k && end < text.length; i++) {
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
  }
  return end;
}

/** Deleting one character (Backspace), anywhere. */
const backspace = fc.nat().map((n): Edit => (text) => {
  if (text.length === 0) return text;
  const pos = n % text.length;
  return text.slice(0, pos) + text.slice(pos + 1);
});

export const EDIT_KINDS = { typeInValue, typeInQuoted, typeComment, newKey, pasteCriterion, deleteLine, backspace, deleteLines, duplicateLines };

export const anyEdit = fc.oneof(typeInValue, typeInQuoted, typeComment, newKey, pasteCriterion, deleteLine, backspace, deleteLines, duplicateLines, fc.constant(retype));

/** A run of lines copied above itself, then removed again: the text as it was. */
export const pasteAndRemove = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean()).map(([n, k, rename]): Edit[] => {
  let before = '';
  return [
    (text) => {
      before = text;
      return pasteCopy(text, n, k, rename);
    },
    () => before,
  ];
});

/** A burst: several edits one after another, each one checked. */
export const editBurst = fc.array(anyEdit, { minLength: 1, maxLength: 8 });

/** Enter at the end of a line, then a new key typed one character at a time: one edit per keystroke. */
export const typeNewKeyStepwise = fc.tuple(fc.nat(), fc.constantFrom('  ', '    ', ''), fc.constantFrom('note: x', 'weight: 3', '- id: new', '# remark'))
  .map(([n, indent, typed]): Edit[] => {
    let pos = 0;
    const enter: Edit = (text) => {
      const { end } = lineAt(text, n);
      pos = end + 1 + indent.length;
      return `${text.slice(0, end)}\n${indent}${text.slice(end)}`;
    };
    return [enter, ...[...typed].map((ch): Edit => (text) => {
      const t = text.slice(0, pos) + ch + text.slice(pos);
      pos++;
      return t;
    })];
  });
