import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BilingualTextBody, CommandBody, IsCalendarDate, PageQuery } from '#accord/platform';
import { MEMBER_CATEGORIES, type MemberCategory } from '../domain/member-application.js';
import type { MembershipKind } from '../domain/member.events.js';
import type { MemberStatus } from '../domain/member.state.js';
import { DecisionBody } from './decision.dto.js';

// Field contents (required Russian text, e-mail, country, identifier, category) are checked by the
// domain's problem functions, so that a 400 names the same codes the domain uses; the DTOs check shapes.

export class LocalizedTextBody extends BilingualTextBody({
  maxLength: 500,
  example: { ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' },
  blankCheckedByDomain: true,
}) {}

export class ContactsBody {
  @ApiProperty({ example: 'office@kadry.example.ru' })
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ type: String, example: '+7 495 000-00-00', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ type: LocalizedTextBody, nullable: true, example: { ru: 'Москва, ул. Примерная, 1', en: null } })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  address?: LocalizedTextBody | null;
}

export class NationalIdentifierBody {
  @ApiPropertyOptional({ example: 'RU', description: 'The country that issued it; the organization’s country when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  country?: string;

  @ApiPropertyOptional({
    enum: ['RU_OGRN_INN', 'KZ_BIN', 'UZ_STIR', 'KG_INN', 'TJ_INN', 'OTHER'],
    example: 'RU_OGRN_INN',
    description: 'The scheme of the country (RU_OGRN_INN, KZ_BIN, UZ_STIR, KG_INN, TJ_INN; OTHER elsewhere); the country’s own when left out',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  scheme?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { ogrn: '1267700000017', inn: '7700000016' },
    description: 'RU: ogrn and inn; KZ: bin; UZ: stir; KG and TJ: inn; other countries: registryId',
  })
  @IsObject()
  values: Record<string, unknown>;
}

export class RepresentativeBody {
  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'Мария Соколова', en: 'Maria Sokolova' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  name: LocalizedTextBody;

  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'генеральный директор', en: 'chief executive' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  position: LocalizedTextBody;

  @ApiProperty({ example: 'm.sokolova@kadry.example.ru' })
  @IsString()
  @MaxLength(254)
  email: string;
}

export class ApplicationBody extends CommandBody {
  @ApiProperty({ type: LocalizedTextBody })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  name: LocalizedTextBody;

  @ApiProperty({ example: 'RU', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @MaxLength(10)
  country: string;

  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  legalForm: LocalizedTextBody;

  @ApiProperty({ type: NationalIdentifierBody })
  @IsObject()
  @ValidateNested()
  @Type(() => NationalIdentifierBody)
  nationalIdentifier: NationalIdentifierBody;

  @ApiProperty({ enum: MEMBER_CATEGORIES, example: 'staffing_agency' })
  @IsString()
  @MaxLength(50)
  category: string;

  @ApiProperty({ type: ContactsBody })
  @IsObject()
  @ValidateNested()
  @Type(() => ContactsBody)
  contacts: ContactsBody;

  @ApiProperty({ type: [RepresentativeBody], description: 'At least one; each gets an id from the register' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RepresentativeBody)
  representatives: RepresentativeBody[];
}

export class AdmissionBody extends CommandBody {
  @ApiProperty({ enum: ['full', 'observer'], description: 'Only full members vote' })
  @IsIn(['full', 'observer'])
  membership: MembershipKind;

  @ApiProperty({ type: DecisionBody })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionBody)
  decision: DecisionBody;
}

export class RejectionBody extends CommandBody {
  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'Не представлены учредительные документы', en: 'Founding documents were not provided' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  reason: LocalizedTextBody;
}

export class SuspensionBody extends CommandBody {
  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'Неуплата членских взносов', en: 'Membership fees unpaid' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  reason: LocalizedTextBody;

  @ApiProperty({ type: DecisionBody })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionBody)
  decision: DecisionBody;
}

/** Reinstatement and expulsion: the decision alone. */
export class DecisionActBody extends CommandBody {
  @ApiProperty({ type: DecisionBody })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionBody)
  decision: DecisionBody;
}

export class WithdrawalBody extends CommandBody {
  @ApiProperty({ example: '2026-06-15', description: 'The date of the notice of withdrawal' })
  @IsCalendarDate()
  noticeDate: string;
}

export class AddRepresentativeBody extends CommandBody {
  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'Игорь Лебедев', en: 'Igor Lebedev' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  name: LocalizedTextBody;

  @ApiProperty({ type: LocalizedTextBody, example: { ru: 'заместитель директора', en: 'deputy director' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  position: LocalizedTextBody;

  @ApiProperty({ example: 'i.lebedev@kadry.example.ru' })
  @IsString()
  @MaxLength(254)
  email: string;
}

/** Only what is given changes; the country and the identifier never do. */
export class CorrectionBody extends CommandBody {
  @ApiPropertyOptional({ type: LocalizedTextBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  name?: LocalizedTextBody;

  @ApiPropertyOptional({ type: LocalizedTextBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextBody)
  legalForm?: LocalizedTextBody;

  @ApiPropertyOptional({ type: ContactsBody, description: 'The contacts as a whole' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactsBody)
  contacts?: ContactsBody;
}

const LISTED_STATUSES: readonly MemberStatus[] = ['applied', 'rejected', 'admitted', 'suspended', 'expelled', 'withdrawn'];

export class MembersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LISTED_STATUSES })
  @IsOptional()
  @IsIn(LISTED_STATUSES)
  status?: MemberStatus;

  @ApiPropertyOptional({ example: 'KZ', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as KZ' })
  country?: string;

  @ApiPropertyOptional({ enum: MEMBER_CATEGORIES })
  @IsOptional()
  @IsIn(MEMBER_CATEGORIES)
  category?: MemberCategory;

  @ApiPropertyOptional({ example: 'кадровое', description: 'Part of the Russian or English name, in any case, or a whole identifier (ОГРН, ИНН, БИН, СТИР…)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '7707083893', description: 'Any value of the national identifier (ОГРН, ИНН, БИН, СТИР, registry number), spaces and case ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  identifier?: string;
}
