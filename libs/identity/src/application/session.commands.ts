import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IdentityService, type Session } from './identity.service.js';

// A session is not a record of the ledger: these commands name no record, and sign-in and refresh answer with the session.

export class SignIn extends Command<Session> {
  constructor(
    readonly email: string,
    readonly password: string,
    /** The caller's address, which failed sign-ins are throttled by. */
    readonly address: string | null,
  ) {
    super();
  }
}

export class RefreshSession extends Command<Session> {
  constructor(readonly refreshToken: string) {
    super();
  }
}

export class SignOut extends Command<void> {
  constructor(readonly refreshToken: string) {
    super();
  }
}

@CommandHandler(SignIn)
export class SignInHandler implements ICommandHandler<SignIn> {
  constructor(private readonly identity: IdentityService) {}

  execute({ email, password, address }: SignIn): Promise<Session> {
    return this.identity.login(email, password, address);
  }
}

@CommandHandler(RefreshSession)
export class RefreshSessionHandler implements ICommandHandler<RefreshSession> {
  constructor(private readonly identity: IdentityService) {}

  execute({ refreshToken }: RefreshSession): Promise<Session> {
    return this.identity.refresh(refreshToken);
  }
}

@CommandHandler(SignOut)
export class SignOutHandler implements ICommandHandler<SignOut> {
  constructor(private readonly identity: IdentityService) {}

  execute({ refreshToken }: SignOut): Promise<void> {
    return this.identity.logout(refreshToken);
  }
}

/** The handlers of a session's commands, for the module that provides them. */
export const sessionCommandHandlers = [SignInHandler, RefreshSessionHandler, SignOutHandler];
