import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DecisionBody } from '#accord/membership';
import { BilingualTextBody, CommandBody, IsCalendarDate, IsNotBlank, PageQuery } from '#accord/platform';

const SHA256 = /^[0-9a-fA-F]{64}$/;

export class GroupTextBody extends BilingualTextBody({
  maxLength: 1000,
  example: { ru: 'Рабочая группа по организованному набору', en: 'Working group on organized recruitment' },
}) {}

/** A name in both languages: English is required for a working group's name. */
export class NameBody {
  @ApiProperty({ example: 'Рабочая группа по организованному набору' })
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  ru: string;

  @ApiProperty({ example: 'Working group on organized recruitment' })
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  en: string;
}

export class EstablishmentBody extends CommandBody {
  @ApiProperty({ type: NameBody })
  @IsObject()
  @ValidateNested()
  @Type(() => NameBody)
  name: NameBody;

  @ApiProperty({ type: GroupTextBody, example: { ru: 'Подготовить проект рекомендаций для МПА СНГ', en: 'Draft recommendations for the IPA CIS' } })
  @IsObject()
  @ValidateNested()
  @Type(() => GroupTextBody)
  mandate: GroupTextBody;

  @ApiProperty({ format: 'uuid', description: 'A member organization, one of the members' })
  @IsUUID()
  chairOrganizationId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Member organizations (admitted or suspended)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  memberOrganizationIds: string[];

  @ApiProperty({ type: DecisionBody })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionBody)
  decision: DecisionBody;
}

export class OrganizationBody extends CommandBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;
}

export class DeliverableBody extends CommandBody {
  @ApiPropertyOptional({ example: 'recommendations-ipa-cis', description: 'Derived from the commandId when left out' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'id must be 1 to 100 letters, digits, ".", "_" or "-"' })
  id?: string;

  @ApiProperty({ type: GroupTextBody, example: { ru: 'Проект рекомендаций для МПА СНГ', en: 'Draft recommendations for the IPA CIS' } })
  @IsObject()
  @ValidateNested()
  @Type(() => GroupTextBody)
  title: GroupTextBody;

  @ApiProperty({ example: '2026-10-31' })
  @IsCalendarDate()
  dueDate: string;
}

export class DeliveryBody extends CommandBody {
  @ApiProperty({ example: 'a'.repeat(64), description: 'SHA-256 of the delivered document, hex' })
  @Matches(SHA256, { message: 'documentSha256 must be a SHA-256 hash (64 hex digits)' })
  documentSha256: string;

  @ApiProperty({ example: '2026-10-20', description: 'The day it was delivered' })
  @IsCalendarDate()
  date: string;
}

export class MeetingBody extends CommandBody {
  @ApiProperty({ example: '2026-09-15' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Member organizations of the group that attended' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  attendeeOrganizationIds: string[];

  @ApiProperty({ example: '0123456789abcdef'.repeat(4), description: 'SHA-256 of the minutes, hex' })
  @Matches(SHA256, { message: 'minutesSha256 must be a SHA-256 hash (64 hex digits)' })
  minutesSha256: string;
}

export class DissolutionBody extends CommandBody {
  @ApiProperty({ type: DecisionBody })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionBody)
  decision: DecisionBody;
}

export class WorkingGroupsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['active', 'dissolved'] })
  @IsOptional()
  @IsIn(['active', 'dissolved'])
  status?: 'active' | 'dissolved';

  @ApiPropertyOptional({ example: 'набор', description: 'Part of the Russian or English name, in any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
