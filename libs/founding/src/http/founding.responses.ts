import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextView } from '#accord/platform';
import { FOUNDING_PROCESS_ID } from '../domain/founding.decide.js';
import { FOUNDING_STAGE_TITLES } from '../domain/founding.state.js';

// What the reads of the founding return.

export class ChecklistBlockerView {
  @ApiProperty({ example: 'FOUNDERS_TOO_FEW' })
  code: string;

  @ApiProperty({ type: LocalizedTextView })
  text: LocalizedTextView;
}

export class RegistrationRefusalView {
  @ApiProperty({ format: 'date' })
  refusedOn: string;

  @ApiProperty({ type: LocalizedTextView })
  reason: LocalizedTextView;
}

export class FoundingViewStep {
  @ApiProperty({ example: 'initiative_launched' })
  step: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty()
  done: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;

  @ApiProperty({ type: [ChecklistBlockerView] })
  blockers: ChecklistBlockerView[];
}

export class FoundingViewRulesAssemblyQuorum {
  @ApiProperty({ type: 'integer' })
  numerator: number;

  @ApiProperty({ type: 'integer' })
  denominator: number;
}

export class FoundingViewRules {
  @ApiProperty({ type: 'integer' })
  minFounders: number;

  @ApiProperty({ type: 'integer' })
  minStates: number;

  @ApiProperty({ type: FoundingViewRulesAssemblyQuorum })
  assemblyQuorum: FoundingViewRulesAssemblyQuorum;
}

export class FoundingCommitteeMemberView {
  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  role: LocalizedTextView;
}

export class FoundingViewInitiativeInitiator {
  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'RU' })
  country: string;
}

export class FoundingViewInitiative {
  @ApiProperty({ type: [FoundingCommitteeMemberView] })
  committee: FoundingCommitteeMemberView[];

  @ApiProperty({ type: FoundingViewInitiativeInitiator })
  initiator: FoundingViewInitiativeInitiator;

  @ApiProperty({ format: 'date' })
  launchedOn: string;
}

export class FoundingViewFounderOrganizationContacts {
  @ApiProperty({ example: 'office@severny-most.demo.example' })
  email: string;

  @ApiProperty({ type: String, example: '+7 812 000-00-01', nullable: true })
  phone: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  address: LocalizedTextView | null;
}

export class FoundingViewFounderOrganizationNationalIdentifier {
  @ApiProperty({ example: 'RU_OGRN_INN' })
  scheme: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  values: Record<string, string>;
}

export class FoundingViewFounderOrganization {
  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'RU' })
  country: string;

  @ApiProperty({ example: 'staffing_agency' })
  category: string;

  @ApiProperty({ type: FoundingViewFounderOrganizationContacts })
  contacts: FoundingViewFounderOrganizationContacts;

  @ApiProperty({ type: LocalizedTextView })
  legalForm: LocalizedTextView;

  @ApiProperty({ type: FoundingViewFounderOrganizationNationalIdentifier })
  nationalIdentifier: FoundingViewFounderOrganizationNationalIdentifier;
}

export class FoundingViewFounderRepresentative {
  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'head@severny-most.demo.example' })
  email: string;

  @ApiProperty({ type: LocalizedTextView })
  position: LocalizedTextView;
}

export class FoundingViewFounderAdmission {
  @ApiProperty({ enum: ['pending', 'admitted', 'failed'] })
  status: string;

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiPropertyOptional({ format: 'date', description: 'When admitted: the legal date, the Association’s establishment' })
  admittedOn?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When admitted: when the register recorded it' })
  admittedAt?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  eventId?: string;

  @ApiPropertyOptional({ description: 'When failed: the code of the rule the register refused the founder by', example: 'DUPLICATE_NATIONAL_IDENTIFIER' })
  code?: string;

  @ApiPropertyOptional({ type: LocalizedTextView })
  message?: LocalizedTextView;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  details?: Record<string, unknown> | null;

  @ApiPropertyOptional({ format: 'date-time' })
  failedAt?: string;
}

export class FoundingViewFounder {
  @ApiProperty({ format: 'uuid' })
  letterId: string;

  @ApiProperty({ type: FoundingViewFounderOrganization })
  organization: FoundingViewFounderOrganization;

  @ApiProperty({ type: FoundingViewFounderRepresentative })
  representative: FoundingViewFounderRepresentative;

  @ApiProperty({ format: 'date' })
  receivedOn: string;

  @ApiProperty({ example: 'received' })
  status: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  withdrawnOn: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  withdrawalReason: LocalizedTextView | null;

  @ApiProperty({ type: FoundingViewFounderAdmission, nullable: true })
  admission: FoundingViewFounderAdmission | null;
}

export class FoundingViewFounderCount {
  @ApiProperty({ type: 'integer' })
  founders: number;

  @ApiProperty({ type: 'integer' })
  states: number;
}

export class FoundingViewCharterDraft {
  @ApiProperty({ type: 'integer' })
  number: number;

  @ApiProperty()
  sha256: string;

