import { fold } from '#accord/kernel';
import { deciderSpec, metadataAt } from '../../../kernel/src/testing/decider-spec.js';
import { memberAggregate, memberDecider, type MemberCommand } from './member.decide.js';
import type { BodyDecision, MemberEvent } from './member.events.js';
import { canVote } from './member.state.js';
import { deputy, kazakhApplication, representative, russianApplication } from './testing/applications.js';

const metadata = metadataAt('2026-07-01T09:00:00.000Z', 'account-1');
const command = <Type extends MemberCommand['type']>(
  type: Type,
  data: Extract<MemberCommand, { type: Type }>['data'],
): MemberCommand => ({ type, data, metadata }) as MemberCommand;
const spec = deciderSpec(memberDecider);

const resolution: BodyDecision = { kind: 'resolution', resolutionId: 'resolution-12' };
const assemblyDecision: BodyDecision = { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания № 3, п. 2', date: '2026-06-30' };
const reason = { ru: 'Неуплата членских взносов', en: 'Membership fees unpaid' };

const applied: MemberEvent = { type: 'MembershipApplicationSubmitted', data: russianApplication };
const admittedFull: MemberEvent = { type: 'MemberAdmitted', data: { membership: 'full', decision: resolution } };
const admittedObserver: MemberEvent = { type: 'MemberAdmitted', data: { membership: 'observer', decision: assemblyDecision } };
const suspended: MemberEvent = { type: 'MemberSuspended', data: { reason, decision: assemblyDecision } };
const reinstated: MemberEvent = { type: 'MemberReinstated', data: { decision: assemblyDecision } };
const expelled: MemberEvent = { type: 'MemberExpelled', data: { decision: resolution } };
const withdrawn: MemberEvent = { type: 'MembershipWithdrawn', data: { noticeDate: '2026-06-15' } };
const deputyAdded: MemberEvent = { type: 'RepresentativeAdded', data: { representative: deputy } };

const member = [applied, admittedFull];
const suspendedMember = [...member, suspended];

describe('member decider', () => {
  it('is the aggregate of the member category', () => {
    expect(memberAggregate.category).toBe('member');
  });

  describe('applications', () => {
    it('records an application', () => {
      spec.given([]).when(command('ApplyForMembership', { application: russianApplication })).then([applied]);
    });

    it('refuses a second application on the same record', () => {
      spec
        .given([applied])
        .when(command('ApplyForMembership', { application: russianApplication }))
        .thenRejects('MEMBER_STATUS_REQUIRED', { required: ['none'], current: 'applied' });
    });

    it('refuses an application with field problems and lists them', () => {
      const application = { ...russianApplication, representatives: [] };
      spec
        .given([])
        .when(command('ApplyForMembership', { application }))
        .thenRejects('INVALID_MEMBER_DATA', { problems: [{ field: 'representatives', code: 'REQUIRED' }] });
    });

    it('records an application of an organization that applies again, linked to its ended record', () => {
      spec
        .given([])
        .when(command('ApplyForMembership', { application: russianApplication, previousMemberId: 'member-earlier' }))
        .then([{ type: 'MembershipApplicationSubmitted', data: { ...russianApplication, previousMemberId: 'member-earlier' } }]);
    });

    it('admits an applicant as a full member by a resolution, on the day it was adopted', () => {
      spec
        .given([applied])
        .when(command('AdmitMember', { membership: 'full', decision: resolution, admittedOn: '2026-06-28' }))
        .then([{ type: 'MemberAdmitted', data: { membership: 'full', decision: resolution, admittedOn: '2026-06-28' } }]);
    });

    it('admits by a resolution without an adoption date on the day the admission is recorded', () => {
      spec
        .given([applied])
        .when(command('AdmitMember', { membership: 'full', decision: resolution }))
        .then([{ type: 'MemberAdmitted', data: { membership: 'full', decision: resolution, admittedOn: '2026-07-01' } }]);
    });

    it('admits an applicant as an observer by a recorded decision, on the decision’s date', () => {
      spec
        .given([applied])
        .when(command('AdmitMember', { membership: 'observer', decision: assemblyDecision }))
        .then([{ type: 'MemberAdmitted', data: { ...admittedObserver.data, admittedOn: '2026-06-30' } } as MemberEvent]);
    });

    it('refuses to admit without an application', () => {
      spec.given([]).when(command('AdmitMember', { membership: 'full', decision: resolution })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('refuses to admit a member twice', () => {
      spec.given(member).when(command('AdmitMember', { membership: 'full', decision: resolution })).thenRejects('MEMBER_STATUS_REQUIRED', {
        required: ['applied'],
        current: 'admitted',
      });
    });

    it('rejects an application with its reason', () => {
      const rejection = { ru: 'Деятельность не связана с трудовой миграцией', en: 'Not active in labour migration' };
      spec
        .given([applied])
        .when(command('RejectApplication', { reason: rejection }))
        .then([{ type: 'MembershipApplicationRejected', data: { reason: rejection } }]);
    });

    it('refuses to reject an admitted member', () => {
      spec.given(member).when(command('RejectApplication', { reason })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('refuses to admit a rejected applicant', () => {
      spec
        .given([applied, { type: 'MembershipApplicationRejected', data: { reason } }])
        .when(command('AdmitMember', { membership: 'full', decision: resolution }))
        .thenRejects('MEMBER_STATUS_REQUIRED');
    });
  });

  describe('founders', () => {
    const founding = { kind: 'founding', eventId: 'event-established' } as const;

    it('records a founder as a full member in one step, by the founding event, from the establishment date', () => {
      spec
        .given([])
        .when(command('AdmitFounder', { application: kazakhApplication, foundingEventId: 'event-established', establishedOn: '2026-06-01' }))
        .then([
          { type: 'MembershipApplicationSubmitted', data: kazakhApplication },
          { type: 'MemberAdmitted', data: { membership: 'full', decision: founding, admittedOn: '2026-06-01' } },
        ]);
    });

    it('records a founder that had left the register on a new record linked to the old one', () => {
      spec
        .given([])
        .when(
          command('AdmitFounder', {
            application: kazakhApplication,
            foundingEventId: 'event-established',
            establishedOn: '2026-06-01',
            previousMemberId: 'member-earlier',
          }),
        )
        .then([
          { type: 'MembershipApplicationSubmitted', data: { ...kazakhApplication, previousMemberId: 'member-earlier' } },
          { type: 'MemberAdmitted', data: { membership: 'full', decision: founding, admittedOn: '2026-06-01' } },
        ]);
    });

    it('admits a founder that had applied on its own application', () => {
      spec
        .given([applied])
        .when(command('AdmitFounder', { application: russianApplication, foundingEventId: 'event-established', establishedOn: '2026-06-01' }))
        .then([{ type: 'MemberAdmitted', data: { membership: 'full', decision: founding, admittedOn: '2026-06-01' } }]);
    });

    it('refuses to admit as a founder an application of another organization', () => {
      spec
        .given([applied])
        .when(command('AdmitFounder', { application: kazakhApplication, foundingEventId: 'event-established', establishedOn: '2026-06-01' }))
        .thenRejects('FOUNDER_IDENTITY_MISMATCH');
    });

    it('refuses to admit a founder that is already a member', () => {
      spec
        .given(member)
        .when(command('AdmitFounder', { application: russianApplication, foundingEventId: 'event-established', establishedOn: '2026-06-01' }))
        .thenRejects('MEMBER_STATUS_REQUIRED', { required: ['none', 'applied'], current: 'admitted' });
    });

    it('refuses founder data with field problems', () => {
      const application = { ...kazakhApplication, contacts: { ...kazakhApplication.contacts, email: 'info' } };
      spec
        .given([])
        .when(command('AdmitFounder', { application, foundingEventId: 'event-established', establishedOn: '2026-06-01' }))
        .thenRejects('INVALID_MEMBER_DATA');
    });
  });

  describe('suspension, expulsion and withdrawal', () => {
    it('suspends an admitted member by a decision', () => {
      spec.given(member).when(command('SuspendMember', { reason, decision: assemblyDecision })).then([suspended]);
    });

    it('refuses to suspend an applicant', () => {
      spec.given([applied]).when(command('SuspendMember', { reason, decision: assemblyDecision })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('refuses to suspend a suspended member', () => {
      spec.given(suspendedMember).when(command('SuspendMember', { reason, decision: assemblyDecision })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('reinstates a suspended member', () => {
      spec.given(suspendedMember).when(command('ReinstateMember', { decision: assemblyDecision })).then([reinstated]);
    });

    it('refuses to reinstate a member that is not suspended', () => {
      spec.given(member).when(command('ReinstateMember', { decision: assemblyDecision })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('expels an admitted member by a resolution', () => {
      spec.given(member).when(command('ExpelMember', { decision: resolution })).then([expelled]);
    });

    it('expels a suspended member', () => {
      spec.given(suspendedMember).when(command('ExpelMember', { decision: resolution })).then([expelled]);
    });

    it('refuses to expel an applicant', () => {
      spec.given([applied]).when(command('ExpelMember', { decision: resolution })).thenRejects('MEMBER_STATUS_REQUIRED', {
        required: ['admitted', 'suspended'],
        current: 'applied',
      });
    });

    it('refuses to expel an expelled member', () => {
      spec.given([...member, expelled]).when(command('ExpelMember', { decision: resolution })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('records the withdrawal of a member by its notice date', () => {
      spec.given(member).when(command('WithdrawMembership', { noticeDate: '2026-06-15' })).then([withdrawn]);
    });

    it('records the withdrawal of a suspended member', () => {
      spec.given(suspendedMember).when(command('WithdrawMembership', { noticeDate: '2026-06-15' })).then([withdrawn]);
    });

    it('refuses the withdrawal of an organization that is not a member', () => {
      spec.given([applied]).when(command('WithdrawMembership', { noticeDate: '2026-06-15' })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('refuses to expel a member that has withdrawn', () => {
      spec.given([...member, withdrawn]).when(command('ExpelMember', { decision: resolution })).thenRejects('MEMBER_STATUS_REQUIRED');
    });
  });

  describe('representatives', () => {
    it('adds a representative', () => {
      spec.given(member).when(command('AddRepresentative', { representative: deputy })).then([deputyAdded]);
    });

    it('adds a representative to an applicant', () => {
      spec.given([applied]).when(command('AddRepresentative', { representative: deputy })).then([deputyAdded]);
    });

    it('refuses a representative id that is already used', () => {
      spec
        .given(member)
        .when(command('AddRepresentative', { representative: { ...deputy, id: representative.id } }))
        .thenRejects('REPRESENTATIVE_ALREADY_EXISTS');
    });

    it('refuses a representative with field problems', () => {
      spec
        .given(member)
        .when(command('AddRepresentative', { representative: { ...deputy, email: 'lebedev' } }))
        .thenRejects('INVALID_MEMBER_DATA', { problems: [{ field: 'email', code: 'INVALID_EMAIL' }] });
    });

    it('refuses to add a representative to an expelled member', () => {
      spec.given([...member, expelled]).when(command('AddRepresentative', { representative: deputy })).thenRejects('MEMBER_STATUS_REQUIRED');
    });

    it('removes a representative while another remains', () => {
      spec
        .given([...member, deputyAdded])
        .when(command('RemoveRepresentative', { representativeId: representative.id }))
        .then([{ type: 'RepresentativeRemoved', data: { representativeId: representative.id } }]);
    });

    it('refuses to remove an unknown representative', () => {
      spec.given(member).when(command('RemoveRepresentative', { representativeId: 'representative-9' })).thenRejects('REPRESENTATIVE_NOT_FOUND');
    });

    it('refuses to remove the last representative, through whom the member acts', () => {
      spec.given(member).when(command('RemoveRepresentative', { representativeId: representative.id })).thenRejects('LAST_REPRESENTATIVE');
    });

    it('refuses to remove a representative of a member that has withdrawn', () => {
      spec
        .given([...member, deputyAdded, withdrawn])
        .when(command('RemoveRepresentative', { representativeId: deputy.id }))
        .thenRejects('MEMBER_STATUS_REQUIRED');
    });
  });

  describe('corrections', () => {
    const name = { ru: 'ООО «Пример Кадры»', en: 'Primer Kadry LLC' };

    it('corrects the name', () => {
      spec.given(member).when(command('CorrectMemberDetails', { name })).then([{ type: 'MemberDetailsCorrected', data: { name } }]);
    });

    it('records only the details that differ', () => {
      const contacts = { ...russianApplication.contacts, phone: '+7 495 111-11-11' };
      spec
        .given(member)
        .when(command('CorrectMemberDetails', { name: russianApplication.name, legalForm: russianApplication.legalForm, contacts }))
        .then([{ type: 'MemberDetailsCorrected', data: { contacts } }]);
    });

    it('corrects the legal form and an address that was missing', () => {
      const legalForm = { ru: 'Акционерное общество', en: 'Joint-stock company' };
      const contacts = { ...russianApplication.contacts, address: { ru: 'Москва, ул. Новая, 2', en: null } };
      spec
        .given(member)
        .when(command('CorrectMemberDetails', { legalForm, contacts }))
        .then([{ type: 'MemberDetailsCorrected', data: { legalForm, contacts } }]);
    });

    it('treats a correction that changes nothing as a no-op', () => {
      spec
        .given(member)
        .when(command('CorrectMemberDetails', { name: russianApplication.name, contacts: russianApplication.contacts }))
        .then([]);
    });

    it('refuses a correction with field problems', () => {
      spec.given(member).when(command('CorrectMemberDetails', { name: { ru: '', en: 'Primer' } })).thenRejects('INVALID_MEMBER_DATA');
    });

    it('refuses to correct the record of an organization that has left', () => {
      spec.given([...member, withdrawn]).when(command('CorrectMemberDetails', { name })).thenRejects('MEMBER_STATUS_REQUIRED');
    });
  });

  describe('state and voting eligibility', () => {
    it('folds an admission with its kind and decision', () => {
      const { representatives, ...profile } = russianApplication;
      spec.given(member).thenState({ status: 'admitted', profile, representatives, previousMemberId: null, membership: 'full', admission: resolution });
    });

    it('folds the link of an application to the organization’s earlier record', () => {
      const { representatives, ...profile } = russianApplication;
      spec
        .given([{ type: 'MembershipApplicationSubmitted', data: { ...russianApplication, previousMemberId: 'member-earlier' } }])
        .thenState({ status: 'applied', profile, representatives, previousMemberId: 'member-earlier' });
    });

    it('folds corrections and changes of representatives', () => {
      const name = { ru: 'ООО «Пример Кадры»', en: null };
      const state = fold(memberDecider, [
        ...member,
        deputyAdded,
        { type: 'RepresentativeRemoved', data: { representativeId: representative.id } },
        { type: 'MemberDetailsCorrected', data: { name } },
      ]);
      expect(state).toMatchObject({ profile: { name, country: 'RU' }, representatives: [deputy] });
    });

    it.each<[string, MemberEvent[], boolean]>([
      ['a full member', member, true],
      ['a reinstated full member', [...suspendedMember, reinstated], true],
      ['an observer', [applied, admittedObserver], false],
      ['a suspended full member', suspendedMember, false],
      ['an applicant', [applied], false],
      ['an expelled member', [...member, expelled], false],
      ['a member that has withdrawn', [...member, withdrawn], false],
      ['an unknown organization', [], false],
    ])('tells whether %s may vote (%s)', (_, history, eligible) => {
      expect(canVote(fold(memberDecider, history))).toBe(eligible);
    });
  });
});
