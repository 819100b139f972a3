/**
 * Which life stages a service is for, from its ages. A service's ages are inclusive years
 * (`0` to `5` covers a five-year-old); a stage covers the ages from its start up to, not
 * including, its end. DfE's "25 and over" (127) is simply a high upper limit here.
 */
import { AGE_STAGES, type AgeStage, type SearchDocument } from './types.js';

/** The ages (years) each stage spans, start inclusive, end exclusive; pregnancy has none. */
export const AGE_STAGE_RANGES: Readonly<Record<Exclude<AgeStage, 'pregnancy'>, readonly [number, number]>> = {
  months0to12: [0, 1],
  years1to2: [1, 3],
  years3to5: [3, 6],
  years6to11: [6, 12],
  years12to15: [12, 16],
  years16to18: [16, 19],
  years19to25: [19, 26],
};

/** The bit of a stage in a stage mask (its position in {@link AGE_STAGES}). */
export const stageBit = (stage: AgeStage): number => 1 << AGE_STAGES.indexOf(stage);

const ALL_STAGES = (1 << AGE_STAGES.length) - 1;
const PREGNANCY = stageBit('pregnancy');

/**
 * The stages a service is for, as a bit mask. No ages means all ages, pregnancy included (debt
 * advice helps expectant parents too), unless the service is only marked for pregnancy, which
 * then means pregnancy alone (an antenatal class). `forPregnancy` adds pregnancy to any ages.
 */
export function stageMaskOf(doc: Pick<SearchDocument, 'minimumAge' | 'maximumAge' | 'forPregnancy'>): number {
  const min = typeof doc.minimumAge === 'number' && Number.isFinite(doc.minimumAge) ? doc.minimumAge : undefined;
  const max = typeof doc.maximumAge === 'number' && Number.isFinite(doc.maximumAge) ? doc.maximumAge : undefined;
  if (min === undefined && max === undefined) return doc.forPregnancy ? PREGNANCY : ALL_STAGES;
  const from = min ?? 0;
  const to = max ?? Number.POSITIVE_INFINITY;
  let mask = doc.forPregnancy ? PREGNANCY : 0;
  for (const [stage, [start, end]] of Object.entries(AGE_STAGE_RANGES) as [AgeStage, readonly [number, number]][]) {
    if (from < end && to >= start) mask |= stageBit(stage);
  }
  return mask;
}
