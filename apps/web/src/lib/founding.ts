import type { components } from '../api/schema';

type Step = components['schemas']['FoundingViewStep'];

export interface TimelineEntry {
  readonly step: Step;
  /** done: it has its date; next: the first step not done, with what blocks it; later: waits for the next one. */
  readonly state: 'done' | 'next' | 'later';
}

/**
 * The founding's steps in their order as a timeline: each done step with its date, the first step not
 * done yet as the next one with its blockers, and the steps after it waiting on it.
 */
export function foundingTimeline(steps: readonly Step[]): TimelineEntry[] {
  const next = steps.findIndex((step) => !step.done);
  return steps.map((step, index) => ({ step, state: step.done ? 'done' : index === next ? 'next' : 'later' }));
}
