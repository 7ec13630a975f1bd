import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BilingualTextBody, CommandBody, IsCalendarDate, IsNotBlank } from '#accord/platform';
import { ANSWER_OUTCOMES, DISPATCH_CHANNELS, type AnswerOutcome, type DispatchChannel } from '../domain/appeal/appeal.events.js';

const SHA256 = /^[0-9a-fA-F]{64}$/;
/** Letters, digits and the separators registers use in their numbers (`12-ИСХ/2026`). */
const REGISTER_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} .\-/№]{0,59}$/u;

export class AppealTextBody extends BilingualTextBody({
  maxLength: 50_000,
  example: { ru: 'О порядке организованного набора трудящихся-мигрантов', en: 'On the organized recruitment of migrant workers' },
}) {}

export class AttachmentBody {
  @ApiProperty({ example: 'Проект рекомендаций.pdf' })
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: 'a3f1c9e2b7d4058f6e1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70', description: 'SHA-256 of the file, hex' })
  @Matches(SHA256, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256: string;
}

/** What the secretariat writes: the same fields for a draft, a revision and a follow-up. */
export class AppealContentBody extends CommandBody {
  @ApiProperty({ format: 'uuid', description: 'A body from the register of addressees' })
  @IsUUID()
  addresseeId: string;

  @ApiProperty({ type: AppealTextBody, example: { ru: 'О порядке организованного набора', en: 'On organized recruitment' } })
  @IsObject()
  @ValidateNested()
  @Type(() => AppealTextBody)
  subject: AppealTextBody;

  @ApiProperty({ type: AppealTextBody, description: 'The letter’s text; Russian is the official one' })
  @IsObject()
  @ValidateNested()
  @Type(() => AppealTextBody)
  text: AppealTextBody;

  @ApiPropertyOptional({ type: [AttachmentBody], description: 'Attached documents, by content hash' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentBody)
  attachments?: AttachmentBody[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The adopted resolution that authorized the appeal' })
  @IsOptional()
  @IsUUID()
  resolutionId?: string | null;
}

export class AppealDraftBody extends AppealContentBody {
  @ApiPropertyOptional({ example: '2026-05-06', description: 'The date of the draft (its legal date); the day it is recorded when left out' })
  @IsOptional()
  @IsCalendarDate()
  draftedOn?: string;
}

export class ApprovalBody extends CommandBody {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The resolution the approval rests on; the draft’s own when left out' })
  @IsOptional()
  @IsUUID()
  resolutionId?: string | null;

  @ApiPropertyOptional({ example: '2026-05-08', description: 'The date of the approval: not in the future, not before the draft; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  approvedOn?: string;
}

export class SignatoryBody {
  @ApiProperty({ example: 'Иванова Мария Петровна' })
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  name: string;

  @ApiProperty({ type: AppealTextBody, example: { ru: 'Председатель Совета', en: 'Chair of the Council' } })
  @IsObject()
  @ValidateNested()
  @Type(() => AppealTextBody)
  position: AppealTextBody;
}

export class SignatureBody extends CommandBody {
  @ApiProperty({ type: SignatoryBody })
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryBody)
  signatory: SignatoryBody;

  @ApiPropertyOptional({ example: '2026-05-11', description: 'The date of the signature: not in the future, not before the approval; today when left out' })
  @IsOptional()
  @IsCalendarDate()
  signedOn?: string;
}

export class DispatchBody extends CommandBody {
  @ApiProperty({ example: '2026-05-12' })
  @IsCalendarDate()
  dispatchedOn: string;

  @ApiProperty({ enum: DISPATCH_CHANNELS, example: 'official_portal' })
  @IsIn(DISPATCH_CHANNELS)
  channel: DispatchChannel;

  @ApiPropertyOptional({
    example: '2026-0007',
    description: 'A number already used by hand; the platform gives the year’s next number (`2026-0001`, …) when left out',
  })
  @IsOptional()
  @Matches(REGISTER_NUMBER, { message: 'outgoingNumber must be 1 to 60 letters, digits, spaces or . - / №' })
  outgoingNumber?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Required where no statute sets the period (interstate bodies, NGOs)' })
  @IsOptional()
  @IsCalendarDate()
  expectedAnswerOn?: string;
}

export class AppealRegistrationBody extends CommandBody {
  @ApiProperty({ example: '2026-05-14' })
  @IsCalendarDate()
  registeredOn: string;

  @ApiProperty({ example: 'ОГ-12345' })
  @Matches(REGISTER_NUMBER, { message: 'incomingNumber must be 1 to 60 letters, digits, spaces or . - / №' })
  incomingNumber: string;
}

export class ExtensionBody extends CommandBody {
  @ApiProperty({ example: '2026-07-13', description: 'The new due date the addressee announced' })
  @IsCalendarDate()
  dueOn: string;

  @ApiProperty({ example: '2026-06-10', description: 'The date of the addressee’s notice' })
  @IsCalendarDate()
  noticeOn: string;
}

export class ForwardingBody extends CommandBody {
  @ApiProperty({ example: '2026-05-18' })
  @IsCalendarDate()
  forwardedOn: string;

  @ApiProperty({ format: 'uuid', description: 'The body the appeal was forwarded to, from the register of addressees' })
  @IsUUID()
  addresseeId: string;

  @ApiPropertyOptional({ example: '2026-07-01', description: 'Required where no statute sets the new body’s period' })
  @IsOptional()
  @IsCalendarDate()
  expectedAnswerOn?: string;
}

export class ExpectedAnswerBody extends CommandBody {
  @ApiProperty({ example: '2026-07-01' })
  @IsCalendarDate()
  expectedAnswerOn: string;
}

export class AnswerBody extends CommandBody {
  @ApiProperty({ example: '2026-06-05' })
  @IsCalendarDate()
  answeredOn: string;

  @ApiProperty({ example: '№ 15-4/10/В-3456' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  reference: string;

  @ApiProperty({ enum: ANSWER_OUTCOMES, example: 'partially_supported' })
  @IsIn(ANSWER_OUTCOMES)
  outcome: AnswerOutcome;

  @ApiProperty({ type: AppealTextBody, example: { ru: 'Предложения учтены частично', en: 'The proposals were partly taken up' } })
  @IsObject()
  @ValidateNested()
  @Type(() => AppealTextBody)
  summary: AppealTextBody;

  @ApiPropertyOptional({ type: String, description: 'SHA-256 of the answer letter, hex', nullable: true })
  @IsOptional()
  @Matches(SHA256, { message: 'attachmentSha256 must be 64 hexadecimal characters' })
  attachmentSha256?: string | null;
}

export class ClosureBody extends CommandBody {
  @ApiPropertyOptional({ type: AppealTextBody, nullable: true, description: 'Required when closing an appeal without an answer' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AppealTextBody)
  reason?: AppealTextBody | null;
}