  @ApiProperty({ format: 'date', description: 'The legal date of the draft, as given (the day it was entered by default)' })
  draftedOn: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class FoundingViewAssemblyConvenedVenue {
  @ApiProperty({ example: 'place' })
  kind: string;

  @ApiPropertyOptional({ type: LocalizedTextView })
  address?: LocalizedTextView;

  @ApiPropertyOptional({ example: 'https://meet.example/assembly' })
  url?: string;
}

export class FoundingViewAssemblyConvened {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ type: FoundingViewAssemblyConvenedVenue })
  venue: FoundingViewAssemblyConvenedVenue;

  @ApiProperty({ format: 'date' })
  convenedOn: string;
}

export class FoundingOfficerView {
  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  representing: string | null;
}

export class FoundingViewAssemblyHeldCharter {
  @ApiProperty({ type: 'integer' })
  number: number;

  @ApiProperty()
  sha256: string;
}

export class FoundingViewAssemblyHeldPresent {
  @ApiProperty({ format: 'uuid' })
  letterId: string;

  @ApiProperty({ type: LocalizedTextView })
  representedBy: LocalizedTextView;

  @ApiProperty({ example: 'for' })
  establishmentVote: string;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  organizationName: LocalizedTextView | null;
}

export class FoundingViewAssemblyHeldVotingRule {
  @ApiProperty({ example: 'general_assembly' })
  body: string;

  @ApiProperty({ example: 'qualified_majority' })
  rule: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ example: 'charter_amendment' })
  question: string;
}

export class FoundingViewAssemblyHeld {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ type: FoundingOfficerView })
  chair: FoundingOfficerView;

  @ApiProperty({ type: FoundingViewAssemblyConvenedVenue })
  venue: FoundingViewAssemblyConvenedVenue;

  @ApiProperty({ type: FoundingViewAssemblyHeldCharter })
  charter: FoundingViewAssemblyHeldCharter;

  @ApiProperty({ type: [FoundingOfficerView] })
  council: FoundingOfficerView[];

  @ApiProperty({ type: [FoundingViewAssemblyHeldPresent] })
  present: FoundingViewAssemblyHeldPresent[];

  @ApiProperty({ type: [FoundingViewAssemblyHeldVotingRule] })
  votingRules: FoundingViewAssemblyHeldVotingRule[];

  @ApiProperty({ type: [FoundingOfficerView] })
  auditCommission: FoundingOfficerView[];
}

export class FoundingViewAssembly {
  @ApiProperty({ type: FoundingViewAssemblyConvened, nullable: true })
  convened: FoundingViewAssemblyConvened | null;

  @ApiProperty({ type: FoundingViewAssemblyHeld, nullable: true })
  held: FoundingViewAssemblyHeld | null;
}

export class FoundingViewRegistrationFiling {
  @ApiProperty({ format: 'date' })
  filedOn: string;

  @ApiProperty({ type: LocalizedTextView })
  authority: LocalizedTextView;

  @ApiProperty({ example: 'ДЕМО-2026-0605' })
  reference: string;
}

export class FoundingViewRegistration {
  @ApiProperty({ type: FoundingViewRegistrationFiling, nullable: true })
  filing: FoundingViewRegistrationFiling | null;

  @ApiProperty({ type: [FoundingViewRegistrationFiling] })
  filings: FoundingViewRegistrationFiling[];

  @ApiProperty({ type: [RegistrationRefusalView] })
  refusals: RegistrationRefusalView[];

  @ApiProperty({ type: String, example: 'ДЕМО-7800-2026-0001', nullable: true })
  registrationNumber: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  registeredOn: string | null;
}

export class FoundingProcessView {
  @ApiProperty({ enum: [FOUNDING_PROCESS_ID], description: 'One founding per deployment; its events are the stream founding-association' })
  id: string;

  @ApiProperty({ type: 'integer', description: 'What commands pass as expectedVersion' })
  version: number;

  @ApiProperty({ enum: Object.keys(FOUNDING_STAGE_TITLES) })
  stage: string;

  @ApiProperty({ type: LocalizedTextView })
  stageTitle: LocalizedTextView;

  @ApiProperty({ type: [FoundingViewStep] })
  steps: FoundingViewStep[];

  @ApiProperty({ type: String, nullable: true, description: 'The next step to take; null when established' })
  next: string | null;

  @ApiProperty({ type: [ChecklistBlockerView] })
  blockers: ChecklistBlockerView[];

  @ApiProperty({ type: FoundingViewRules })
  rules: FoundingViewRules;

  @ApiProperty({ type: FoundingViewInitiative, nullable: true })
  initiative: FoundingViewInitiative | null;

  @ApiProperty({ type: [FoundingViewFounder] })
  founders: FoundingViewFounder[];

  @ApiProperty({ type: FoundingViewFounderCount })
  founderCount: FoundingViewFounderCount;

  @ApiProperty({ type: [FoundingViewCharterDraft] })
  charterDrafts: FoundingViewCharterDraft[];

  @ApiProperty({ type: FoundingViewAssembly })
  assembly: FoundingViewAssembly;

  @ApiProperty({ type: FoundingViewRegistration })
  registration: FoundingViewRegistration;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  establishedOn: string | null;
}

export class CharterDraftView {
  @ApiProperty({ type: 'integer' })
  number: number;

  @ApiProperty()
  sha256: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty()
  content: string;
}

