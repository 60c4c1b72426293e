// The checks of a profile's replies: every `{…}` in a template of `replies:` names a placeholder
// (an unknown one is an error on its exact characters, with "did you mean"), every `{` is closed,
// and a colleague's placeholders stand only in the referral's template (elsewhere they have no
// value and their line is left out: a warning). Positions come from the template's source text,
// so a block scalar's placeholders are pointed at where they are written.
import * as l10n from '@vscode/l10n';
import { isScalar } from 'yaml';
import { REPLY_KINDS, REPLY_PLACEHOLDERS, type ReplyKind } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import { findAtPath } from '../../parser/astNavigation';
import { isObject } from '../../model/profileModel';
import type { Problem } from '../../model/problem';
import { scanTemplate } from '../../engine/replyTemplate';
import { closest } from './didYouMean';
import { problem } from './problemHelpers';

/** Placeholders that have a value only in a referral. */
const COLLEAGUE_ONLY: readonly string[] = ['colleague', 'colleagueContact', 'colleagueNote'];

/** The problems of every template of `replies:`. */
export function checkReplies(parsed: ParsedDocument): Problem[] {
  const value = parsed.value;
  if (!parsed.yaml || !isObject(value) || !isObject(value.replies)) return [];
  return REPLY_KINDS.flatMap((kind) => templateProblems(parsed, kind));
}

/** The problems of one template (none when the profile has no such template of its own). */
export function templateProblems(parsed: ParsedDocument, kind: ReplyKind): Problem[] {
  const node = findAtPath(parsed.yaml, ['replies', kind])?.value;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return [];
  const start = parsed.yamlOffset + node.range[0];
  const source = parsed.text.slice(start, parsed.yamlOffset + node.range[1]);
  const out: Problem[] = [];
  const rangeOf = (from: number, to: number) => parsed.lines.rangeOf(start + from, start + to);
  for (const part of scanTemplate(source)) {
    if (part.kind === 'unknown') {
      const best = part.name === '' ? undefined : closest(part.name, REPLY_PLACEHOLDERS);
      // The name itself, so that the quick fix replaces the name and keeps the braces.
      const at = part.name === '' ? rangeOf(part.start, part.end) : rangeOf(part.start + 1, part.end - 1);
      const hint = best === undefined ? '' : ' ' + l10n.t('Did you mean "{0}"?', best);
      out.push(problem(at, 'error',
        l10n.t('"{0}" is not a placeholder.', `{${part.name}}`) + hint + ' ' + l10n.t('Placeholders: {0}.', REPLY_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')),
        'reply-template', best));
    } else if (part.kind === 'unclosed') {
      out.push(problem(rangeOf(part.start, part.end), 'error',
        l10n.t('This "{" is not closed: write a placeholder such as {contact}, or {{ for a brace itself.'), 'reply-template'));
    } else if (part.kind === 'placeholder' && kind !== 'refer' && COLLEAGUE_ONLY.includes(part.name)) {
      out.push(problem(rangeOf(part.start, part.end), 'warning',
        l10n.t('{0} has a value only in the referral (refer): in this template its line is left out.', `{${part.name}}`), 'reply-template'));
    }
  }
  return out;
}
