import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '#accord/kernel';
import { CommandResponse } from '#accord/platform';

// What the reads of accounts and sign-in return.

export class ApiTokenView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Reporting robot' })
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: string[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt: string | null;

  @ApiProperty()
  revoked: boolean;
}

export class AccountView {
  @ApiProperty({ format: 'uuid', description: 'The account; its events are the stream account-<id>' })
  id: string;

  @ApiProperty({ example: 'Комитет (демо)' })
  name: string;

  @ApiProperty({ example: 'committee@demo.accord.example' })
  email: string;

  @ApiProperty({ type: [String] })
  roles: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organizationId: string | null;

  @ApiProperty({ example: 'active' })
  status: string;

  @ApiProperty({ type: [ApiTokenView] })
  apiTokens: ApiTokenView[];

  @ApiProperty({ format: 'date-time' })
  registeredAt: string;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class ActorView {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organizationId: string | null;

  @ApiProperty({ type: [String] })
  roles: string[];

  @ApiProperty({ example: 'password' })
  via: string;
}


export class SessionAccountView {
  @ApiProperty({ format: 'uuid', description: 'The account; its events are the stream account-<id>' })
  id: string;

  @ApiProperty({ example: 'secretariat@demo.accord.example' })
  email: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The member organization a representative acts for' })
  organizationId: string | null;
}

export class SessionView {
  @ApiProperty({ description: 'Bearer access token' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: string;

  @ApiProperty({ type: 'integer', description: 'Seconds the access token lives', example: 900 })
  expiresIn: number;

  @ApiPropertyOptional({ description: 'Single-use refresh token; absent for a browser sign-in (`X-Accord-Session: cookie`), which gets it as an HttpOnly cookie' })
  refreshToken?: string;

  @ApiProperty({ type: SessionAccountView })
  account: SessionAccountView;
}

export class IssuedApiTokenView extends CommandResponse {
  @ApiProperty({ format: 'uuid' })
  tokenId: string;

  @ApiProperty({ type: String, nullable: true, description: 'accord_<id>_<secret>, shown in this answer only; null when the commandId was repeated' })
  token: string | null;
}
