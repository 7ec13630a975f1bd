import type { components } from '../api/schema';

type AppealStage = components['schemas']['AppealView']['stage'];

export type AppealAct = 'approval' | 'signature' | 'dispatch' | 'registration' | 'answer' | 'extension' | 'forwarding' | 'expectedAnswer' | 'followUp' | 'closure';

/**
 * The acts each stage allows the secretariat, the most sensible first (as the appeal's decider
 * accepts them): an answer is awaited while dispatched or registered, closing is always possible
 * until closed (with a reason unless answered), a follow-up once the appeal was sent.
 */
const ACTS: Record<AppealStage, readonly AppealAct[]> = {
  draft: ['approval', 'closure'],
  approved: ['signature', 'closure'],
  signed: ['dispatch', 'closure'],
  dispatched: ['registration', 'answer', 'extension', 'forwarding', 'expectedAnswer', 'followUp', 'closure'],
  registered: ['answer', 'extension', 'forwarding', 'expectedAnswer', 'followUp', 'closure'],
  answered: ['closure', 'followUp'],
  closed: ['followUp'],
};

/**
 * The acts the secretariat may take on an appeal in this stage. `statutory` tells whether a statute
 * sets the holder's answer period (unknown while the policy table loads): only where none does may
 * the secretariat set the date it expects an answer by.
 */
export function actsFor(stage: AppealStage, statutory: boolean | undefined): readonly AppealAct[] {
  return ACTS[stage].filter((act) => act !== 'expectedAnswer' || statutory === false);
}
