import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandResult } from '#accord/eventsourcing';
import { ROLES, type Role } from '#accord/kernel';
import {
  AccessRefused,
  Actor,
  Allow,
  ApiAnswer,
  ApiPage,
  CommandBody,
  commandOptions,
  CommandResponse,
  ReadQuery,
  ReadsFrom,
  type RequestActor,
} from '#accord/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountQueries } from '../application/account-queries.js';
import {
  BindOrganization,
  ChangePassword,
  ChangeRoles,
  DeactivateAccount,
  IssueApiToken,
  ReactivateAccount,
  RegisterAccount,
  RevokeApiToken,
  type IssuedApiToken,
} from '../application/account.commands.js';
import { ApiTokens } from '../application/api-tokens.js';
import { LoginRateLimited } from '../application/login-throttle.js';
import { AccountsQuery, ChangeOrganizationBody, ChangeRolesBody, CreateAccountBody, DeactivationBody, IssueApiTokenBody, PasswordBody } from './identity.dto.js';
import { AccountView, ApiTokenView, IssuedApiTokenView } from './identity.responses.js';
import { NoStore, tooManyPasswordChecks } from './token-responses.js';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly apiTokens: ApiTokens,
    private readonly accounts: AccountQueries,
  ) {}

  @Post()
  @Allow('admin')
  @ApiOperation({ summary: 'Create an account (administrators)' })
  @ApiCreatedResponse({ type: CommandResponse })
  create(@Body() body: CreateAccountBody): Promise<CommandResult> {
    const { name, email, password, roles } = body;
    return this.commands.execute(new RegisterAccount({ name, email, password, roles, organizationId: body.organizationId ?? null }, commandOptions(body)));
  }

  @Get()
  @Allow('admin', 'auditor')
  @ReadsFrom('accounts')
  @ApiOperation({ summary: 'List accounts, filtered by role, status or a part of the name or e-mail' })
  @ApiPage(AccountView)
  list(@Query() query: AccountsQuery) {
    return this.accounts.list({ role: query.role, status: query.status, q: query.q }, { limit: query.limit, cursor: query.cursor });
  }

  @Get(':id')
  @Allow(...ROLES)
  @ReadsFrom('accounts')
  @ApiOperation({ summary: 'One account: administrators and auditors see any, everyone else only their own' })
  @ApiAnswer(AccountView)
  get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: RequestActor, @Query() _query: ReadQuery) {
    this.requireSelfOr(actor, id, ['admin', 'auditor']);
    return this.accounts.account(id);
  }

  @Post(':id/roles')
  @Allow('admin')
  @ApiOperation({ summary: 'Replace the roles of an account: its sessions end at once (it signs in again)' })
  @ApiCreatedResponse({ type: CommandResponse })
  changeRoles(@Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeRolesBody): Promise<CommandResult> {
    return this.commands.execute(new ChangeRoles(id, body.roles, commandOptions(body)));
  }

  @Post(':id/organization')
  @Allow('admin')
  @ApiOperation({
    summary:
      'Bind a representative to the member organization it acts for (null unbinds): only an admitted (or suspended) member ' +
      'of the register, recorded with the state of its record; 422 ORGANIZATION_NOT_A_MEMBER otherwise; its sessions end at once',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  changeOrganization(@Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeOrganizationBody): Promise<CommandResult> {
    return this.commands.execute(new BindOrganization(id, body.organizationId, commandOptions(body)));
  }

  @Post(':id/deactivation')
  @Allow('admin')
  @ApiOperation({ summary: 'Deactivate an account: its sessions and API tokens end at once' })
  @ApiCreatedResponse({ type: CommandResponse })
  deactivate(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeactivationBody): Promise<CommandResult> {
    return this.commands.execute(new DeactivateAccount(id, body.reason, commandOptions(body)));
  }

  @Post(':id/reactivation')
  @Allow('admin')
  @ApiOperation({ summary: 'Reactivate an account (API tokens revoked at deactivation stay revoked)' })
  @ApiCreatedResponse({ type: CommandResponse })
  reactivate(@Param('id', ParseUUIDPipe) id: string, @Body() body: CommandBody): Promise<CommandResult> {
    return this.commands.execute(new ReactivateAccount(id, commandOptions(body)));
  }

  @Post(':id/password')
  @Allow(...ROLES)
  @ApiOperation({
    summary: 'Change one’s own password (with the current one, throttled like sign-in), or reset another’s (administrators); every session of the account ends',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  async changePassword(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PasswordBody,
    @Actor() actor: RequestActor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<CommandResult> {
    this.requireSelfOr(actor, id, ['admin']);
    const current = actor.accountId === id ? { password: body.currentPassword, address: request.ip ?? null } : null;
    try {
      return await this.commands.execute(new ChangePassword(id, body.password, current, commandOptions(body)));
    } catch (error) {
      if (error instanceof LoginRateLimited) throw tooManyPasswordChecks(error, response);
      throw error;
    }
  }

  @Post(':id/api-tokens')
  @Allow('admin')
  @NoStore()
  @ApiOperation({ summary: 'Issue an API token for a machine client; the token is shown in this answer only' })
  @ApiCreatedResponse({ description: 'The command answer with the token, shown this once', type: IssuedApiTokenView })
  issueApiToken(@Param('id', ParseUUIDPipe) id: string, @Body() body: IssueApiTokenBody): Promise<IssuedApiToken> {
    const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
    return this.commands.execute(new IssueApiToken(id, { name: body.name, roles: body.roles, expiresAt }, commandOptions(body)));
  }

  @Get(':id/api-tokens')
  @Allow('admin', 'auditor')
  @ApiOperation({ summary: 'The API tokens of an account, without their secrets' })
  @ApiPage(ApiTokenView)
  async listApiTokens(@Param('id', ParseUUIDPipe) id: string) {
    return { items: await this.apiTokens.list(id), nextCursor: null };
  }

  @Post(':id/api-tokens/:tokenId/revocation')
  @Allow('admin')
  @ApiOperation({ summary: 'Revoke an API token: it stops working at once' })
  @ApiCreatedResponse({ type: CommandResponse })
  revokeApiToken(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('tokenId', ParseUUIDPipe) tokenId: string,
    @Body() body: CommandBody,
  ): Promise<CommandResult> {
    return this.commands.execute(new RevokeApiToken(id, tokenId, commandOptions(body)));
  }

  private requireSelfOr(actor: RequestActor, accountId: string, roles: readonly Role[]): void {
    if (actor.accountId === accountId || actor.roles.some((role) => roles.includes(role))) return;
    throw new AccessRefused('OWN_ACCOUNT_ONLY', { ru: 'Доступно только для своей учётной записи', en: 'Only your own account' });
  }
}
