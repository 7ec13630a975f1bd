import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Matches, MaxLength, registerDecorator, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '#accord/platform';
import type { BodyDecision, DecidingBody } from '../domain/member.events.js';

/** The property may be given only when the decision is of this kind. */
function OnlyForKind(kind: BodyDecision['kind']) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'onlyForKind',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} belongs to a decision of kind "${kind}" only` },
      validator: { validate: (_value: unknown, args) => (args?.object as { kind?: unknown }).kind === kind },
    });
}

const decisionFieldPresent = (kind: BodyDecision['kind'], field: keyof DecisionBody) => (body: DecisionBody) =>
  body.kind === kind || body[field] !== undefined;

/**
 * The decision that makes an act so: a resolution of a body (by its id) or a decision recorded
 * elsewhere (the body, its reference such as the number of the minutes, and its date).
 */
export class DecisionBody {
  @ApiProperty({ enum: ['resolution', 'decision'], example: 'decision' })
  @IsIn(['resolution', 'decision'])
  kind: BodyDecision['kind'];

  @ApiPropertyOptional({ format: 'uuid', description: 'For kind "resolution": the adopted resolution' })
  @ValidateIf(decisionFieldPresent('resolution', 'resolutionId'))
  @OnlyForKind('resolution')
  @IsUUID()
  resolutionId?: string;

  @ApiPropertyOptional({
    enum: ['general_assembly', 'council'],
    example: 'general_assembly',
    description: 'For kind "decision": the body that decided; it must be competent for the act (GET /api/v1/resolutions/competence)',
  })
  @ValidateIf(decisionFieldPresent('decision', 'body'))
  @OnlyForKind('decision')
  @IsIn(['general_assembly', 'council'])
  body?: DecidingBody;

  @ApiPropertyOptional({ example: 'Протокол общего собрания № 3, п. 2', description: 'For kind "decision": the reference of the record' })
  @ValidateIf(decisionFieldPresent('decision', 'reference'))
  @OnlyForKind('decision')
  @IsString()
  @Matches(/\S/, { message: 'reference must not be blank' })
  @MaxLength(300)
  reference?: string;

  @ApiPropertyOptional({
    example: '2026-09-30',
    description: 'For kind "decision": the date of the decision, not in the future and not before the Association was established',
  })
  @ValidateIf(decisionFieldPresent('decision', 'date'))
  @OnlyForKind('decision')
  @IsCalendarDate()
  date?: string;
}

/** The decision as the domain records it (fields checked by the DTO above). */
export function toDecision(body: DecisionBody): BodyDecision {
  return body.kind === 'resolution'
    ? { kind: 'resolution', resolutionId: body.resolutionId! }
    : { kind: 'decision', body: body.body!, reference: body.reference!.trim(), date: body.date! };
}
