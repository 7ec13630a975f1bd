import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, nameBasedUuid } from '#accord/eventsourcing';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import { ResolutionVoting } from './resolution-voting.js';

const RESOLUTION_ID = nameBasedUuid('demo:resolution:internships-2027');
const commandId = (step: string) => nameBasedUuid(`demo:resolution:internships-2027:${step}`);
/** The demo vote stays open for two weeks after the demo is recorded, so representatives find it open. */
const OPEN_FOR_MILLISECONDS = 14 * 86_400_000;

/** The voting part of the demo story: one resolution of the general assembly, open for the members' ballots. */
export async function seedVotingDemo(app: INestApplicationContext): Promise<string[]> {
  const processor = app.get(CommandProcessor);
  if ((await processor.load(resolutionAggregate, RESOLUTION_ID)).version > 0) return [];
  await processor.execute(
    resolutionAggregate,
    RESOLUTION_ID,
    {
      type: 'DraftResolution',
      data: {
        resolutionId: RESOLUTION_ID,
        title: { ru: 'Об утверждении программы стажировок на 2027 год', en: 'On approving the internship programme for 2027' },
        text: {
          ru: 'Утвердить программу стажировок и обучения молодёжи на 2027 год, подготовленную рабочей группой.',
          en: 'To approve the internship and youth training programme for 2027 prepared by the working group.',
        },
        body: { kind: 'general_assembly' },
        rule: 'simple_majority',
      },
    },
    { commandId: commandId('draft') },
  );
  const closesAt = new Date(Date.now() + OPEN_FOR_MILLISECONDS).toISOString();
  await app.get(ResolutionVoting).open(
    RESOLUTION_ID,
    { closesAt, venue: { kind: 'online', url: 'https://vote.demo.accord.example/assembly-2' }, countedBy: [{ ru: 'Секретарь собрания М. П. Иванова', en: 'M. P. Ivanova, secretary of the meeting' }] },
    { commandId: commandId('open') },
  );
  return [`resolution "On approving the internship programme for 2027" open for the general assembly's ballots until ${closesAt}`];
}
