import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, nameBasedUuid } from '#accord/eventsourcing';
import { MemberDirectory } from '#accord/membership';
import { workingGroupAggregate } from '../domain/working-group.decide.js';
import type { Deliverable, LocalizedText } from '../domain/working-group.events.js';

interface DemoGroup {
  readonly key: string;
  readonly name: LocalizedText;
  readonly mandate: LocalizedText;
  readonly deliverables: readonly Omit<Deliverable, 'deliverableId'>[];
}

// The themes the round table of 9 April 2026 set for the members' joint work.
const GROUPS: readonly DemoGroup[] = [
  {
    key: 'professional-standard',
    name: {
      ru: 'Рабочая группа по актуализации профессионального стандарта «Специалист в сфере трудовой миграции»',
      en: 'Working group on updating the professional standard “Specialist in labour migration”',
    },
    mandate: {
      ru: 'Подготовить предложения по актуализации профессионального стандарта и проект рекомендаций для МПА СНГ',
      en: 'Prepare proposals to update the professional standard and draft recommendations for the IPA CIS',
    },
    deliverables: [
      { title: { ru: 'Предложения по актуализации профессионального стандарта', en: 'Proposals to update the professional standard' }, dueDate: '2026-10-30' },
      { title: { ru: 'Проект рекомендаций для МПА СНГ', en: 'Draft recommendations for the IPA CIS' }, dueDate: '2027-03-31' },
    ],
  },
  {
    key: 'migrant-rights',
    name: { ru: 'Рабочая группа по защите прав и адаптации трудящихся-мигрантов', en: 'Working group on migrant workers’ rights and adaptation' },
    mandate: {
      ru: 'Обобщить практику защиты прав трудящихся-мигрантов и их адаптации в принимающих государствах',
      en: 'Gather practice in protecting migrant workers’ rights and their adaptation in host states',
    },
    deliverables: [{ title: { ru: 'Обзор лучших практик адаптации', en: 'Review of best adaptation practices' }, dueDate: '2027-02-15' }],
  },
  {
    key: 'youth-training',
    name: {
      ru: 'Рабочая группа по вовлечению молодёжи в обучение, стажировки и программы квалификации',
      en: 'Working group on involving young people in training, internships and qualification programmes',
    },
    mandate: {
      ru: 'Разработать программу стажировок и обучения молодёжи совместно с советами по профессиональным квалификациям',
      en: 'Develop an internship and training programme for young people with the councils on professional qualifications',
    },
    deliverables: [{ title: { ru: 'Программа стажировок на 2027 год', en: 'Internship programme for 2027' }, dueDate: '2027-01-31' }],
  },
];

const ESTABLISHED_BY = { kind: 'decision', body: 'council', reference: 'Протокол заседания Совета Объединения № 1, п. 2', date: '2026-07-14' } as const;
const groupId = (group: DemoGroup) => nameBasedUuid(`demo:working-group:${group.key}`);
const commandId = (group: DemoGroup, step: string) => nameBasedUuid(`demo:working-group:${group.key}:${step}`);

/**
 * The working groups' part of the demo story: the three groups the source document names, with the
 * register's full members, deliverables (one already overdue) and a first meeting.
 */
export async function seedWorkingGroupsDemo(app: INestApplicationContext): Promise<string[]> {
  const processor = app.get(CommandProcessor);
  if ((await processor.load(workingGroupAggregate, groupId(GROUPS[0]))).version > 0) return [];
  const members = await app.get(MemberDirectory).votingMembers();
  if (members.length < 2) return ['working groups not recorded: the register has fewer than two full members'];
  const lines: string[] = [];
  for (const [index, group] of GROUPS.entries()) {
    const id = groupId(group);
    const chairId = members[index % members.length];
    await processor.execute(
      workingGroupAggregate,
      id,
      { type: 'EstablishWorkingGroup', data: { name: group.name, mandate: group.mandate, chairId, memberIds: members, decision: ESTABLISHED_BY } },
      { commandId: commandId(group, 'establish') },
    );
    for (const [number, deliverable] of group.deliverables.entries()) {
      const deliverableId = nameBasedUuid(`demo:working-group:${group.key}:deliverable:${number}`);
      await processor.execute(workingGroupAggregate, id, { type: 'AddDeliverable', data: { deliverableId, ...deliverable } }, { commandId: commandId(group, `deliverable:${number}`) });
    }
    lines.push(`working group ${group.name.en}: ${members.length} members, ${group.deliverables.length} deliverable(s)`);
  }
  const first = GROUPS[0];
  const minutes = createHash('sha256').update('Демо-протокол первого заседания рабочей группы').digest('hex');
  await processor.execute(
    workingGroupAggregate,
    groupId(first),
    { type: 'RecordMeeting', data: { meetingId: nameBasedUuid('demo:working-group:meeting:1'), date: '2026-07-16', attendeeIds: members.slice(0, 3), minutesSha256: minutes } },
    { commandId: commandId(first, 'meeting:1') },
  );
  lines.push(`working group ${first.name.en}: first meeting on 2026-07-16`);
  return lines;
}
