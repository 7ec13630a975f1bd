import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOptions, CommandResult } from '#accord/eventsourcing';
import type { Role } from '#accord/kernel';
import { AccessRefused, RecordCommand } from '#accord/platform';
import { IdentityService, type NewAccount } from './identity.service.js';

/** The account's id is derived from the command id when it is recorded, so the command names no record. */
export class RegisterAccount extends Command<CommandResult> {
  constructor(
    readonly account: NewAccount,
    readonly options: CommandOptions,
  ) {
    super();
  }
}

export class ChangeRoles extends RecordCommand {
  constructor(
    accountId: string,
    readonly roles: Role[],
    options: CommandOptions,
  ) {
    super(accountId, options);
  }
}

export class BindOrganization extends RecordCommand {
  constructor(
    accountId: string,
    /** The member organization the representative acts for; null unbinds. */
    readonly organizationId: string | null,
    options: CommandOptions,
  ) {
    super(accountId, options);
  }
}

export class DeactivateAccount extends RecordCommand {
  constructor(
    accountId: string,
    readonly reason: string,
    options: CommandOptions,
  ) {
    super(accountId, options);
  }
}

export class ReactivateAccount extends RecordCommand {}

/** How an account proves it is itself when it changes its own password; the check is throttled by the caller's address. */
export interface CurrentPassword {
  readonly password: string | undefined;
  readonly address: string | null;
}

export class ChangePassword extends RecordCommand {
  constructor(
    accountId: string,
    readonly password: string,
    /** The account's own proof; null when an administrator resets another account's password. */
    readonly current: CurrentPassword | null,
    options: CommandOptions,
  ) {
    super(accountId, options);
  }
}

/** The command's answer with the token's id and its secret form, which only the first answer carries. */
export type IssuedApiToken = Awaited<ReturnType<IdentityService['issueApiToken']>>;

export class IssueApiToken extends RecordCommand<IssuedApiToken> {
  constructor(
    accountId: string,
    readonly token: { readonly name: string; readonly roles: Role[]; readonly expiresAt: Date | null },
    options: CommandOptions,
  ) {
    super(accountId, options);
  }
}

export class RevokeApiToken extends RecordCommand {
  constructor(
    accountId: string,
    readonly tokenId: string,
    options: CommandOptions,
  ) {
    super(accountId, options);
  }
}

// Every act on an account goes through the identity service, which also forgets the account's cached sessions.

@CommandHandler(RegisterAccount)
export class RegisterAccountHandler implements ICommandHandler<RegisterAccount> {
  constructor(private readonly identity: IdentityService) {}

  execute({ account, options }: RegisterAccount): Promise<CommandResult> {
    return this.identity.register(account, options);
  }
}

@CommandHandler(ChangeRoles)
export class ChangeRolesHandler implements ICommandHandler<ChangeRoles> {
  constructor(private readonly identity: IdentityService) {}

  execute({ recordId, roles, options }: ChangeRoles): Promise<CommandResult> {
    return this.identity.act(recordId, { type: 'ChangeRoles', data: { roles } }, options);
  }
}

@CommandHandler(BindOrganization)
export class BindOrganizationHandler implements ICommandHandler<BindOrganization> {
  constructor(private readonly identity: IdentityService) {}

  execute({ recordId, organizationId, options }: BindOrganization): Promise<CommandResult> {
    return this.identity.bindOrganization(recordId, organizationId, options);
  }
}

@CommandHandler(DeactivateAccount)
export class DeactivateAccountHandler implements ICommandHandler<DeactivateAccount> {
  constructor(private readonly identity: IdentityService) {}

  execute({ recordId, reason, options }: DeactivateAccount): Promise<CommandResult> {
    return this.identity.deactivate(recordId, reason, options);
  }
}

@CommandHandler(ReactivateAccount)
export class ReactivateAccountHandler implements ICommandHandler<ReactivateAccount> {
  constructor(private readonly identity: IdentityService) {}

  execute({ recordId, options }: ReactivateAccount): Promise<CommandResult> {
    return this.identity.act(recordId, { type: 'ReactivateAccount', data: {} }, options);
  }
}

@CommandHandler(ChangePassword)
export class ChangePasswordHandler implements ICommandHandler<ChangePassword> {
  constructor(private readonly identity: IdentityService) {}

  async execute({ recordId, password, current, options }: ChangePassword): Promise<CommandResult> {
    if (current && !(current.password && (await this.identity.checkPassword(recordId, current.password, current.address)))) {
      throw new AccessRefused('CURRENT_PASSWORD_REQUIRED', { ru: 'Укажите действующий пароль', en: 'Give the current password to change it' });
    }
    return this.identity.changePassword(recordId, password, current === null, options);
  }
}

@CommandHandler(IssueApiToken)
export class IssueApiTokenHandler implements ICommandHandler<IssueApiToken> {
  constructor(private readonly identity: IdentityService) {}

  execute({ recordId, token, options }: IssueApiToken): Promise<IssuedApiToken> {
    return this.identity.issueApiToken(recordId, token, options);
  }
}

@CommandHandler(RevokeApiToken)
export class RevokeApiTokenHandler implements ICommandHandler<RevokeApiToken> {
  constructor(private readonly identity: IdentityService) {}

  execute({ recordId, tokenId, options }: RevokeApiToken): Promise<CommandResult> {
    return this.identity.revokeApiToken(recordId, tokenId, options);
  }
}

/** The handlers of an account's commands, for the module that provides them. */
export const accountCommandHandlers = [
  RegisterAccountHandler,
  ChangeRolesHandler,
  BindOrganizationHandler,
  DeactivateAccountHandler,
  ReactivateAccountHandler,
  ChangePasswordHandler,
  IssueApiTokenHandler,
  RevokeApiTokenHandler,
];
