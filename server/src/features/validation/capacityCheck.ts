// Capacity (docs/reference.md, “Capacity”): a profile whose offer gives fewer hours a week than
// its current clients take gets a note on that `hoursPerWeek`.
import * as l10n from '@vscode/l10n';
import type { Profile } from '../../../../shared/src/types';
import type { ParsedDocument } from '../../parser/parsedDocument';
import type { Problem } from '../../model/problem';
import { problem, rangeAtPath } from './problemHelpers';

/** `clientHours` is asked only when the offer gives hours (it reads every prospect). */
export function capacityProblem(parsed: ParsedDocument, profile: Profile, clientHours: () => number): Problem | undefined {
  const offered = profile.offer?.hoursPerWeek;
  if (typeof offered !== 'number' || !Number.isFinite(offered)) return undefined;
  const taken = clientHours();
  if (taken <= offered) return undefined;
  return problem(rangeAtPath(parsed, ['offer', 'hoursPerWeek']), 'information',
    l10n.t('Your current clients take {0} h a week; your offer says {1}.', round(taken), round(offered)), 'capacity');
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
