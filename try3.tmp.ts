import { doComplete } from './server/src/features/completion';
import { parseText } from './server/src/parser/parsedDocument';
import { buildProfile } from './server/src/model/profileModel';
const base = `profile: X
facts:
  workingStyle:
    type: choice
    options: [intuitive, structured]
  goal:
    type: yesno
  signals:
    type: tags
    options: [a, b]
criteria:
  - id: w
    fact: workingStyle
    is: intuitive
`;
function complete(text: string, uri = 'file:///w/x.profile.yaml') {
  const off = text.indexOf('|');
  const t = text.slice(0, off) + text.slice(off + 1);
  const p = parseText(uri, 1, t);
  const pos = p.lines.positionAt(off);
  const profile = buildProfile(p.value)!;
  const r = doComplete(p, pos, { profile: { uri, parsed: p, profile }, resolvePath: () => ({ ok: false, message: '' }) });
  return r.items.map((i) => `${i.label}=${JSON.stringify((i.textEdit as any)?.newText)}@${JSON.stringify((i.textEdit as any)?.range?.start)}`);
}
const cases: [string, string][] = [
  ['root empty line', base + '|'],
  ['root partial', base + 'ver|'],
  ['in fact', base.replace('    type: yesno\n', '    type: yesno\n    |\n')],
  ['type value', base.replace('type: yesno', 'type: |')],
  ['type partial', base.replace('type: yesno', 'type: ye|')],
  ['fact value', base.replace('fact: workingStyle', 'fact: |')],
  ['is value', base.replace('is: intuitive', 'is: |')],
  ['is flow', base.replace('is: intuitive', 'is: [intuitive, |]')],
  ['criterion new key', base + '    |'],
  ['new criterion dash', base + '  - |'],
  ['criteria no dash', 'profile: x\ncriteria:\n  |\n'],
  ['is block item', base.replace('is: intuitive', 'is:\n      - |')],
  ['options dash', base.replace('options: [a, b]', 'options:\n      - |')],
  ['lessons expect', base + 'lessons:\n  - prospect: a.prospect.yaml\n    expect: |\n'],
  ['empty doc', '|'],
  ['dealbreaker val', base + '    dealbreaker: |'],
  ['verdict key', base + 'verdict:\n  |'],
  ['verdict value', base + 'verdict: |'],
  ['when key', base + 'referrals:\n  - name: A\n    when:\n      |'],
  ['when value', base + 'referrals:\n  - name: A\n    when:\n      workingStyle: [|]'],
  ['notes block', base + 'summary: |\n  hello\n  |\n'],
];
for (const [name, t] of cases) console.log(name, '→', complete(t).join('  '));
console.log(complete('profile: X\nverdict:\n  |'));
import { cursorContext } from './server/src/features/completion/cursorContext';
const t2 = base + 'verdict:\n  ';
const p2 = parseText('file:///w/x.profile.yaml', 1, t2);
console.log(cursorContext(p2, p2.lines.positionAt(t2.length)));
