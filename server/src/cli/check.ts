// `ideal-client check`: every problem of the profiles and prospects found under the paths (the
// current folder when none), one "file:line:column: severity: message" line each, by line and
// column — on standard output, so that `check > problems.txt` keeps them (standard error is for
// what went wrong with the command itself) — then a one-line summary.
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { kindOf } from '../../../shared/src/fileKinds';
import type { CliArgs } from './args';
import { outsideWords, type Ctx } from './context';
import { readInside } from '../workspace/pathRules';
import { display, isDirectory, lstatOf, whyUnreadable } from './files';
import { OutputClosed } from './io';
import { visible } from '../report/terminalText';

export function checkCommand(ctx: Ctx, args: CliArgs): number {
  const inputs = args.paths.length ? args.paths : ['.'];
  const files: string[] = [];
  let errors = 0;
  let warnings = 0;
  const shown = (fsPath: string): string => display(ctx.io.cwd, fsPath);
  for (const p of inputs) {
    const fsPath = path.resolve(ctx.io.cwd, p);
    // The read rule for the arguments: nothing outside the workspace folder is listed or read,
    // not even through a folder that is a link.
    const rule = readInside(ctx.service.fs, ctx.root, fsPath);
    if (!rule.ok) {
      ctx.io.err(`${shown(fsPath)}:1:1: error: ${outsideWords(rule.code, ctx.root)}`);
      errors++;
    } else if (isDirectory(fsPath)) {
      const found = ctx.service.findFiles([fsPath]);
      for (const uri of [...found.profiles, ...found.prospects]) files.push(ctx.service.fsPathOf(uri)!);
    } else if (lstatOf(fsPath)) {
      if (!kindOf(fsPath)) {
        ctx.io.err(`${shown(fsPath)}:1:1: error: ${l10n.t('not a profile or prospect (*.profile.yaml, *.prospect.yaml, *.prospect.md)')}`);
        errors++;
      } else files.push(fsPath);
    } else {
      ctx.io.err(`${shown(fsPath)}:1:1: error: ${l10n.t('no such file or folder')}`);
      errors++;
    }
  }
  try {
    for (const f of files) {
      // A file that cannot be read has no problems to show, and is not clean either.
      const unreadable = whyUnreadable(f);
      if (unreadable) {
        ctx.io.out(visible(`${shown(f)}:1:1: error: ${unreadable}`));
        errors++;
        continue;
      }
      const problems = [...ctx.service.problems(ctx.service.uriOf(f), ctx.settings)]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      for (const pr of problems) {
        if (pr.severity === 'hint' || pr.code === 'note-hint' || pr.code === 'note-contradiction') continue;
        if (pr.severity === 'error') errors++;
        else if (pr.severity === 'warning') warnings++;
        const line = `${shown(f)}:${pr.range.start.line + 1}:${pr.range.start.character + 1}: ${pr.severity}: ${pr.message}`;
        ctx.io.out(visible(line));
      }
    }
    const fileCount = files.length === 1 ? l10n.t('1 file') : l10n.t('{0} files', files.length);
    const errorCount = errors === 1 ? l10n.t('1 error') : l10n.t('{0} errors', errors);
    const warningCount = warnings === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', warnings);
    ctx.io.out(l10n.t('{0} checked: {1}, {2}.', fileCount, errorCount, warningCount));
  } catch (e) {
    // The reader went away: stop, with the errors found so far deciding the exit code.
    if (!(e instanceof OutputClosed)) throw e;
  }
  return errors > 0 ? 1 : 0;
}
