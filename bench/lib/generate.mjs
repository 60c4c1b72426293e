// Deterministic test data in the real formats (docs/reference.md: profile, prospect): a profile of
// about N lines with facts of every type (options, labels, phrases), many criteria, referrals,
// lessons — optionally with a few deliberate errors — and prospects that use it.
// Besides the text, it returns the positions the benchmark needs (where to edit, complete, hover).
import { rng } from './prng.mjs';

const STEMS = ['working', 'response', 'budget', 'team', 'decision', 'project', 'meeting', 'contract',
  'payment', 'feedback', 'scope', 'timeline', 'risk', 'channel', 'office', 'travel', 'tooling',
  'language', 'industry', 'company', 'market', 'brand', 'content', 'hosting', 'support', 'training',
  'workshop', 'report', 'audit', 'launch', 'review', 'pricing', 'hiring', 'growth', 'quality'];
const TAILS = ['Style', 'Time', 'Size', 'Range', 'Level', 'Mode', 'Signals', 'Rhythm', 'Owner', 'Start',
  'Deadline', 'Notes', 'Agreed', 'Budget', 'Count', 'Focus', 'Habit', 'Fit', 'Tone', 'Pace'];
const OPTION_WORDS = ['intuitive', 'structured', 'detail-planner', 'hands-on', 'remote-first', 'on-site',
  'fast-mover', 'careful', 'data-driven', 'gut-feeling', 'wants-to-be-right', 'always-on',
  'open-to-advice', 'price-sensitive', 'long-term', 'one-off', 'agile', 'waterfall', 'hybrid', 'formal',
  'casual', 'visionary', 'pragmatic', 'perfectionist', 'hierarchical', 'flat', 'founder-led', 'committee'];
const PHRASES = ['jedes Detail', 'minutiös geplant', 'rund um die Uhr', 'immer Recht', 'wir wissen es besser',
  'sofort', 'am Wochenende', 'flexibel', 'langfristig', 'schnell entscheiden', 'Bauchgefühl',
  'Excel-Liste', 'jederzeit erreichbar', 'grobe Richtung', 'klare Ziele', 'kein Budget', 'Vorstand',
  'Pilotprojekt', 'auf Zuruf', 'Festpreis'];
const LABEL_WORDS = ['Arbeitsweise', 'Antwortzeit', 'Budget', 'Teamgröße', 'Entscheidungsweg', 'Projektart',
  'Zusammenarbeit', 'Vertragsform', 'Zahlungsziel', 'Feedbackkultur', 'Umfang', 'Zeitplan'];
const NAMES = ['Anna Schmidt', 'Jonas Weber', 'Lea Fischer', 'Paul Wagner', 'Mia Becker', 'Ben Hoffmann',
  'Emma Schäfer', 'Noah Koch', 'Lina Richter', 'Elias Klein'];
const COMPANIES = ['ACME', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Kranich', 'Sonnenhof', 'Nachtfalter',
  'Baumann', 'Lindner', 'Detailwerk', 'Fintory', 'Bloomshop', 'Stark', 'Wayne'];

// Every type at least once (in this order), then drawn by these weights.
const TYPE_ORDER = ['choice', 'tags', 'yesno', 'number', 'money', 'duration', 'date', 'text'];
const TYPE_WEIGHTS = [['choice', 25], ['tags', 20], ['yesno', 10], ['number', 10], ['money', 10],
  ['duration', 10], ['date', 5], ['text', 10]];

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const flow = (xs) => `[${xs.join(', ')}]`;

function weightedType(r) {
  const total = TYPE_WEIGHTS.reduce((a, [, w]) => a + w, 0);
  let x = r.next() * total;
  for (const [t, w] of TYPE_WEIGHTS) if ((x -= w) < 0) return t;
  return 'choice';
}

