import { foundingTimeline } from './founding';

const step = (name: string, done: boolean, blockers: string[] = []) => ({
  step: name,
  title: { ru: name, en: name },
  done,
  date: done ? '2026-05-20' : null,
  blockers: blockers.map((code) => ({ code, text: { ru: code, en: code } })),
});

describe('the founding timeline', () => {
  it('given steps done in order, when laid out, then marks the first undone step as the next and the rest as waiting', () => {
    const timeline = foundingTimeline([step('initiative_launched', true), step('founders_gathering', false, ['FOUNDERS_MISSING']), step('charter_drafting', false, ['FOUNDERS_MISSING'])]);
    expect(timeline.map((entry) => entry.state)).toEqual(['done', 'next', 'later']);
    expect(timeline[1].step.blockers.map((blocker) => blocker.code)).toEqual(['FOUNDERS_MISSING']);
  });

  it('given a step done after one that is not (a draft before the founders), when laid out, then keeps it done', () => {
    expect(foundingTimeline([step('founders_gathering', false), step('charter_drafting', true)]).map((entry) => entry.state)).toEqual(['next', 'done']);
  });

  it('given every step done, when laid out, then nothing is next', () => {
    expect(foundingTimeline([step('registered', true), step('established', true)]).every((entry) => entry.state === 'done')).toBe(true);
  });
});
