import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { isBlank, type LocalizedText } from '#accord/kernel';

/** The property is a string with more than white space in it: the one way a request body refuses blank text. */
export function IsNotBlank(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must not be blank`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && !isBlank(value) },
    });
}

export interface BilingualTextShape {
  readonly maxLength: number;
  readonly example?: LocalizedText;
  /**
   * Left to the domain when its problem functions name a blank Russian text with a code of their own
   * (membership's `REQUIRED`), so that one problem gets one message.
   */
  readonly blankCheckedByDomain?: boolean;
}

/**
 * A bilingual field of a request: Russian required and not blank, English optional; the command takes
 * it through the kernel's `localizedText`, the one trim policy. A context declares its own class
 * (`class AppealTextBody extends BilingualTextBody({ maxLength: 50_000 }) {}`) for its length limit and
 * its schema in the OpenAPI document.
 */
export function BilingualTextBody({ maxLength, example, blankCheckedByDomain = false }: BilingualTextShape) {
  class BilingualText {
    @ApiProperty({ example: example?.ru })
    @IsString()
    @MaxLength(maxLength)
    ru: string;

    @ApiPropertyOptional({ type: String, example: example?.en ?? undefined, nullable: true })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    en?: string | null;
  }
  if (!blankCheckedByDomain) IsNotBlank()(BilingualText.prototype, 'ru');
  return BilingualText;
}

/** A string field kept without its surrounding white space (a register number, a name), trimmed before it is validated. */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
