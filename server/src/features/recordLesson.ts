// Record as Lesson (docs/reference.md, “Record as Lesson”): the lesson a past prospect proposes,
// and the edit that appends it to the profile's `lessons:` — only added lines, so the profile's
// comments and formatting stay as they are. Where to add them is read from the YAML document
// (the `lessons:` pair and its last item), never guessed from the text.
import * as l10n from '@vscode/l10n';
import type { TextEdit } from 'vscode-languageserver-types';
import { isScalar, isSeq, parse, type Node as YamlNode } from 'yaml';
import { isPastStatus, type Prospect, type Verdict, type VerdictKind } from '../../../shared/src/types';
import type { ParsedDocument } from '../parser/parsedDocument';
import { findPair } from '../parser/astNavigation';

export interface ProposedLesson {
  /** The prospect's path relative to the profile's folder. */
  prospect: string;
  expect: VerdictKind;
  because?: string;
  asOf: 'firstCall';
  learned?: string;
}

/** Whether a prospect is one a lesson can be recorded for: ended, declined or referred. */
export function isRecordable(prospect: Prospect): boolean {
  return isPastStatus(prospect.status);
}

/**
 * The lesson of a past prospect: no-fit when it was declined, referred or ended by me or both;
 * else (ended by the client) the verdict now. Tested as of the first call, for the reason it ended.
 */
export function proposeLesson(prospect: Prospect, verdict: Verdict, relativePath: string): ProposedLesson {
  const byMe = prospect.status === 'ended' && (prospect.ended?.by === 'me' || prospect.ended?.by === 'both');
  const expect: VerdictKind = prospect.status === 'declined' || prospect.status === 'referred' || byMe ? 'no-fit' : verdict.verdict;
  const lesson: ProposedLesson = { prospect: relativePath, expect, asOf: 'firstCall' };
  if (prospect.ended?.reason) lesson.because = prospect.ended.reason;
  if (prospect.ended?.learned) lesson.learned = prospect.ended.learned;
  return lesson;
}

export type LessonEditResult = { ok: true; edit: TextEdit } | { ok: false; message: string };

/** The edit that appends `lesson` to the profile's lessons (refused on a profile with a syntax error). */
export function lessonEdit(profile: ParsedDocument, lesson: ProposedLesson, shownName: string): LessonEditResult {
  const broken = profile.problems.find((p) => p.severity === 'error');
  if (broken || !profile.yaml) {
    const line = broken ? broken.range.start.line + 1 : 1;
    return { ok: false, message: l10n.t('{0} has an error on line {1}; fix it first. Nothing was changed.', shownName, line) };
  }
  const text = profile.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pair = findPair(profile.yaml.contents as YamlNode | null, 'lessons');
  const raw = pair?.value as YamlNode | null | undefined;
  const value = isScalar(raw) && (raw.value === null || raw.value === '') ? undefined : raw ?? undefined;
  if (pair && value && !isSeq(value)) {
    return { ok: false, message: l10n.t('{0}: lessons: is not a list; nothing was changed.', shownName) };
  }
  if (pair && isSeq(value) && value.flow) {
    return { ok: false, message: l10n.t('{0}: lessons: is written on one line ([…]); write it as a list of "- " items to record a lesson. Nothing was changed.', shownName) };
  }
  let indent: string;
  let at: number;
  let head = '';
  if (pair && isSeq(value) && value.items.length > 0 && value.range) {
    // After the last item, at the column of the list's dashes.
    const last = value.items[value.items.length - 1] as YamlNode;
    const firstStart = value.range[0];
    indent = ' '.repeat(firstStart - lineStart(text, firstStart));
    at = endOfLine(text, lastContentEnd(text, (last.range ?? value.range)[1]));
  } else if (pair) {
    // `lessons:` with nothing under it: the first item, two spaces in from the key.
    const key = pair.key as YamlNode;
    const keyStart = key.range![0];
    indent = ' '.repeat(keyStart - lineStart(text, keyStart) + 2);
    at = endOfLine(text, key.range![1]);
  } else {
    // No lessons yet: a new `lessons:` at the end of the file.
    indent = '  ';
    at = endOfLine(text, lastContentEnd(text, text.length));
    head = `lessons:${eol}`;
  }
  const lines = [`- prospect: ${scalar(lesson.prospect)}`, `  expect: ${lesson.expect}`];
  if (lesson.because !== undefined) lines.push(`  because: ${scalar(lesson.because)}`);
  lines.push(`  asOf: ${lesson.asOf}`);
  if (lesson.learned !== undefined) lines.push(`  learned: ${scalar(lesson.learned)}`);
  // Inserted at the end of a line, after it: a line break first (none at the very start).
  const newText = `${at === 0 ? '' : eol}${head}${lines.map((l) => indent + l).join(eol)}${at === 0 ? eol : ''}`;
  const pos = profile.lines.positionAt(profile.yamlOffset + at);
  return { ok: true, edit: { range: { start: pos, end: pos }, newText } };
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line `offset` is on (before its line break). */
export function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/** Back from `offset` over line breaks and blanks: the end of the last written character. */
export function lastContentEnd(text: string, offset: number): number {
  let end = Math.min(offset, text.length);
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A value as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted. */
export function scalar(value: string): string {
  const plain = /^[A-Za-z0-9_.\u00C0-\uFFFF][^#:\n\r]*$/.test(value) && !/\s$/.test(value);
  if (plain) {
    try {
      if (parse(value) === value) return value;
    } catch {
      // not plain
    }
  }
  return JSON.stringify(value);
}
