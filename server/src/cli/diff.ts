// `ideal-client diff [REV] [paths…]`: every prospect and lesson under the paths (or the folder)
// judged with the files as they are at the git revision REV (default HEAD) and as they are now;
// those whose verdict or score differ are listed, sorted by path. The first word is the revision
// unless it names a file or folder that exists (`diff prospects/` compares with HEAD).
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { isInside } from '../workspace/fileSystem';
import { LanguageService } from '../service/languageService';
import { ParseShare } from '../service/parseShare';
import { sortChanges } from '../service/verdictDiff';
import { kindOf } from '../../../shared/src/fileKinds';
import { diffInWorker, diffWorkers } from './diffWorker';
import { diffWithRevision, openRevisionSide } from '../service/revisionSide';
import { changesAsJson, changesAsText } from '../report/diffReport';
import { changesAsMarkdown } from '../report/diffMarkdown';
import type { CliArgs } from './args';
import type { Ctx } from './context';
import { statOf } from './files';

export async function diffCommand(ctx: Ctx, args: CliArgs): Promise<number> {
  const words = [...args.paths];
  const rev = words.length > 0 && !statOf(path.resolve(ctx.io.cwd, words[0])) ? words.shift()! : 'HEAD';
  const scopes = words.map((w) => path.resolve(ctx.io.cwd, w));
  const outside = scopes.find((s) => !isInside(ctx.root, s));
  if (outside) {
    ctx.io.err(l10n.t('ideal-client: {0} is outside the folder {1}', outside, ctx.root));
    return 2;
  }
  // The two sides hand each other the parse of every file that reads the same at REV and now.
  const share = new ParseShare();
  const now = new LanguageService({ workspaceFolders: [ctx.root], parseShare: share });
  const side = await openRevisionSide(ctx.root, rev, ctx.settings, undefined, share);
  if (!side.ok) {
    ctx.io.err(`ideal-client: ${side.message}`);
    return 2;
  }
  const scoped = scopes.length > 0 ? scopes : undefined;
  const env = ctx.io.env ?? process.env;
  // IDEAL_CLIENT_WORKERS=2: every other prospect judged in a second thread (cli/diffWorker.ts).
  const data = side.fs.data();
  const prospectsAtRev = data.files.filter(([rel]) => kindOf(rel)?.kind === 'prospect').length;
  const threads = ctx.workerScript ? diffWorkers(prospectsAtRev, env) : 1;
  const other = threads > 1
    ? diffInWorker(ctx.workerScript!, { idealClientDiffWorker: 1, argv: process.argv.slice(2), env: { ...env }, root: ctx.root, data, scopes: scoped, share: { index: 1, of: 2 } })
    : Promise.resolve([]);
  const mine = await diffWithRevision(side, now, ctx.settings, { scopes: scoped, release: true, share: { index: 0, of: threads } });
  const changes = sortChanges([...mine, ...(await other)]);
  if (args.format === 'json') ctx.io.out(changesAsJson(changes));
  else if (args.format === 'markdown') ctx.io.out(changesAsMarkdown(changes, { rev }));
  else ctx.io.out(changesAsText(changes, rev));
  return args.exitCode && changes.length > 0 ? 1 : 0;
}
