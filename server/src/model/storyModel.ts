// The story keys of a prospect (docs/reference.md, “A prospect's story”): status, decision,
// engagement, observations and ended, read from the parsed value into the engine's Prospect.
// Whatever is malformed is left out here (the checks report it on its node): a broken observation
// never hides the rest of the verdict.
import { STATUSES, type Observation, type Prospect, type ProspectStatus } from '../../../shared/src/types';
import { isObject } from './profileModel';

type Story = Pick<Prospect, 'status' | 'observations' | 'decision' | 'engagement' | 'ended'>;

/** An ISO day (2027-01-15) as written, or from a YAML timestamp; undefined for anything else. */
export function dayOf(raw: unknown): string | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : undefined;
}

/**
 * The first call's day (`met:`) as an ISO day: written ISO (2026-11-20) or German (20.11.2026);
 * undefined when it is neither or names no real day.
 */
export function metDay(raw: unknown): string | undefined {
  const iso = dayOf(raw);
  if (iso !== undefined || typeof raw !== 'string') return iso;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw.trim());
  if (!m) return undefined;
  return dayOf(`${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`);
}

function str(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return undefined;
}

/** An observation the engine can use: a mapping with a readable date, a fact name and a value. */
export function readObservation(raw: unknown, index: number): Observation | undefined {
  if (!isObject(raw)) return undefined;
  const date = dayOf(raw.date);
  const fact = typeof raw.fact === 'string' && raw.fact !== '' ? raw.fact : undefined;
  if (!date || !fact || !Object.prototype.hasOwnProperty.call(raw, 'value')) return undefined;
  const o: Observation = { date, fact, value: raw.value, index };
  const note = str(raw.note);
  if (note !== undefined) o.note = note;
  return o;
}

function strings<K extends string>(raw: unknown, keys: readonly K[]): Partial<Record<K, string>> | undefined {
  if (!isObject(raw)) return undefined;
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = k === 'date' ? dayOf(raw[k]) : str(raw[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function readStory(value: Record<string, unknown>): Story {
  const story: Story = {};
  if (typeof value.status === 'string' && (STATUSES as readonly string[]).includes(value.status)) story.status = value.status as ProspectStatus;
  if (Array.isArray(value.observations)) {
    story.observations = value.observations.map(readObservation).filter((o): o is Observation => o !== undefined);
  }
  const decision = strings(value.decision, ['date', 'outcome', 'to', 'note'] as const);
  if (decision) story.decision = decision;
  if (isObject(value.engagement)) {
    const h = value.engagement.hoursPerWeek;
    story.engagement = typeof h === 'number' && Number.isFinite(h) && h >= 0 ? { hoursPerWeek: h } : {};
  }
  const ended = strings(value.ended, ['date', 'by', 'reason', 'learned'] as const);
  if (ended) story.ended = ended;
  return story;
}
