import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidateNested, buildMessage, type ValidationOptions } from 'class-validator';
import { isCountryCode, MEMBER_CATEGORIES } from '#accord/membership';
import { BilingualTextBody, CommandBody, IsCalendarDate, IsNotBlank, Trimmed } from '#accord/platform';

const IsCountryCode = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value) => typeof value === 'string' && isCountryCode(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an ISO 3166-1 alpha-2 country code such as RU`, options),
      },
    },
    options,
  );

/** A text of the record: Russian is required (the official language), English optional. */
export class FoundingTextBody extends BilingualTextBody({ maxLength: 1000, example: { ru: 'Союз «МАТМ»', en: 'Union MATM' } }) {}

class InitiatorBody {
  @ApiProperty({ type: FoundingTextBody })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  name: FoundingTextBody;

  @ApiProperty({ example: 'RU', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country: string;
}

class CommitteeMemberBody {
  @ApiProperty({ type: FoundingTextBody, example: { ru: 'Ирина Демина', en: 'Irina Demina' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  name: FoundingTextBody;

  @ApiProperty({ type: FoundingTextBody, example: { ru: 'председатель оргкомитета', en: 'chair of the organizing committee' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  role: FoundingTextBody;
}

export class InitiativeBody extends CommandBody {
  @ApiProperty({ type: InitiatorBody })
  @IsObject()
  @ValidateNested()
  @Type(() => InitiatorBody)
  initiator: InitiatorBody;

  @ApiProperty({ type: [CommitteeMemberBody], description: 'The organizing committee (at least one member)' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberBody)
  committee: CommitteeMemberBody[];

  @ApiProperty({ format: 'date', example: '2026-04-15' })
  @IsCalendarDate()
  launchedOn: string;
}

class FounderIdentifierBody {
  @ApiProperty({
    enum: ['RU_OGRN_INN', 'KZ_BIN', 'UZ_STIR', 'KG_INN', 'TJ_INN', 'OTHER'],
    example: 'RU_OGRN_INN',
    description: 'The scheme of the organization’s country (RU_OGRN_INN, KZ_BIN, UZ_STIR, KG_INN, TJ_INN; OTHER elsewhere)',
  })
  @IsString()
  @MaxLength(20)
  scheme: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { ogrn: '1267700000017', inn: '7700000016' },
    description: 'RU: ogrn and inn; KZ: bin; UZ: stir; KG and TJ: inn; OTHER: registryId. Check digits are verified',
  })
  @IsObject()
  values: Record<string, string>;
}

class FounderContactsBody {
  @ApiProperty({ example: 'office@severny-most.demo.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+7 812 000-00-00' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ type: FoundingTextBody, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  address?: FoundingTextBody | null;
}

class FounderOrganizationBody {
  @ApiProperty({ type: FoundingTextBody, example: { ru: 'ООО «Демо-агентство «Северный мост»»', en: 'Severny Most Demo Agency LLC' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  name: FoundingTextBody;

  @ApiProperty({ example: 'RU', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country: string;

  @ApiProperty({ type: FoundingTextBody, example: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  legalForm: FoundingTextBody;

  @ApiProperty({ enum: MEMBER_CATEGORIES, example: 'staffing_agency' })
  @IsIn(MEMBER_CATEGORIES)
  category: string;

  @ApiProperty({ type: FounderIdentifierBody })
  @IsObject()
  @ValidateNested()
  @Type(() => FounderIdentifierBody)
  nationalIdentifier: FounderIdentifierBody;

  @ApiProperty({ type: FounderContactsBody })
  @IsObject()
  @ValidateNested()
  @Type(() => FounderContactsBody)
  contacts: FounderContactsBody;
}

class FounderRepresentativeBody {
  @ApiProperty({ type: FoundingTextBody, example: { ru: 'Олег Демидов', en: 'Oleg Demidov' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  name: FoundingTextBody;

  @ApiProperty({ type: FoundingTextBody, example: { ru: 'генеральный директор', en: 'chief executive' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  position: FoundingTextBody;

  @ApiProperty({ example: 'o.demidov@severny-most.demo.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class LetterOfIntentBody extends CommandBody {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The letter’s id, which also becomes the founder’s member id; derived from commandId when absent. ' +
      'Give the member id of an organization that already applied to the register to have it admitted on that application',
  })
  @IsOptional()
  @IsUUID()
  letterId?: string;

  @ApiProperty({ type: FounderOrganizationBody })
  @IsObject()
  @ValidateNested()
  @Type(() => FounderOrganizationBody)
  organization: FounderOrganizationBody;

  @ApiProperty({ type: FounderRepresentativeBody, description: 'The person who will act and vote for the founder' })
  @IsObject()
  @ValidateNested()
  @Type(() => FounderRepresentativeBody)
  representative: FounderRepresentativeBody;

  @ApiProperty({ format: 'date', example: '2026-04-20' })
  @IsCalendarDate()
  receivedOn: string;
}

export class LetterWithdrawalBody extends CommandBody {
  @ApiProperty({ format: 'date', example: '2026-05-05' })
  @IsCalendarDate()
  withdrawnOn: string;

  @ApiPropertyOptional({ type: FoundingTextBody, nullable: true, example: { ru: 'Решение правления организации', en: null } })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  reason?: FoundingTextBody | null;
}

export class CharterDraftBody extends CommandBody {
  @ApiProperty({ description: 'The full text of the draft (UTF-8); its SHA-256 identifies it', example: 'Устав Ассоциации…' })
  @IsString()
  @MaxLength(200_000)
  content: string;

  @ApiPropertyOptional({
    example: '2026-04-20',
    description: 'The date of the draft (its legal date): not in the future, not before the initiative or the previous draft; the day it is recorded when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  draftedOn?: string;
}

export class CharterDraftParams {
  @ApiProperty({ example: 2, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  number: number;
}

class AssemblyVenueBody {
  @ApiProperty({ enum: ['place', 'online'], example: 'place' })
  @IsIn(['place', 'online'])
  kind: 'place' | 'online';

  @ApiPropertyOptional({ type: FoundingTextBody, description: 'Where the assembly meets (kind place)' })
  @ValidateIf((venue: AssemblyVenueBody) => venue.kind !== 'online' || venue.address !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  address?: FoundingTextBody;

  @ApiPropertyOptional({ example: 'https://meet.demo.example/founding', description: 'The meeting link (kind online)' })
  @ValidateIf((venue: AssemblyVenueBody) => venue.kind !== 'place' || venue.url !== undefined)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  url?: string;
}

export class ConveningBody extends CommandBody {
  @ApiProperty({ format: 'date', example: '2026-06-03', description: 'The day the assembly meets' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ type: AssemblyVenueBody })
  @IsObject()
  @ValidateNested()
  @Type(() => AssemblyVenueBody)
  venue: AssemblyVenueBody;

  @ApiProperty({ format: 'date', example: '2026-05-20', description: 'The day it was convened (the notice)' })
  @IsCalendarDate()
  convenedOn: string;
}

class PresentFounderBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  letterId: string;

  @ApiProperty({ type: FoundingTextBody, description: 'The person who spoke and voted for the founder' })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  representedBy: FoundingTextBody;

  @ApiProperty({ enum: ['for', 'against', 'abstain'], description: 'The vote on establishing the Association' })
  @IsIn(['for', 'against', 'abstain'])
  establishmentVote: 'for' | 'against' | 'abstain';
}

class CharterReferenceBody {
  @ApiProperty({ example: 2, minimum: 1 })
  @IsInt()
  @Min(1)
  number: number;

  @ApiProperty({ example: 'c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a', description: 'SHA-256 of the draft, hex' })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256: string;
}

class VotingRuleBody {
  @ApiProperty({ enum: ['general_assembly', 'council'] })
  @IsIn(['general_assembly', 'council'])
  body: 'general_assembly' | 'council';

  @ApiProperty({ example: 'charter_amendment', description: 'A stable key of the question' })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'question must be a key in lowercase letters, digits and _' })
  question: string;

  @ApiProperty({ type: FoundingTextBody, example: { ru: 'Изменение устава', en: 'Amending the charter' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  title: FoundingTextBody;

  @ApiProperty({ enum: ['unanimity', 'qualified_majority'] })
  @IsIn(['unanimity', 'qualified_majority'])
  rule: 'unanimity' | 'qualified_majority';
}

class OfficerBody {
  @ApiProperty({ type: FoundingTextBody })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  name: FoundingTextBody;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The letter of the present founder this person represents' })
  @IsOptional()
  @IsUUID()
  representing?: string | null;
}

export class AssemblyMinutesBody extends CommandBody {
  @ApiProperty({ type: [PresentFounderBody], description: 'The founders present and their votes on establishing' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PresentFounderBody)
  present: PresentFounderBody[];

  @ApiProperty({ type: CharterReferenceBody, description: 'The charter adopted: an exact draft, by number and hash' })
  @IsObject()
  @ValidateNested()
  @Type(() => CharterReferenceBody)
  charter: CharterReferenceBody;

  @ApiProperty({ type: [VotingRuleBody], description: 'The questions the charter reserves for unanimity or a qualified majority' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => VotingRuleBody)
  votingRules: VotingRuleBody[];

  @ApiProperty({ type: OfficerBody })
  @IsObject()
  @ValidateNested()
  @Type(() => OfficerBody)
  chair: OfficerBody;

  @ApiProperty({ type: [OfficerBody] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OfficerBody)
  council: OfficerBody[];

  @ApiProperty({ type: [OfficerBody] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OfficerBody)
  auditCommission: OfficerBody[];
}

export class RegistrationFilingBody extends CommandBody {
  @ApiProperty({ type: FoundingTextBody, example: { ru: 'Министерство юстиции Российской Федерации', en: 'Ministry of Justice of the Russian Federation' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  authority: FoundingTextBody;

  @ApiProperty({ format: 'date', example: '2026-06-10' })
  @IsCalendarDate()
  filedOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ДЕМО-2026/0610', description: 'The authority’s incoming number, if known' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  reference?: string | null;
}

export class RegistrationRefusalBody extends CommandBody {
  @ApiProperty({ format: 'date', example: '2026-07-01' })
  @IsCalendarDate()
  refusedOn: string;

  @ApiProperty({ type: FoundingTextBody, example: { ru: 'Несоответствие устава требованиям закона', en: 'The charter does not meet the law' } })
  @IsObject()
  @ValidateNested()
  @Type(() => FoundingTextBody)
  reason: FoundingTextBody;
}

export class RegistrationBody extends CommandBody {
  @ApiProperty({ example: 'ДЕМО-7800-2026-0001', description: 'The number of the entry in the state register' })
  @Trimmed()
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  registrationNumber: string;

  @ApiProperty({ format: 'date', example: '2026-07-15' })
  @IsCalendarDate()
  registeredOn: string;
}
