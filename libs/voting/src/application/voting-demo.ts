import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, currentContext, nameBasedUuid, runWithContext } from '#accord/eventsourcing';
import type { BilingualText } from '#accord/kernel';
import type { BallotChoice } from '../domain/ballot/ballot.events.js';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import type { VotingBody } from '../domain/voting-terms.js';
import { CompetenceOfBodies } from './competence-of-bodies.js';
import { CouncilRoster } from './council-roster.js';
import { ResolutionVoting } from './resolution-voting.js';

const COUNCIL_VOTE = 'demo:voting:council-work-plan';
const ASSEMBLY_VOTE = 'demo:resolution:internships-2027';
const step = (vote: string, name: string) => nameBasedUuid(`${vote}:${name}`);
/** Long enough for every council ballot to be cast; the story waits for it to pass before closing. */
const COUNCIL_VOTING_MILLISECONDS = 1_500;
/** The assembly's vote stays open for two weeks after the demo is recorded, so representatives find it open. */
const ASSEMBLY_OPEN_FOR_MILLISECONDS = 14 * 86_400_000;
const CHOICES: readonly BallotChoice[] = ['for', 'for', 'abstain'];

interface DemoDraft {
  readonly vote: string;
  readonly title: BilingualText;
  readonly text: BilingualText;
  readonly body: VotingBody;
  readonly closesInMilliseconds: number;
  readonly venueUrl: string;
  readonly countedBy: BilingualText;
}

/** Drafts and opens one demo resolution; false when an earlier run recorded it already. */
async function draftAndOpen(app: INestApplicationContext, draft: DemoDraft): Promise<boolean> {
  const processor = app.get(CommandProcessor);
  const resolutionId = nameBasedUuid(draft.vote);
  if ((await processor.load(resolutionAggregate, resolutionId)).version > 0) return false;
  const competence = await app.get(CompetenceOfBodies).table();
  await processor.execute(
    resolutionAggregate,
    resolutionId,
    { type: 'DraftResolution', data: { resolutionId, title: draft.title, text: draft.text, body: draft.body, rule: 'simple_majority', motion: null, competence } },
    { commandId: step(draft.vote, 'draft') },
  );
  const closesAt = new Date(Date.now() + draft.closesInMilliseconds).toISOString();
  const venue = { kind: 'online', url: draft.venueUrl } as const;
  await app.get(ResolutionVoting).open(resolutionId, { closesAt, venue, countedBy: [draft.countedBy] }, { commandId: step(draft.vote, 'open') });
  return true;
}

/**
 * The voting part of the demo story. The council the founding assembly elected votes on its work
 * plan for 2027 (its electorate is the council's roster; each member organization votes through its
 * representative; the vote is closed and its minutes can be read). A resolution of the general
 * assembly on the internship programme stays open, so that representatives have a vote to cast.
 */
export async function seedVotingDemo(app: INestApplicationContext): Promise<string[]> {
  const lines: string[] = [];
  const { state: council } = await app.get(CouncilRoster).current();
  if (council.status !== 'elected') lines.push('council vote not recorded: no council has been elected');
  else if (await draftAndOpen(app, {
    vote: COUNCIL_VOTE,
    title: { ru: 'О плане работы Совета на 2027 год', en: 'On the Council’s work plan for 2027' },
    text: {
      ru: 'Утвердить план работы Совета Объединения на 2027 год: заседания ежеквартально, отчёт общему собранию в декабре.',
      en: 'To approve the Council’s work plan for 2027: quarterly meetings and a report to the general assembly in December.',
    },
    body: { kind: 'council' },
    closesInMilliseconds: COUNCIL_VOTING_MILLISECONDS,
    venueUrl: 'https://accord.demo.example/council/2026-12',
    countedBy: { ru: 'Павел Демченко, секретарь Совета', en: 'Pavel Demchenko, secretary of the Council' },
  })) {
    lines.push(await councilVotesAndCloses(app));
  }
  if (await draftAndOpen(app, {
    vote: ASSEMBLY_VOTE,
    title: { ru: 'Об утверждении программы стажировок на 2027 год', en: 'On approving the internship programme for 2027' },
    text: {
      ru: 'Утвердить программу стажировок и обучения молодёжи на 2027 год, подготовленную рабочей группой.',
      en: 'To approve the internship and youth training programme for 2027 prepared by the working group.',
    },
    body: { kind: 'general_assembly' },
    closesInMilliseconds: ASSEMBLY_OPEN_FOR_MILLISECONDS,
    venueUrl: 'https://vote.demo.accord.example/assembly-2',
    countedBy: { ru: 'Секретарь собрания М. П. Иванова', en: 'M. P. Ivanova, secretary of the meeting' },
  })) {
    lines.push('resolution "On approving the internship programme for 2027" open for the general assembly’s ballots for two weeks');
  }
  return lines;
}

async function councilVotesAndCloses(app: INestApplicationContext): Promise<string> {
  const voting = app.get(ResolutionVoting);
  const resolutionId = nameBasedUuid(COUNCIL_VOTE);
  const { state } = await voting.load(resolutionId);
  if (state.status !== 'voting') return 'council vote not opened';
  const context = currentContext();
  for (const [index, organizationId] of state.voting.electorate.entries()) {
    // Each council member votes through its own representative, as a ballot always is.
    await runWithContext({ ...context, actorId: `system:demo:representative:${organizationId}`, onBehalfOf: organizationId }, () =>
      voting.castBallot(resolutionId, organizationId, { choice: CHOICES[index % CHOICES.length] }, { commandId: step(COUNCIL_VOTE, `ballot:${organizationId}`) }),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(state.voting.closesAt) - Date.now() + 50)));
  await voting.close(resolutionId, { commandId: step(COUNCIL_VOTE, 'close') });
  return `council vote on its work plan for 2027: ${state.voting.electorate.length} council members voted, closed`;
}
