import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, isISO31661Alpha2, IsObject, IsOptional, IsString, MaxLength, registerDecorator, ValidateNested } from 'class-validator';
import { BilingualTextBody, CommandBody, PageQuery } from '#accord/platform';
import { ADDRESSEE_KINDS, INTERSTATE, type AddresseeKind } from '../domain/addressee/addressee.events.js';
import { JURISDICTION_POLICIES } from '../domain/deadlines/policy-table.js';

const POLICY_IDS = JURISDICTION_POLICIES.map((policy) => policy.id);
const COUNTRY = 'country must be an ISO 3166-1 alpha-2 code in capitals, such as RU, or "interstate"';

/**
 * An ISO 3166-1 alpha-2 code in capitals, as stored so that filters match (`isISO31661Alpha2` alone
 * takes `ru` too), or `interstate` for the bodies of an interstate organization.
 */
const isAddresseeCountry = (value: unknown) =>
  value === INTERSTATE || (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isISO31661Alpha2(value));

function IsAddresseeCountry() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAddresseeCountry',
      target: target.constructor,
      propertyName,
      options: { message: COUNTRY },
      validator: { validate: isAddresseeCountry },
    });
}

/** A text of the record: Russian required, English optional. */
export class AddresseeTextBody extends BilingualTextBody({
  maxLength: 500,
  example: { ru: 'Министерство труда и социальной защиты Российской Федерации', en: 'Ministry of Labour and Social Protection of the Russian Federation' },
}) {}

const policyDescription = `A row of the jurisdiction policy table (GET /addressees/policies): ${POLICY_IDS.join(', ')}`;

export class AddresseeRegistrationBody extends CommandBody {
  @ApiProperty({ type: AddresseeTextBody })
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseeTextBody)
  name: AddresseeTextBody;

  @ApiProperty({ example: 'RU', description: 'ISO 3166-1 alpha-2, or "interstate" for an interstate body such as the IPA CIS' })
  @IsAddresseeCountry()
  country: string;

  @ApiProperty({ enum: ADDRESSEE_KINDS, example: 'ministry' })
  @IsIn(ADDRESSEE_KINDS)
  kind: AddresseeKind;

  @ApiPropertyOptional({ enum: POLICY_IDS, example: 'RU-59FZ', description: `${policyDescription}; the default for the country and kind when left out` })
  @IsOptional()
  @IsIn(POLICY_IDS)
  policyId?: string;
}

/** Only what is given changes; a policy left out stays, or follows the defaults if it was the default. */
export class AddresseeRevisionBody extends CommandBody {
  @ApiPropertyOptional({ type: AddresseeTextBody })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseeTextBody)
  name?: AddresseeTextBody;

  @ApiPropertyOptional({ example: 'KG', description: 'ISO 3166-1 alpha-2, or "interstate"' })
  @IsOptional()
  @IsAddresseeCountry()
  country?: string;

  @ApiPropertyOptional({ enum: ADDRESSEE_KINDS, example: 'agency' })
  @IsOptional()
  @IsIn(ADDRESSEE_KINDS)
  kind?: AddresseeKind;

  @ApiPropertyOptional({ enum: POLICY_IDS, example: 'RU-59FZ-MIGRATION', description: policyDescription })
  @IsOptional()
  @IsIn(POLICY_IDS)
  policyId?: string;
}

export class AddresseeRetirementBody extends CommandBody {
  @ApiPropertyOptional({
    type: AddresseeTextBody,
    nullable: true,
    example: { ru: 'Орган упразднён, его полномочия переданы другому ведомству', en: 'The body was abolished and its powers passed to another agency' },
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseeTextBody)
  reason?: AddresseeTextBody | null;
}

export class AddresseesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'UZ', description: 'ISO 3166-1 alpha-2, or "interstate"' })
  @IsOptional()
  @IsAddresseeCountry()
  country?: string;

  @ApiPropertyOptional({ enum: ADDRESSEE_KINDS })
  @IsOptional()
  @IsIn(ADDRESSEE_KINDS)
  kind?: AddresseeKind;

  @ApiPropertyOptional({ enum: POLICY_IDS })
  @IsOptional()
  @IsIn(POLICY_IDS)
  policyId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only retired bodies, or only those still written to' })
  @IsOptional()
  @IsIn(['true', 'false'])
  retired?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'миграц', description: 'Part of the Russian or English name, in any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
