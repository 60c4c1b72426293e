// Hover on the keys: the schema's words in English, and in German when the German bundle is
// loaded (the example after them kept as written) — every title, description and snippet text
// of both schemas has its German entry.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { MarkupContent } from 'vscode-languageserver-types';
import { parseText } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { doHover } from '../../server/src/features/hover';
import { schemaTexts } from '../../server/src/schema/keyWords';
import { englishIn } from '../helpers/englishWords';
import profileSchema from '../../schemas/profile.schema.json';
import prospectSchema from '../../schemas/prospect.schema.json';

const ROOT = path.resolve(__dirname, '../..');
const PROFILE = `profile: P
offer:
  responseTime: 1d
facts:
  gut:
    type: yesno
    source: self
    clarifyBy: offer
  rt:
    type: duration
criteria:
  - id: rt
    fact: rt
    atLeast: { fromOffer: responseTime }
    severity: caution
`;

function hoverAt(needle: string): string {
  const parsed = parseText('file:///w/p.profile.yaml', 1, PROFILE);
  const profile = buildProfile(parsed.value)!;
  const offset = PROFILE.indexOf(needle) + 1;
  const h = doHover(parsed, parsed.lines.positionAt(offset), { profile: { uri: parsed.uri, parsed, profile }, resolvePath: () => ({ ok: false, message: '' }) });
  assert.ok(h, `a hover on ${needle}`);
  return (h.contents as MarkupContent).value;
}

describe('hover on severity, source, clarifyBy and fromOffer', () => {
  it('has a German text for every title, description and snippet text of both schemas', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    const texts = [...schemaTexts(profileSchema), ...schemaTexts(prospectSchema)];
    assert.ok(texts.length > 200, `${texts.length} texts`);
    assert.ok(texts.includes('Status') && texts.some((t) => t.startsWith('The id of a criterion that must come out unmet')), 'the story keys are read');
    assert.deepEqual(texts.filter((t) => typeof bundle[t] !== 'string'), [], 'add these to l10n/bundle.l10n.de.json');
    assert.deepEqual(texts.filter((t) => bundle[t] === t && englishIn(t) !== undefined), [], 'a German text, not the English one copied');
  });

  it('shows the schema\'s words in English, with the example', () => {
    assert.match(hoverAt('severity:'), /^\*\*Severity\*\*\n\nHow much an unmet criterion counts: `normal`.*\n\n```yaml\nseverity: caution\n```$/s);
    assert.match(hoverAt('source:'), /^\*\*Source\*\*\n\n`self`: an observation of your own/);
    assert.match(hoverAt('clarifyBy:'), /^\*\*Clarify by\*\*\n\n`offer`: this fact must be known before you make an offer/);
    assert.match(hoverAt('fromOffer:'), /^\*\*From the offer\*\*\n\nThe key of your `offer`/);
  });

  it('on a fact and a criterion: the fact\'s role and the criterion\'s level', () => {
    const md = hoverAt('gut:');
    assert.match(md, /Your own observation: never asked; noted after the call\./);
    assert.match(md, /To clarify before an offer: while unknown, a fit stays undetermined\./);
    assert.match(hoverAt(' rt\n    atLeast'), /`rt`: atLeast offer\.responseTime — caution, weight 1/);
  });

  it('in German with the German bundle', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    l10n.config({ contents: bundle });
    try {
      assert.match(hoverAt('severity:'), /^\*\*Stufe\*\*\n\nWie sehr ein unerfülltes Kriterium zählt.*\n\n```yaml\nseverity: caution\n```$/s);
      assert.match(hoverAt('source:'), /^\*\*Quelle\*\*\n\n`self`: Ihre eigene Beobachtung/);
      assert.match(hoverAt('clarifyBy:'), /^\*\*Klären bis\*\*\n\n`offer`: Dieses Merkmal muss vor einem Angebot geklärt sein/);
      assert.match(hoverAt('fromOffer:'), /^\*\*Aus dem Angebot\*\*\n\nDer Schlüssel Ihres Angebots/);
    } finally {
      l10n.config({ contents: {} });
    }
  });
});
