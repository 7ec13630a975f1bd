import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '#accord/kernel';
import { ACCORD_CONFIG, Actor, Allow, ApiAnswer, ApiError, Public, type AccordConfig, type RequestActor } from '#accord/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidCredentials, LoginRateLimited, type Session } from '../application/identity.service.js';
import { RefreshRefused } from '../application/refresh-tokens.js';
import { RefreshSession, SignIn, SignOut } from '../application/session.commands.js';
import { assertSameOrigin, BROWSER_SESSION_HEADER, clearRefreshCookie, isBrowserSession, refreshCookieOf, setRefreshCookie } from './browser-session.js';
import { LoginBody, RefreshBody } from './identity.dto.js';
import { ActorView, SessionView } from './identity.responses.js';
import { NoStore, tooManyPasswordChecks } from './token-responses.js';

/** A browser's session: like a machine client's, but its refresh token travels only in the cookie. */
type BrowserSession = Omit<Session, 'refreshToken'>;

const BROWSER_HEADER_DOC = {
  name: BROWSER_SESSION_HEADER,
  required: false,
  description: '`cookie` for a browser: the refresh token is set as an HttpOnly, SameSite=Strict cookie instead of being returned',
};

const REFRESH_TEXTS = {
  REFRESH_TOKEN_INVALID: { ru: 'Токен обновления недействителен', en: 'The refresh token is not valid' },
  REFRESH_TOKEN_EXPIRED: { ru: 'Срок действия токена обновления истёк', en: 'The refresh token has expired' },
  REFRESH_TOKEN_REVOKED: { ru: 'Сеанс завершён', en: 'The session has ended' },
  REFRESH_TOKEN_REUSED: {
    ru: 'Токен обновления использован повторно: все сеансы этого входа завершены',
    en: 'The refresh token was used twice: every session of this sign-in has been ended',
  },
} as const;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
  ) {}

  @Post('login')
  @Public()
  @NoStore()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: a short-lived access token and a refresh token (rotated on use)' })
  @ApiHeader(BROWSER_HEADER_DOC)
  @ApiOkResponse({ description: 'Signed in', type: SessionView })
  @ApiError(401, 'INVALID_CREDENTIALS: wrong e-mail or password, or the account is deactivated')
  @ApiError(429, 'RATE_LIMITED: too many failed sign-ins; Retry-After says when to try again')
  async login(@Body() body: LoginBody, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply): Promise<Session | BrowserSession> {
    try {
      return this.answer(request, response, await this.commands.execute(new SignIn(body.email, body.password, request.ip ?? null)));
    } catch (error) {
      if (error instanceof LoginRateLimited) throw tooManyPasswordChecks(error, response);
      if (error instanceof InvalidCredentials) {
        throw new UnauthorizedException({ code: error.code, text: { ru: 'Неверный адрес или пароль, либо учётная запись отключена', en: error.message } });
      }
      throw error;
    }
  }

  @Post('refresh')
  @Public()
  @NoStore()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair; reusing a spent one ends the whole sign-in',
    description: 'A browser sends no token in the body but the header `X-Accord-Session: cookie` and its cookie, from Accord’s own origin.',
  })
  @ApiHeader(BROWSER_HEADER_DOC)
  @ApiOkResponse({ description: 'A new pair', type: SessionView })
  @ApiError(401, 'REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_REVOKED or REFRESH_TOKEN_REUSED')
  @ApiForbiddenResponse({ description: 'CROSS_SITE_REFUSED: a cookie refresh without the header or from another origin' })
  async refresh(@Body() body: RefreshBody, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply): Promise<Session | BrowserSession> {
    const token = this.presentedToken(body, request);
    try {
      return this.answer(request, response, await this.commands.execute(new RefreshSession(token ?? '')));
    } catch (error) {
      if (error instanceof RefreshRefused) {
        if (body.refreshToken === undefined) clearRefreshCookie(request, response);
        throw new UnauthorizedException({ code: error.code, text: REFRESH_TEXTS[error.code] });
      }
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End the sign-in the refresh token belongs to: its access tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Signed out (also for unknown tokens)' })
  @ApiHeader(BROWSER_HEADER_DOC)
  async logout(@Body() body: RefreshBody, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply): Promise<void> {
    const token = this.presentedToken(body, request);
    if (body.refreshToken === undefined) clearRefreshCookie(request, response);
    if (token !== undefined) await this.commands.execute(new SignOut(token));
  }

  /** The token in the body (machine clients), or else the browser's cookie, from Accord's own pages only. */
  private presentedToken(body: RefreshBody, request: FastifyRequest): string | undefined {
    if (body.refreshToken !== undefined) return body.refreshToken;
    assertSameOrigin(request, this.config.corsOrigins);
    return refreshCookieOf(request);
  }

  private answer(request: FastifyRequest, response: FastifyReply, session: Session): Session | BrowserSession {
    if (!isBrowserSession(request)) return session;
    const { refreshToken, ...rest } = session;
    setRefreshCookie(request, response, refreshToken, this.config.refreshTokenTtlSeconds);
    return rest;
  }

  @Get('me')
  @Allow(...ROLES)
  @ApiOperation({ summary: 'Who the credentials belong to' })
  @ApiAnswer(ActorView)
  me(@Actor() actor: RequestActor): RequestActor {
    return actor;
  }
}
