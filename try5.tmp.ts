import { LanguageService } from './server/src/service/languageService';
import { memoryFs } from './test/unit/helpers/memoryFs';
import { readFileSync } from 'node:fs';
const PROFILE = readFileSync('samples/wunschkunde.profile.yaml', 'utf8');
function at(text: string) { const off = text.indexOf('|'); return { t: text.slice(0, off) + text.slice(off + 1), off }; }
function run(name: string, file: string, text: string, op: 'c' | 'h' = 'c') {
  const { t, off } = at(text);
  const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, [file]: t });
  const s = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const uri = s.uriOf(file);
  const doc = s.getDocument(uri)!;
  const pos = doc.lines.positionAt(off);
  if (op === 'c') console.log(name, '→', s.complete(uri, pos).items.map((i) => `${i.label}=${JSON.stringify((i.textEdit as any)?.newText)}`).join('  '));
  else { const h = s.hover(uri, pos); console.log(name, '→', JSON.stringify(h?.range), '\n' + (h?.contents as any)?.value); }
}
run('prospect facts keys', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  workingStyle: intuitive\n  |\n');
run('prospect choice value', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  workingStyle: |\n');
run('prospect tags value', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  signals: |\n');
run('prospect tags flow', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  signals: [always-on, |]\n');
run('prospect yesno', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  goalAgreed: |\n');
run('prospect root', '/w/a.prospect.yaml', 'prospect: A\n|\n');
run('md front', '/w/b.prospect.md', '---\nprospect: A\nfacts:\n  |\n---\n# notes\n');
run('md body', '/w/b.prospect.md', '---\nprospect: A\nfacts:\n  budget: 1\n---\n# notes\n|');
run('md value', '/w/b.prospect.md', '---\nprospect: A\nfacts:\n  workingStyle: st|\n---\n# notes\n');
run('hover fact key', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  working|Style: detail-planner\n  budget: 8000 EUR\n', 'h');
run('hover option', '/w/a.prospect.yaml', 'prospect: A\nfacts:\n  workingStyle: detail-pl|anner\n  budget: 8000 EUR\n', 'h');
run('hover key', '/w/a.prospect.yaml', 'prospect: A\nm|et: 2026-01-01\n', 'h');
run('hover md body', '/w/b.prospect.md', '---\nprospect: A\n---\n# no|tes\n', 'h');
