import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ArrayNotEmpty, ArrayUnique, IsArray, IsDateString, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '#accord/kernel';
import { CommandBody, IsNotBlank, PageQuery, Trimmed } from '#accord/platform';

export class LoginBody {
  @ApiProperty({ example: 'secretariat@demo.accord.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo-secretariat-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class RefreshBody {
  @ApiPropertyOptional({ description: 'The refresh token of the last sign-in or refresh (each is valid once); a browser sends its cookie instead' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

class RolesField extends CommandBody {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['secretariat'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class CreateAccountBody extends RolesField {
  @ApiProperty({ example: 'Анна Петрова' })
  @Trimmed()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'a.petrova@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The member organization a representative acts for' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class ChangeRolesBody extends RolesField {}

export class ChangeOrganizationBody extends CommandBody {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null unbinds the account' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organizationId: string | null;
}

export class DeactivationBody extends CommandBody {
  @ApiProperty({ example: 'Left the organization' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class PasswordBody extends CommandBody {
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ description: 'Required when changing one’s own password' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  currentPassword?: string;
}

export class IssueApiTokenBody extends RolesField {
  @ApiProperty({ example: 'Registry sync' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z' })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}

export class AccountsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'deactivated'] })
  @IsOptional()
  @IsIn(['active', 'deactivated'])
  status?: 'active' | 'deactivated';

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
