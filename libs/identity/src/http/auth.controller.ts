import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '#accord/kernel';
import { Actor, Allow, ApiAnswer, ApiError, Public, type RequestActor } from '#accord/platform';
import type { Request, Response } from 'express';
import { IdentityService, InvalidCredentials, LoginRateLimited, type Session } from '../application/identity.service.js';
import { RefreshRefused } from '../application/refresh-tokens.js';
import { LoginBody, RefreshBody } from './identity.dto.js';
import { ActorView, SessionView } from './identity.responses.js';
import { NoStore, tooManyPasswordChecks } from './token-responses.js';

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
  constructor(private readonly identity: IdentityService) {}

  @Post('login')
  @Public()
  @NoStore()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: a short-lived access token and a refresh token (rotated on use)' })
  @ApiOkResponse({ description: 'Signed in', type: SessionView })
  @ApiError(401, 'INVALID_CREDENTIALS: wrong e-mail or password, or the account is deactivated')
  @ApiError(429, 'RATE_LIMITED: too many failed sign-ins; Retry-After says when to try again')
  async login(@Body() body: LoginBody, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<Session> {
    try {
      return await this.identity.login(body.email, body.password, request.ip ?? null);
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
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; reusing a spent one ends the whole sign-in' })
  @ApiOkResponse({ description: 'A new pair', type: SessionView })
  @ApiError(401, 'REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_REVOKED or REFRESH_TOKEN_REUSED')
  async refresh(@Body() body: RefreshBody): Promise<Session> {
    try {
      return await this.identity.refresh(body.refreshToken);
    } catch (error) {
      if (error instanceof RefreshRefused) throw new UnauthorizedException({ code: error.code, text: REFRESH_TEXTS[error.code] });
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End the sign-in the refresh token belongs to: its access tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Signed out (also for unknown tokens)' })
  async logout(@Body() body: RefreshBody): Promise<void> {
    await this.identity.logout(body.refreshToken);
  }

  @Get('me')
  @Allow(...ROLES)
  @ApiOperation({ summary: 'Who the credentials belong to' })
  @ApiAnswer(ActorView)
  me(@Actor() actor: RequestActor): RequestActor {
    return actor;
  }
}
