import { distance } from 'fastest-levenshtein';
import type { ExpectedName } from '../../flows/catalog.ts';
import type { Candidate, Fingerprint } from './fingerprint.ts';

/**
 * Renamed or missing: how likely an element on the target is the documented element under a new name. The name
 * carries the score and the place scales it, so an element in the right place with an unrelated name (the field
 * next to a removed one) is not taken for a rename:
 *
 *   score = name similarity × (0.5 + 0.5 × place similarity)
 *
 * Name similarity is the better of the edit-distance ratio and the share of words in common, over the name and the
 * label. Place similarity compares with the baseline fingerprint recorded on this mock (same window or landmark,
 * same heading above, close on the page, inside the part of the page the flow looked in); without a baseline, only
 * whether it is inside that part counts.
 */
export const RENAMED_FROM = 0.5;
export const HEAL_THRESHOLD = 0.7;

export interface Scored {
  candidate: Candidate;
  score: number;
  reason: string;
}

const words = (text: string): string[] => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** 0 (nothing alike) … 1 (the same, ignoring case, punctuation and spacing). */
export function textSimilarity(a: string, b: string): number {
  const x = words(a).join(' ');
  const y = words(b).join(' ');
  if (!x || !y) return 0;
  if (x === y) return 1;
  const edit = 1 - distance(x, y) / Math.max(x.length, y.length);
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const dice = (2 * shared) / (wa.size + wb.size);
  return Math.max(edit, dice);
}

/** How much the candidate sits where the documented element sat, and what was alike. */
export function placeSimilarity(baseline: Fingerprint | undefined, candidate: Candidate): { score: number; alike: string[] } {
  if (!baseline) return { score: candidate.inScope ? 1 : 0, alike: candidate.inScope ? ['where the flow looked'] : [] };
  const alike: string[] = [];
  const checks: number[] = [];
  const sameRegion = baseline.region === candidate.region;
  checks.push(sameRegion ? 1 : 0);
  if (sameRegion) alike.push(`in ${candidate.region}`);
  const sameHeading = !!baseline.heading && baseline.heading === candidate.heading;
  checks.push(sameHeading ? 1 : 0);
  if (sameHeading) alike.push(`under “${candidate.heading}”`);
  const dx = baseline.position.x - candidate.position.x;
  const dy = baseline.position.y - candidate.position.y;
  const near = Math.max(0, 1 - Math.hypot(dx, dy) / 600);
  checks.push(near);
  if (near >= 0.8) alike.push('at the same spot');
  checks.push(candidate.inScope ? 1 : 0);
  return { score: checks.reduce((a, b) => a + b, 0) / checks.length, alike };
}

/** Scores one candidate for `expected`, with a reason a person can check. */
export function scoreCandidate(expected: ExpectedName, baseline: Fingerprint | undefined, candidate: Candidate): Scored {
  const byName = textSimilarity(expected.name, candidate.name);
  const byLabel = baseline?.label ? textSimilarity(baseline.label, candidate.label) : 0;
  const nameScore = Math.max(byName, byLabel);
  const place = placeSimilarity(baseline, candidate);
  const score = Math.round(nameScore * (0.5 + 0.5 * place.score) * 100) / 100;
  const namePart = byName === 1 ? 'the same name' : nameScore >= 0.6 ? `a similar ${byLabel > byName ? 'label' : 'name'}` : `a name with little in common`;
  const placePart = place.score >= 0.75 ? `same place (${place.alike.join(', ')})` : place.score >= 0.4 ? `nearby${place.alike.length ? ` (${place.alike.join(', ')})` : ''}` : 'elsewhere on the page';
  return { candidate, score, reason: `same role, ${placePart}, ${namePart}` };
}

/**
 * The best candidate for a documented name that is not there, or undefined when there is none at all. `others`
 * are the procedure's other documented names: an element that is one of them is not a rename of this one.
 */
export function bestCandidate(expected: ExpectedName, baseline: Fingerprint | undefined, candidates: readonly Candidate[], others: readonly ExpectedName[]): Scored | undefined {
  const claimed = new Set(others.filter((o) => o.role === expected.role && o.name !== expected.name).map((o) => o.name.toLowerCase()));
  return candidates
    .filter((c) => !claimed.has(c.name.toLowerCase()))
    .map((c) => scoreCandidate(expected, baseline, c))
    .sort((a, b) => b.score - a.score)[0];
}
