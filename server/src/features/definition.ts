// Go to definition: from a fact's name where it is used — a criterion's `fact:`, a
// referral's `when:` key, a prospect's fact key — to its key under `facts:` in the profile; from
// a prospect's `profile:` and a lesson's `prospect:` to the file (never one outside the workspace);
// from an observation's `fact:`, `ended.reason` and a lesson's `because:` to the fact or criterion,
// from `decision.to` to the referral.
import type { Location } from 'vscode-languageserver-types';
import { isScalar, type Node as YamlNode } from 'yaml';
import type { Position } from '../../../shared/src/types';
import { nodeRange, type ParsedDocument } from '../parser/parsedDocument';
import { findAtPath, locate, type PathSegment } from '../parser/astNavigation';
import type { FeatureContext, ProfileInfo } from '../model/featureContext';

export function findDefinition(parsed: ParsedDocument, position: Position, ctx: FeatureContext): Location[] {
  if (!parsed.yaml) return [];
  const fileOffset = parsed.lines.offsetAt(position);
  // The Markdown body of a prospect is notes, not YAML.
  if (parsed.body && parsed.body.offset > parsed.yamlOffset && fileOffset >= parsed.body.offset) return [];
  const offset = fileOffset - parsed.yamlOffset;
  if (offset < 0) return [];
  const at = locate(parsed.yaml, offset, parsed.text.slice(parsed.yamlOffset));
  const text = scalarText(at.node);
  if (text === undefined) return [];
  const path = at.path;

  if (parsed.kind === 'profile') {
    if (!at.onKey && matches(path, ['criteria', '#', 'fact'])) return factLocation(ctx.profile, text);
    if (at.onKey && (matches(path, ['referrals', '#', 'when', '*']) || matches(path, ['referrals', '#', 'unless', '*']))) return factLocation(ctx.profile, text);
    if (!at.onKey && matches(path, ['lessons', '#', 'prospect'])) return fileLocation(ctx, text);
    if (!at.onKey && matches(path, ['lessons', '#', 'because'])) return listEntryLocation(ctx.profile, 'criteria', 'id', text);
  } else {
    if (at.onKey && matches(path, ['facts', '*'])) return factLocation(ctx.profile, text);
    if (!at.onKey && matches(path, ['observations', '#', 'fact'])) return factLocation(ctx.profile, text);
    if (!at.onKey && matches(path, ['ended', 'reason'])) return listEntryLocation(ctx.profile, 'criteria', 'id', text);
    if (!at.onKey && matches(path, ['decision', 'to'])) return listEntryLocation(ctx.profile, 'referrals', 'name', text);
    if (!at.onKey && matches(path, ['profile'])) return fileLocation(ctx, text);
  }
  return [];
}

/** '#' matches a sequence index, '*' any mapping key; everything else itself. */
function matches(path: readonly PathSegment[], pattern: readonly string[]): boolean {
  if (path.length !== pattern.length) return false;
  return pattern.every((p, i) => (p === '#' ? typeof path[i] === 'number' : p === '*' ? typeof path[i] === 'string' : path[i] === p));
}

function scalarText(node: YamlNode | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function factLocation(profile: ProfileInfo | undefined, name: string): Location[] {
  if (!profile) return [];
  const key = findAtPath(profile.parsed.yaml, ['facts', name])?.key;
  if (!key) return [];
  return [{ uri: profile.uri, range: nodeRange(profile.parsed, key) }];
}

/** The entry of a profile's list (criteria by id, referrals by name) whose `key` is `text`. */
function listEntryLocation(profile: ProfileInfo | undefined, list: 'criteria' | 'referrals', key: 'id' | 'name', text: string): Location[] {
  const value = profile?.parsed.value;
  if (!profile || typeof value !== 'object' || value === null) return [];
  const entries: unknown = (value as Record<string, unknown>)[list];
  if (!Array.isArray(entries)) return [];
  const i = entries.findIndex((e: unknown) => typeof e === 'object' && e !== null && (e as Record<string, unknown>)[key] === text);
  const node = i >= 0 ? findAtPath(profile.parsed.yaml, [list, i, key])?.value : undefined;
  return node ? [{ uri: profile.uri, range: nodeRange(profile.parsed, node as YamlNode) }] : [];
}

function fileLocation(ctx: FeatureContext, written: string): Location[] {
  const target = ctx.resolvePath(written);
  if (!target.ok) return [];
  const start = { line: 0, character: 0 };
  return [{ uri: target.uri, range: { start, end: start } }];
}
