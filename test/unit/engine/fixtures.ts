// Profiles and prospects for the engine tests, built directly as engine objects (no YAML layer):
// small builders with the formats' defaults (weight 1, the default thresholds), and the worked
// example of docs/reference.md (the sample profile, trimmed, and the ACME prospect).
import {
  DEFAULT_THRESHOLDS,
  type CriterionSpec, type FactSpec, type FactType, type Language, type MatcherKind, type OptionSpec,
  type Profile, type Prospect, type ReferralSpec, type Thresholds,
} from '../../../shared/src/types';

type OptionInput = string | { value: string; label?: string; phrases?: string[] };

export function fact(name: string, type: FactType, extra: { options?: OptionInput[]; question?: string; label?: string; currency?: string } = {}): FactSpec {
  const options: OptionSpec[] = (extra.options ?? []).map((o) =>
    typeof o === 'string' ? { value: o, phrases: [] } : { value: o.value, label: o.label, phrases: o.phrases ?? [] });
  return { name, type, options, question: extra.question, label: extra.label, currency: extra.currency };
}

export function crit(
  id: string, factName: string, matcher: MatcherKind, expected: unknown,
  opts: { weight?: number; dealbreaker?: boolean; why?: string } = {},
): CriterionSpec {
  const dealbreaker = opts.dealbreaker === true;
  return { id, fact: factName, matcher, expected, weight: dealbreaker ? 0 : opts.weight ?? 1, dealbreaker, why: opts.why };
}

export function profile(parts: {
  facts: FactSpec[]; criteria: CriterionSpec[]; language?: Language; name?: string;
  verdict?: Partial<Thresholds>; referrals?: ReferralSpec[];
}): Profile {
  return {
    profile: parts.name ?? 'Test profile',
    language: parts.language ?? 'en',
    facts: parts.facts,
    criteria: parts.criteria,
    verdict: { ...DEFAULT_THRESHOLDS, ...parts.verdict },
    referrals: parts.referrals ?? [],
    lessons: [],
  };
}

export function prospect(facts: Record<string, unknown>, extra: Partial<Prospect> = {}): Prospect {
  return { prospect: 'Test prospect', facts, ...extra };
}

/** samples/wunschkunde.profile.yaml, trimmed to one dealbreaker and one referral. */
export function wunschkunde(): Profile {
  return {
    profile: 'Wunschkunde Beratung',
    language: 'de',
    owner: 'Ruth Liebmann',
    facts: [
      fact('workingStyle', 'choice', {
        label: 'Arbeitsweise', question: 'Wie plant und arbeitet Ihr Team am liebsten?',
        options: ['intuitive', 'structured', { value: 'detail-planner', phrases: ['jedes Detail', 'minutiös geplant'] }],
      }),
      fact('expectedResponseTime', 'duration', { question: 'Wie schnell erwarten Sie eine Antwort?' }),
      fact('budget', 'money', { currency: 'EUR' }),
      fact('signals', 'tags', {
        options: [
          { value: 'wants-to-be-right', phrases: ['immer Recht', 'wir wissen es besser'] },
          { value: 'always-on', phrases: ['rund um die Uhr', 'jederzeit erreichbar', '24/7'] },
          'open-to-advice',
        ],
      }),
      fact('goalAgreed', 'yesno', { question: 'Haben wir das Ziel der Zusammenarbeit konkret geklärt?' }),
    ],
    criteria: [
      crit('working-style', 'workingStyle', 'is', ['intuitive', 'structured'], { weight: 3, why: 'Wir arbeiten beide mit Blick fürs große Ganze.' }),
      crit('response-time', 'expectedResponseTime', 'atLeast', '1d', { weight: 2 }),
      crit('budget', 'budget', 'atLeast', '5000 EUR', { weight: 2 }),
      crit('takes-advice', 'signals', 'excludes', ['wants-to-be-right'], {
        dealbreaker: true, why: 'Wer nicht auf meine Expertise hören will, ist am Ende frustriert — und ich auch.',
      }),
      crit('goal', 'goalAgreed', 'is', true, { weight: 1 }),
    ],
    verdict: { fit: 70, borderline: 50, minKnown: 50 },
    referrals: [
      { name: 'Anna Schmidt', contact: 'anna@example.org', when: { workingStyle: ['detail-planner'] }, note: 'Liebt minutiöse Projektplanung.' },
    ],
    lessons: [],
  };
}

/**
 * The ACME prospect file (samples/prospects/2026-11-20-acme.prospect.yaml without its comment),
 * and the engine's Prospect for it (notes as a block scalar).
 */
export const ACME_FILE = [
  'prospect: ACME GmbH',
  'profile: ../wunschkunde.profile.yaml',
  'contact: { name: Max Muster, email: max@acme.example }',
  'met: 2026-11-20',
  'facts:',
  '  workingStyle: detail-planner',
  '  expectedResponseTime: 2h',
  '  budget: 8000 EUR',
  '  signals: [wants-to-be-right]',
  'notes: |',
  '  Erstgespräch: Team will jedes Detail vorab geklärt haben, erwartet Antworten rund um die Uhr.',
  '',
].join('\n');

export function acme(): Prospect {
  const notesAt = ACME_FILE.indexOf('|');
  return {
    prospect: 'ACME GmbH',
    profile: '../wunschkunde.profile.yaml',
    contact: { name: 'Max Muster', email: 'max@acme.example' },
    met: '2026-11-20',
    facts: {
      workingStyle: 'detail-planner',
      expectedResponseTime: '2h',
      budget: '8000 EUR',
      signals: ['wants-to-be-right'],
    },
    notes: 'Erstgespräch: Team will jedes Detail vorab geklärt haben, erwartet Antworten rund um die Uhr.\n',
    notesSource: { text: ACME_FILE.slice(notesAt), start: { line: 9, character: 7 } },
  };
}

/** Where `needle` first stands in `file`, as a zero-based line and character (for hint tests). */
export function positionOf(file: string, needle: string): { line: number; character: number } {
  const index = file.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the file`);
  const before = file.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
