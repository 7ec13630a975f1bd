import type { components } from '../api/schema';

type DraftBody = components['schemas']['DraftBody'];
export type Motion = NonNullable<DraftBody['motion']>;
/** A motion's kind, or `none` for a resolution on the body's own work. */
export type MotionKind = Motion['kind'] | 'none';

/** What the motion's fields hold while the form is open; `motionOf` makes the motion of the chosen kind from them. */
export interface MotionFields {
  memberId: string | null;
  membership: 'full' | 'observer';
  reasonRu: string;
  reasonEn: string;
  workingGroupId: string | null;
  nameRu: string;
  nameEn: string;
  mandateRu: string;
  mandateEn: string;
  chairOrganizationId: string | null;
  memberOrganizationIds: string[];
  draftNumber: number | string;
  sha256: string;
  appealId: string;
}

/** The motion's fields before anything is typed. */
export const NO_MOTION_FIELDS: MotionFields = {
  memberId: null,
  membership: 'full',
  reasonRu: '',
  reasonEn: '',
  workingGroupId: null,
  nameRu: '',
  nameEn: '',
  mandateRu: '',
  mandateEn: '',
  chairOrganizationId: null,
  memberOrganizationIds: [],
  draftNumber: '',
  sha256: '',
  appealId: '',
};

/** A bilingual text from two fields; an English half left empty is no English text. */
export const bilingual = (ru: string, en: string) => ({ ru, en: en.trim() || null });

/** The motion of the chosen kind; a field left empty goes empty, so that the API names it. */
export function motionOf(kind: MotionKind, fields: MotionFields, newGroupId: string): Motion | null {
  switch (kind) {
    case 'none':
      return null;
    case 'admit_member':
      return { kind, memberId: fields.memberId ?? '', membership: fields.membership };
    case 'suspend_member':
      return { kind, memberId: fields.memberId ?? '', reason: bilingual(fields.reasonRu, fields.reasonEn) };
    case 'expel_member':
      return { kind, memberId: fields.memberId ?? '' };
    case 'establish_working_group':
      return {
        kind,
        workingGroupId: newGroupId,
        name: bilingual(fields.nameRu, fields.nameEn),
        mandate: bilingual(fields.mandateRu, fields.mandateEn),
        chairOrganizationId: fields.chairOrganizationId ?? '',
        memberOrganizationIds: fields.memberOrganizationIds,
      };
    case 'dissolve_working_group':
      return { kind, workingGroupId: fields.workingGroupId ?? '' };
    case 'adopt_charter_draft':
      return { kind, draftNumber: Number(fields.draftNumber), sha256: fields.sha256.trim() };
    case 'authorize_appeal':
      return { kind, appealId: fields.appealId.trim() };
    case 'elect_council':
      return { kind, memberOrganizationIds: fields.memberOrganizationIds };
  }
}

