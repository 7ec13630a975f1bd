import type { BilingualText, LocalizedText } from '#accord/kernel';

export type { LocalizedText };

/** The body whose members vote on a resolution. */
export type VotingBody =
  | { readonly kind: 'general_assembly' }
  | { readonly kind: 'council' }
  | { readonly kind: 'working_group'; readonly workingGroupId: string };

/** Where a vote is held, as its minutes must state (Civil Code art. 181.2 p. 4). */
export type Venue =
  | { readonly kind: 'place'; readonly address: LocalizedText }
  | { readonly kind: 'online'; readonly url: string };

export const BODY_TITLES: Readonly<Record<VotingBody['kind'], BilingualText>> = {
  general_assembly: { ru: 'Общее собрание членов Объединения', en: 'General assembly of the members of the Association' },
  council: { ru: 'Совет Объединения', en: 'Council of the Association' },
  working_group: { ru: 'Рабочая группа', en: 'Working group' },
};

export function sameBody(left: VotingBody, right: VotingBody): boolean {
  if (left.kind === 'working_group' && right.kind === 'working_group') return left.workingGroupId === right.workingGroupId;
  return left.kind === right.kind;
}
