import { motionProblems, validMotion, type Motion } from './motion.js';

const workingGroup: Extract<Motion, { kind: 'establish_working_group' }> = {
  kind: 'establish_working_group',
  workingGroupId: 'wg-1',
  name: { ru: 'Рабочая группа по оргнабору', en: 'Working group on organized recruitment' },
  mandate: { ru: 'Подготовить рекомендации для МПА СНГ', en: null },
  chairOrganizationId: 'org-ru',
  memberOrganizationIds: ['org-ru', 'org-kz'],
};
const charter: Motion = { kind: 'adopt_charter_draft', draftNumber: 4, sha256: 'e'.repeat(64) };

const motions: readonly Motion[] = [
  { kind: 'admit_member', memberId: 'org-tj', membership: 'observer' },
  { kind: 'suspend_member', memberId: 'org-kg', reason: { ru: 'Неуплата взносов', en: null } },
  { kind: 'expel_member', memberId: 'org-kg' },
  workingGroup,
  { kind: 'dissolve_working_group', workingGroupId: 'wg-1' },
  charter,
  { kind: 'authorize_appeal', appealId: 'appeal-3' },
  { kind: 'elect_council', memberOrganizationIds: ['org-ru', 'org-uz', 'org-kz'] },
];

/** A motion as it may arrive from outside, with fields missing or of the wrong kind. */
const malformed = (value: Record<string, unknown>): Motion => value as unknown as Motion;

describe('motions', () => {
  it.each(motions.map((motion) => [motion.kind, motion] as const))('accept a well-formed %s motion', (_, motion) => {
    expect(motionProblems(motion)).toEqual([]);
  });

  it.each<[string, Motion, string[]]>([
    ['an unknown kind', malformed({ kind: 'dissolve_association' }), ['kind']],
    ['an admission without a member', malformed({ kind: 'admit_member', membership: 'full' }), ['memberId']],
    [
      'an admission to an unknown kind of membership',
      malformed({ kind: 'admit_member', memberId: 'org-tj', membership: 'honorary' }),
      ['membership'],
    ],
    ['a suspension without a reason', malformed({ kind: 'suspend_member', memberId: 'org-kg' }), ['reason.ru']],
    ['an expulsion of a blank member', { kind: 'expel_member', memberId: '  ' }, ['memberId']],
    [
      'a working group without a name, mandate or chair',
      malformed({ kind: 'establish_working_group', workingGroupId: 'wg-1', memberOrganizationIds: ['org-ru'] }),
      ['name.ru', 'mandate.ru', 'chairOrganizationId'],
    ],
    ['a working group without members', { ...workingGroup, memberOrganizationIds: [] }, ['memberOrganizationIds']],
    ['a working group with a blank member', { ...workingGroup, memberOrganizationIds: ['org-ru', ''] }, ['memberOrganizationIds']],
    ['a working group whose chair is not a member', { ...workingGroup, chairOrganizationId: 'org-uz' }, ['chairOrganizationId']],
    ['a dissolution without a group', malformed({ kind: 'dissolve_working_group' }), ['workingGroupId']],
    ['a charter draft numbered zero with a short hash', { ...charter, draftNumber: 0, sha256: 'abc' }, ['draftNumber', 'sha256']],
    ['an appeal without its id', { kind: 'authorize_appeal', appealId: '' }, ['appealId']],
    ['a council without members', { kind: 'elect_council', memberOrganizationIds: [] }, ['memberOrganizationIds']],
  ])('find the problems of %s', (_, motion, fields) => {
    expect(motionProblems(motion).map((problem) => problem.field)).toEqual(fields);
  });

  it('list each member of a new working group once', () => {
    const repeated = { ...workingGroup, memberOrganizationIds: ['org-ru', 'org-kz', 'org-ru'] };
    expect(validMotion(repeated)).toEqual(workingGroup);
  });

  it('list each member of a new council once', () => {
    expect(validMotion({ kind: 'elect_council', memberOrganizationIds: ['org-ru', 'org-kz', 'org-ru'] })).toEqual({
      kind: 'elect_council',
      memberOrganizationIds: ['org-ru', 'org-kz'],
    });
  });

  it('keep a charter draft hash in lowercase', () => {
    const uppercase: Motion = { kind: 'adopt_charter_draft', draftNumber: 4, sha256: 'E'.repeat(64) };
    expect(validMotion(uppercase)).toEqual(charter);
  });

  it('pass other motions through unchanged', () => {
    expect(validMotion(motions[0])).toBe(motions[0]);
  });
});
