import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, currentContext, nameBasedUuid, runWithContext } from '#accord/eventsourcing';
import type { BallotChoice } from '../domain/ballot/ballot.events.js';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import { CompetenceOfBodies } from './competence-of-bodies.js';
import { CouncilRoster } from './council-roster.js';
import { ResolutionVoting } from './resolution-voting.js';

const RESOLUTION_ID = nameBasedUuid('demo:voting:council-work-plan');
const commandId = (step: string) => nameBasedUuid(`demo:voting:council-work-plan:${step}`);
/** Long enough for every ballot to be cast; the story waits for it to pass before closing. */
const VOTING_MILLISECONDS = 1_500;
const CHOICES: readonly BallotChoice[] = ['for', 'for', 'abstain'];

/**
 * The voting part of the demo story: the council the founding assembly elected votes on its work
 * plan for 2027. Its electorate is the council's roster; each member organization votes through its
 * representative; the vote is closed and its minutes can be read.
 */
export async function seedVotingDemo(app: INestApplicationContext): Promise<string[]> {
  const processor = app.get(CommandProcessor);
  if ((await processor.load(resolutionAggregate, RESOLUTION_ID)).version > 0) return [];
  const { state: council } = await app.get(CouncilRoster).current();
  if (council.status !== 'elected') return ['council vote not recorded: no council has been elected'];
  const voting = app.get(ResolutionVoting);
  const competence = await app.get(CompetenceOfBodies).table();
  await processor.execute(
    resolutionAggregate,
    RESOLUTION_ID,
    {
      type: 'DraftResolution',
      data: {
        resolutionId: RESOLUTION_ID,
        title: { ru: 'О плане работы Совета на 2027 год', en: 'On the Council’s work plan for 2027' },
        text: {
          ru: 'Утвердить план работы Совета Объединения на 2027 год: заседания ежеквартально, отчёт общему собранию в декабре.',
          en: 'To approve the Council’s work plan for 2027: quarterly meetings and a report to the general assembly in December.',
        },
        body: { kind: 'council' },
        rule: 'simple_majority',
        motion: null,
        competence,
      },
    },
    { commandId: commandId('draft') },
  );
  const closesAt = new Date(Date.now() + VOTING_MILLISECONDS).toISOString();
  const venue = { kind: 'online', url: 'https://accord.demo.example/council/2026-12' } as const;
  const countedBy = [{ ru: 'Павел Демченко, секретарь Совета', en: 'Pavel Demchenko, secretary of the Council' }];
  await voting.open(RESOLUTION_ID, { closesAt, venue, countedBy }, { commandId: commandId('open') });
  const { state } = await voting.load(RESOLUTION_ID);
  const electorate = state.status === 'voting' ? state.voting.electorate : [];
  const context = currentContext();
  for (const [index, organizationId] of electorate.entries()) {
    // Each council member votes through its own representative, as a ballot always is.
    await runWithContext({ ...context, actorId: `system:demo:representative:${organizationId}`, onBehalfOf: organizationId }, () =>
      voting.castBallot(RESOLUTION_ID, organizationId, { choice: CHOICES[index % CHOICES.length] }, { commandId: commandId(`ballot:${organizationId}`) }),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(closesAt) - Date.now() + 50)));
  await voting.close(RESOLUTION_ID, { commandId: commandId('close') });
  return [`council vote on its work plan for 2027: ${electorate.length} council members voted, closed`];
}
