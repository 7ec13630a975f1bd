import type { INestApplicationContext } from '@nestjs/common';

export interface CliIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/** Exit codes: 0 done, 1 the check or the work failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One `accord <name>` command. It runs on the same composition as the server, without live projections. */
export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run?(app: INestApplicationContext, args: readonly string[], io: CliIo): Promise<number>;
  /** When true for these arguments, the command runs without the platform (no database, no server): `runOffline`. */
  offline?(args: readonly string[]): boolean;
  runOffline?(args: readonly string[], io: CliIo): Promise<number>;
}
