import { motionOf, NO_MOTION_FIELDS } from './motions';

const GROUP = '6f1c2b7e-3a41-4c8e-9b1d-2e6a7c9d0f13';
const MEMBER = '0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11';

describe('the motion a draft resolution carries', () => {
  it('is none for a resolution on the body’s own work', () => {
    expect(motionOf('none', { ...NO_MOTION_FIELDS, memberId: MEMBER }, GROUP)).toBeNull();
  });

  it('takes only the fields of its kind', () => {
    expect(motionOf('expel_member', { ...NO_MOTION_FIELDS, memberId: MEMBER, reasonRu: 'не относится' }, GROUP)).toEqual({ kind: 'expel_member', memberId: MEMBER });
  });

  it('gives a suspension its bilingual reason, without an empty English half', () => {
    expect(motionOf('suspend_member', { ...NO_MOTION_FIELDS, memberId: MEMBER, reasonRu: 'Неуплата взносов', reasonEn: ' ' }, GROUP)).toEqual({
      kind: 'suspend_member',
      memberId: MEMBER,
      reason: { ru: 'Неуплата взносов', en: null },
    });
  });

  it('gives a new working group the id chosen for the form', () => {
    const motion = motionOf('establish_working_group', { ...NO_MOTION_FIELDS, nameRu: 'Группа', mandateRu: 'Задачи', chairOrganizationId: MEMBER, memberOrganizationIds: [MEMBER] }, GROUP);
    expect(motion).toMatchObject({ kind: 'establish_working_group', workingGroupId: GROUP, chairOrganizationId: MEMBER, memberOrganizationIds: [MEMBER] });
  });

  it('sends a field left empty as empty, so that the API names it', () => {
    expect(motionOf('admit_member', NO_MOTION_FIELDS, GROUP)).toEqual({ kind: 'admit_member', memberId: '', membership: 'full' });
  });
});
