// `ideal-client reply <prospect> [--kind decline|refer|ask] [--to NAME] [--lang en|de]`: the
// reply drafted from the prospect's verdict, on standard output, ready to copy. A prospect that
// cannot be judged is one line "file:line:column: error: …" (exit 1), and so is a mistake in the
// profile's own template; a prospect judged in spite of errors (an unknown fact, a value that
// cannot be read) gets its draft and its errors, as evaluate does (exit 1): the letter may rest
// on what was not read. A kind or colleague that does not apply, a fit, a current client or a
// past prospect is a usage error (exit 2).
import * as path from 'node:path';
import type { CliArgs } from './args';
import type { Ctx } from './context';
import { errorLines, evaluateFile } from './evaluate';
import { display } from './files';
import { replyDraft } from '../service/replyDrafts';
import { visible } from '../report/terminalText';

export function replyCommand(ctx: Ctx, args: CliArgs): number {
  // Kept after judging: the draft is made from the same read and the same verdict (read and
  // judged again, a file changed in between could give errors of one version and a letter of another).
  const entry = evaluateFile(ctx, args.paths[0], true);
  if (!entry.verdict) {
    ctx.io.err(entry.error!);
    return 1;
  }
  const uri = ctx.service.uriOf(path.resolve(ctx.io.cwd, args.paths[0]));
  const answer = replyDraft(ctx.service, uri, ctx.settings, { kind: args.kind, to: args.to, language: args.lang });
  ctx.service.release(uri);
  if (answer.ok) {
    ctx.io.out(visible(answer.draft.text.replace(/\n$/, '')));
    const errors = errorLines(entry);
    for (const line of errors) ctx.io.err(visible(line));
    return errors.length > 0 ? 1 : 0;
  }
  if ('at' in answer && answer.at) {
    const file = display(ctx.io.cwd, ctx.service.fsPathOf(answer.at.uri) ?? answer.at.uri);
    ctx.io.err(visible(`${file}:${answer.at.line + 1}:${answer.at.character + 1}: error: ${answer.message}`));
    return 1;
  }
  if (answer.usage) {
    ctx.io.err(visible(`ideal-client: ${answer.message}`));
    return 2;
  }
  ctx.io.err(visible(`${entry.file}:1:1: error: ${answer.message}`));
  return 1;
}