function uniqueFactName(r, used) {
  for (;;) {
    let name = r.pick(STEMS) + r.pick(TAILS);
    if (used.has(name)) name += r.int(2, 999);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** A fact: its spec (for criteria and prospects) and its lines. */
function makeFact(r, name, type) {
  const fact = { name, type, options: [], phrases: [] };
  const lines = [`  ${name}:`];
  if (r.chance(0.8)) lines.push(`    label: ${r.pick(LABEL_WORDS)} ${r.int(1, 99)}`);
  if (r.chance(0.8)) lines.push(`    question: Wie sieht es bei Ihnen mit ${r.pick(LABEL_WORDS)} aus (${name})?`);
  lines.push(`    type: ${type}`);
  if (type === 'money') lines.push('    currency: EUR');
  if (type === 'choice' || type === 'tags') {
    fact.options = r.sample(OPTION_WORDS, r.int(3, 6));
    lines.push('    options:');
    for (const value of fact.options) {
      if (r.chance(0.35)) {
        lines.push(`      - ${value}`);
        continue;
      }
      lines.push(`      - value: ${value}`);
      if (r.chance(0.7)) lines.push(`        label: ${value.replace(/-/g, ' ')} (${r.pick(LABEL_WORDS)})`);
      if (r.chance(0.6)) {
        const phrases = r.sample(PHRASES, r.int(1, 3));
        fact.phrases.push(...phrases);
        lines.push(`        phrases: ${flow(phrases)}`);
      }
    }
  }
  if (type === 'text') fact.phrases = r.sample(PHRASES, 3);
  return { fact, lines };
}

/** The matcher line(s) of a criterion on `fact`, valid for its type. */
function matcherLines(r, fact) {
  const some = (k) => r.sample(fact.options, Math.max(1, Math.min(k, fact.options.length - 1)));
  switch (fact.type) {
    case 'choice': {
      const vals = some(r.int(1, 3));
      const m = r.chance(0.7) ? 'is' : 'isNot';
      return [`    ${m}: ${vals.length === 1 && r.chance(0.5) ? vals[0] : flow(vals)}`];
    }
    case 'tags':
      return [`    ${r.pick(['includes', 'includesAny', 'excludes'])}: ${flow(some(r.int(1, 2)))}`];
    case 'yesno':
      return [`    is: ${r.chance(0.8) ? 'true' : 'false'}`];
    case 'number': {
      const lo = r.int(1, 20);
      return [r.pick([`    atLeast: ${lo}`, `    atMost: ${lo * 5}`, `    between: [${lo}, ${lo * 5}]`])];
    }
    case 'money': {
      const lo = r.int(1, 20) * 1000;
      return [r.pick([`    atLeast: ${lo} EUR`, `    atMost: ${lo * 4} EUR`, `    between: [${lo / 1000}k EUR, ${lo / 250}k EUR]`])];
    }
    case 'duration':
      return [r.pick(['    atLeast: 1d', '    atMost: 2w', '    between: [2h, 3d]', '    atLeast: 4h'])];
    case 'date':
      return [r.pick(['    atLeast: 2026-01-01', '    atMost: 2027-06-30', '    between: [2026-01-01, 2026-12-31]'])];
    case 'text':
      return [`    ${r.chance(0.7) ? 'mentions' : 'doesNotMention'}: ${flow(r.sample(fact.phrases, 2))}`];
    default:
      return [];
  }
}

/** A typo of a fact name that is not itself a fact (swap two letters, else append one). */
function typoOf(name, used) {
  for (let i = 1; i + 1 < name.length; i++) {
    const t = name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    if (t !== name && !used.has(t)) return t;
  }
  return `${name}x`;
}

/**
 * A profile of about `lines` lines.
 * @param {{ lines: number, seed: number, errors?: boolean, lessons?: string[], name?: string }} o
 */
export function generateProfile(o) {
  const r = rng(o.seed);
  const target = o.lines;
  const out = [];
  const push = (...ls) => out.push(...ls);
  push(`# Generated by bench/lib/generate.mjs (seed ${o.seed}, about ${target} lines).`,
    `profile: ${o.name ?? `Benchmark ${target}`}`,
    'language: de',
    'owner: Ruth Liebmann',
    'summary: >',
    '  Mein Wunschkunde schätzt meine Art, mein Business zu betreiben: intuitiv, mit Blick fürs',
    '  große Ganze, mit klaren Zielen und Antworten innerhalb eines Werktags.',
    '',
    'offer:',
    '  services: [Strategieberatung, Content-Audit, Workshop]',
    '  hoursPerWeek: 12',
    '  responseTime: 1d',
    '  channels: [email, video-call]',
    '  workingStyle: intuitive',
    '',
    'verdict:',
    '  fit: 70',
    '  borderline: 50',
    '  minKnown: 50',
    '',
    'facts:');

  // Facts: ~40 % of the lines (at least three), every type once before any repeats.
  const lessonLines = (o.lessons?.length ?? 0) * 3 + (o.lessons?.length ? 2 : 0);
  const factsEnd = Math.max(out.length + 30, Math.round(target * 0.42));
  const used = new Set();
  const facts = [];
  while (out.length < factsEnd || facts.length < 3) {
    const type = facts.length < TYPE_ORDER.length ? TYPE_ORDER[facts.length] : weightedType(r);
    const { fact, lines } = makeFact(r, uniqueFactName(r, used), type);
    facts.push(fact);
    push(...lines);
  }
  // Deliberate error 1 (wrong enum): a fact in the middle gets `type: choise`; no criterion uses it.
  const errors = [];
  let badTypeFact;
  if (o.errors) {
    badTypeFact = facts[Math.floor(facts.length / 2)];
    const i = out.findIndex((l, k) => l === `    type: ${badTypeFact.type}` && out.slice(0, k).includes(`  ${badTypeFact.name}:`));
    out[i] = '    type: choise';
    errors.push({ kind: 'wrong enum', line: i, text: 'choise' });
  }
  const usable = facts.filter((f) => f !== badTypeFact);

  // Criteria: up to ~90 % of the lines.
  push('', 'criteria:');
  const criteriaEnd = Math.max(out.length + 12, Math.round(target * 0.9) - lessonLines);
  const criteria = [];
  const perFact = new Map();
  while (out.length < criteriaEnd || criteria.length < 3) {
    const fact = r.pick(usable);
    const k = (perFact.get(fact.name) ?? 0) + 1;
    perFact.set(fact.name, k);
    const c = { index: criteria.length, fact: fact.name, start: out.length, weightLine: -1, factLine: -1, dealbreaker: r.chance(0.1) };
    push(`  - id: ${kebab(fact.name)}-${k}`);
    c.factLine = out.length;
    push(`    fact: ${fact.name}`);
    push(...matcherLines(r, fact));
    if (c.dealbreaker) push('    dealbreaker: true');
    else {
      c.weightLine = out.length;
      push(`    weight: ${r.int(1, 5)}`);
    }
    c.whyLine = -1;
    if (r.chance(0.7)) {
      c.whyLine = out.length;
      push(`    why: Weil ${r.pick(LABEL_WORDS)} für die Zusammenarbeit zählt (${r.pick(PHRASES)}).`);
    }
    criteria.push(c);
  }
  const weighted = criteria.filter((c) => !c.dealbreaker);
  // The criterion the benchmark edits, completes and hovers in: a weighted one in the middle.
  // It has a `why:`, written as a quoted string: the edits of the benchmark type inside it and delete it.
  const erring = o.errors ? [weighted[Math.floor(weighted.length / 3)], weighted[Math.floor((weighted.length * 2) / 3)]] : [];
  const withWhy = weighted.filter((c) => c.whyLine >= 0 && !erring.includes(c));
  const probe = withWhy.length ? withWhy[Math.floor(withWhy.length / 2)] : weighted[Math.floor(weighted.length / 2)];
  if (probe.whyLine >= 0) out[probe.whyLine] = out[probe.whyLine].replace(/^    why: (.*)$/, '    why: "$1"');
  if (o.errors) {
    // Deliberate error 2 (unknown fact): a typo of a real fact name, a third of the way down.
    const c1 = weighted[Math.floor(weighted.length / 3)];
    const typo = typoOf(c1.fact, used);
    out[c1.factLine] = `    fact: ${typo}`;
    errors.push({ kind: 'unknown fact', line: c1.factLine, text: typo });
    // Deliberate error 3 (unknown key): `wieght:` two thirds of the way down.
    const c2 = weighted[Math.floor((weighted.length * 2) / 3)];
    out[c2.weightLine] = out[c2.weightLine].replace('weight:', 'wieght:');
    errors.push({ kind: 'unknown key', line: c2.weightLine, text: 'wieght' });
    if (c1 === probe || c2 === probe) throw new Error('generator: the probe criterion holds a deliberate error');
  }

  // Referrals: the rest, then the lessons.
  push('', 'referrals:');
  const choiceFacts = usable.filter((f) => f.type === 'choice' || f.type === 'tags');
  let n = 0;
  while (out.length < target - lessonLines || n < 1) {
    const person = NAMES[n % NAMES.length];
    push(`  - name: ${person} ${n + 1}`, `    contact: ${person.split(' ')[0].toLowerCase()}${n + 1}@example.org`);
    if (choiceFacts.length && r.chance(0.7)) {
      const f = r.pick(choiceFacts);
      push(`    when: { ${f.name}: ${flow(r.sample(f.options, 1))} }`);
    }
    if (r.chance(0.6)) push(`    note: Passt gut bei ${r.pick(PHRASES)}.`);
    n++;
  }
  if (o.lessons?.length) {
    push('', 'lessons:');
    for (const p of o.lessons) push(`  - prospect: ${p}`, `    expect: ${r.pick(['no-fit', 'fit', 'borderline'])}`, '    learned: Aus Erfahrung.');
  }
  // A blank line, indented as a key of the probe criterion, right after it: the key-completion
  // position (a new key being typed), which leaves the document valid.
  const probeEnd = probe.index + 1 < criteria.length ? criteria[probe.index + 1].start : out.length;
  out.splice(probeEnd, 0, '    ');
  for (const e of errors) if (e.line >= probeEnd) e.line++;
  const text = `${out.join('\n')}\n`;

  const factValueCol = '    fact: '.length;
  return {
    text,
    lineCount: out.length,
    facts: usable,
    criteriaCount: criteria.length,
    errors,
    marks: {
      /** The `weight:` digit of the probe criterion: each edit replaces it with another digit. */
      edit: { line: probe.weightLine, character: '    weight: '.length },
      /** Completion at the start of the probe criterion's `fact:` value. */
      factValue: { line: probe.factLine, character: factValueCol },
      /** Completion at a key position: a blank line indented as a key of the probe criterion. */
      key: { line: probeEnd, character: 4 },
      /** Hover inside the probe criterion's fact name. */
      hover: { line: probe.factLine, character: factValueCol + 2 },
      probeFact: probe.fact,
      /** The probe criterion's first line ("  - id: …"), and its `why:` line (-1 if it has none). */
      probeStart: probe.start,
      whyLine: probe.whyLine,
      /** Inside the probe criterion's quoted `why:` string, a few characters in. */
      quoted: { line: probe.whyLine, character: '    why: "'.length + 4 },
    },
  };
}

const PROSPECT_DURATIONS = ['30m', '2h', '4h', '1d', '2d', '2w', '3 days', '2 Stunden', '1 Tag', '2 Wochen'];

function prospectValue(r, fact) {
  switch (fact.type) {
    case 'choice': return r.pick(fact.options);
    case 'tags': return flow(r.sample(fact.options, r.int(0, 3)));
    case 'yesno': return r.pick(['yes', 'no', 'true', 'false', 'ja', 'nein']);
    case 'number': return String(r.int(0, 120));
    case 'money': {
      const n = r.int(1, 40) * 500;
      return r.pick([`${n} EUR`, `${n}`, `${n / 1000}k EUR`, `${n.toLocaleString('de-DE')} €`]);
    }
    case 'duration': return r.pick(PROSPECT_DURATIONS);
    case 'date': return `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    case 'text': return `"Wir mögen ${r.pick([...fact.phrases, 'Klarheit'])} und ${r.pick(PHRASES)}."`;
    default: return '';
  }
}

/**
 * One prospect for the facts of a profile.
 * @param {{ seed: number, index: number, facts: object[], profilePath?: string, markdown?: boolean }} o
 */
export function generateProspect(o) {
  const r = rng(o.seed);
  const company = `${r.pick(COMPANIES)} ${o.index} GmbH`;
  const person = r.pick(NAMES);
  const head = [`prospect: ${company}`];
  if (o.profilePath) head.push(`profile: ${o.profilePath}`);
  head.push(`contact: { name: ${person}, email: ${person.split(' ')[0].toLowerCase()}@example.org }`,
    `met: 2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    'facts:');
  for (const f of o.facts) {
    if (r.chance(0.15)) continue; // unknown: not written down yet
    head.push(r.chance(0.03) ? `  ${f.name}:` : `  ${f.name}: ${prospectValue(r, f)}`);
  }
  const phrases = o.facts.flatMap((f) => f.phrases);
  const note = `Erstgespräch mit ${person}: ${phrases.length ? r.pick(phrases) : 'alles offen'}, danach ${r.pick(PHRASES)}.`;
  if (o.markdown) return `---\n${head.join('\n')}\n---\n\n# Erstgespräch ${company}\n\n- ${note}\n- Nächster Termin offen.\n`;
  return `${head.join('\n')}\nnotes: |\n  ${note}\n`;
}
