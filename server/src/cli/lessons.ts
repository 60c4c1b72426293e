// `ideal-client lessons --propose [paths…]`: the lessons the past prospects under the paths (the
// current folder when none) propose — ended, declined or referred, and named by no lesson of the
// profile that judges them — as the lines Record as Lesson would add, or as JSON. Exit 0.
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { kindOf } from '../../../shared/src/fileKinds';
import { lessonProposal } from '../service/lessonProposals';
import type { ProposedLesson } from '../features/recordLesson';
import type { CliArgs } from './args';
import type { Ctx } from './context';
import { display, isDirectory } from './files';

interface Proposed {
  file: string;
  profile: string;
  lesson: ProposedLesson;
}

export function lessonsCommand(ctx: Ctx, args: CliArgs): number {
  const inputs = args.paths.length ? args.paths : ['.'];
  const uris: string[] = [];
  for (const p of inputs) {
    const fsPath = path.resolve(ctx.io.cwd, p);
    if (isDirectory(fsPath)) uris.push(...ctx.service.findFiles([fsPath]).prospects);
    else if (kindOf(fsPath)?.kind === 'prospect') uris.push(ctx.service.uriOf(fsPath));
  }
  const found: Proposed[] = [];
  for (const uri of uris) {
    const r = lessonProposal(ctx.service, uri, ctx.settings);
    if (!r.ok) continue;
    found.push({
      file: display(ctx.io.cwd, ctx.service.fsPathOf(uri)!),
      profile: display(ctx.io.cwd, ctx.service.fsPathOf(r.profileUri)!),
      lesson: r.lesson,
    });
  }
  if (args.format === 'json') {
    ctx.io.out(JSON.stringify(found, null, 2));
    return 0;
  }
  const out: string[] = [];
  for (const f of found) {
    out.push(l10n.t('{0} → lessons: of {1}', f.file, f.profile));
    out.push(`  - prospect: ${f.lesson.prospect}`, `    expect: ${f.lesson.expect}`);
    if (f.lesson.because !== undefined) out.push(`    because: ${f.lesson.because}`);
    out.push(`    asOf: ${f.lesson.asOf}`);
    if (f.lesson.learned !== undefined) out.push(`    learned: ${JSON.stringify(f.lesson.learned)}`);
  }
  out.push(found.length === 1 ? l10n.t('1 lesson to record.') : l10n.t('{0} lessons to record.', found.length));
  ctx.io.out(out.join('\n'));
  return 0;
}
