// `ideal-client questions`: what is still to ask about one prospect, as a list (each question with
// its fact's label where that adds something) or as JSON (`fact`, `question`, `label`).
import * as l10n from '@vscode/l10n';
import type { CliArgs } from './args';
import type { Ctx } from './context';
import { evaluateFile } from './evaluate';
import { visible } from '../report/terminalText';
import { questionLine } from '../../../shared/src/report/questionWords';

export function questionsCommand(ctx: Ctx, args: CliArgs): number {
  const entry = evaluateFile(ctx, args.paths[0]);
  if (!entry.verdict) {
    ctx.io.err(entry.error!);
    return 1;
  }
  const v = entry.verdict;
  if (args.format === 'json') ctx.io.out(JSON.stringify(v.ask, null, 2));
  else if (v.ask.length === 0) ctx.io.out(visible(l10n.t('{0}: nothing left to ask.', v.prospect)));
  else ctx.io.out(visible(v.ask.map((q) => `- ${questionLine(q)}`).join('\n')));
  // Your own observations are never asked: a second part, to note after the call.
  if (args.format !== 'json' && v.selfCheck.length > 0) {
    ctx.io.out(visible([l10n.t('note after the call:'), ...v.selfCheck.map((s) => `- ${s.label}`)].join('\n')));
  }
  return 0;
}
