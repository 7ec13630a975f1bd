import { workingGroupsFeature, WorkingGroupsModule } from '#accord/working-groups';
import { admittedMember, assemblyDecision, type Client } from '../membership/membership-fixtures.js';

export const workingGroups = { feature: workingGroupsFeature, module: WorkingGroupsModule };

export const sha256 = (character: string) => character.repeat(64);

/** The body that establishes a group of these organizations, the first one chairing. */
export function establishmentBody(memberIds: readonly string[], overrides: Record<string, unknown> = {}) {
  return {
    name: { ru: 'Рабочая группа по организованному набору', en: 'Working group on organized recruitment' },
    mandate: { ru: 'Подготовить проект рекомендаций для МПА СНГ', en: 'Draft recommendations for the IPA CIS' },
    chairOrganizationId: memberIds[0],
    memberOrganizationIds: memberIds,
    decision: assemblyDecision,
    ...overrides,
  };
}

/** Given admitted members and a group of all of them, the first one chairing. */
export async function establishedGroup(secretariat: Client, memberCount = 2, overrides: Record<string, unknown> = {}) {
  const members: string[] = [];
  for (let index = 0; index < memberCount; index += 1) members.push((await admittedMember(secretariat)).id);
  const response = await secretariat.post('/api/v1/working-groups', establishmentBody(members, overrides)).expect(201);
  return { ...(response.body as { id: string; version: number; position: string; events: string[] }), members };
}
