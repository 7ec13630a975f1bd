import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { CommandBody, PageQuery } from '#accord/platform';
import type { PowerScope } from '../domain/power-of-attorney/power-of-attorney.events.js';
import { ResolutionTextBody, toBody, VotingBodyBody } from './resolutions.dto.js';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export class PowerScopeBody {
  @ApiProperty({ enum: ['body', 'resolution'], example: 'body', description: 'Every vote of one body, or one resolution only' })
  @IsIn(['body', 'resolution'])
  kind: PowerScope['kind'];

  @ApiPropertyOptional({ type: VotingBodyBody, description: 'For kind "body"', example: { kind: 'general_assembly' } })
  @ValidateIf((scope: PowerScopeBody) => scope.kind === 'body' || scope.body !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => VotingBodyBody)
  body?: VotingBodyBody;

  @ApiPropertyOptional({ format: 'uuid', description: 'For kind "resolution"' })
  @ValidateIf((scope: PowerScopeBody) => scope.kind === 'resolution' || scope.resolutionId !== undefined)
  @IsUUID()
  resolutionId?: string;
}

export class GrantBody extends CommandBody {
  @ApiProperty({ format: 'uuid', description: 'The member organization whose representative will vote for the representative’s own', example: '5f0c2b7e-3a41-4c8e-9b1d-2e6a7c9d0f13' })
  @IsUUID()
  proxyOrganizationId: string;

  @ApiProperty({ description: 'SHA-256 of the signed document, hex', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  @IsString()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'documentSha256 must be 64 hex digits' })
  documentSha256: string;

  @ApiProperty({ example: '2026-09-01T00:00:00Z', description: 'From when the power holds (inclusive): an ISO 8601 timestamp with its offset' })
  @IsString()
  @Matches(TIMESTAMP, { message: 'validFrom must be an ISO 8601 timestamp with an offset' })
  validFrom: string;

  @ApiProperty({ example: '2027-09-01T00:00:00Z', description: 'Until when the power holds (exclusive): an ISO 8601 timestamp with its offset' })
  @IsString()
  @Matches(TIMESTAMP, { message: 'validUntil must be an ISO 8601 timestamp with an offset' })
  validUntil: string;

  @ApiProperty({ type: PowerScopeBody, example: { kind: 'body', body: { kind: 'general_assembly' } } })
  @IsObject()
  @ValidateNested()
  @Type(() => PowerScopeBody)
  scope: PowerScopeBody;
}

export class RevocationBody extends CommandBody {
  @ApiProperty({ type: ResolutionTextBody, example: { ru: 'Доверенность отозвана доверителем', en: 'Revoked by the principal' } })
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextBody)
  reason: ResolutionTextBody;
}

export class PowersOfAttorneyQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only powers where this organization is the principal or the proxy' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '"true": only powers not revoked and within their validity now; "false": only the others' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export const toScope = (scope: PowerScopeBody): PowerScope =>
  scope.kind === 'body' ? { kind: 'body', body: toBody(scope.body!) } : { kind: 'resolution', resolutionId: scope.resolutionId! };
