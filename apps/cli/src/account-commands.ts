import { CommandBus } from '@nestjs/cqrs';
import { createInterface } from 'node:readline/promises';
import { userInfo } from 'node:os';
import { runAsSystem } from '#accord/eventsourcing';
import { CredentialStore, RegisterAccount } from '#accord/identity';
import { seedDemo } from '#accord/composition';
import { EXIT, UsageError, type CliCommand, type CliIo } from './cli-command.js';

const MIN_PASSWORD_LENGTH = 12;

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The password from a prompt that does not echo, or from the first line of piped input. */
async function readPassword(io: CliIo): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) return line;
    return '';
  }
  const prompt = createInterface({ input, output: io.stderr, terminal: true });
  const muted = prompt as unknown as { _writeToOutput: (text: string) => void };
  const ask = async (question: string) => {
    io.stderr.write(question);
    muted._writeToOutput = () => undefined;
    const answer = await prompt.question('');
    io.stderr.write('\n');
    return answer;
  };
  try {
    const password = await ask('Password: ');
    if ((await ask('Repeat it: ')) !== password) throw new UsageError('The two passwords differ');
    return password;
  } finally {
    prompt.close();
  }
}

export const adminCreateCommand: CliCommand = {
  name: 'admin',
  usage: 'accord admin create --email EMAIL [--name NAME]   (password from a prompt or standard input)',
  summary: 'create an administrator account',
  async run(app, args, io) {
    const email = option(args, 'email');
    if (args[0] !== 'create' || !email) throw new UsageError('Say: accord admin create --email EMAIL [--name NAME]');
    const password = await readPassword(io);
    if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    const name = option(args, 'name') ?? 'Administrator';
    if (await app.get(CredentialStore).byEmail(email)) {
      io.stderr.write(`An account with e-mail ${email} already exists.\n`);
      return EXIT.failed;
    }
    const result = await runAsSystem(`cli:${userInfo().username}`, () =>
      app.get(CommandBus).execute(new RegisterAccount({ name, email, password, roles: ['admin'], organizationId: null }, {})),
    );
    io.stdout.write(`Administrator ${email} created (account ${result.id}).\n`);
    return EXIT.ok;
  },
};

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'accord seed-demo',
  summary: 'record the demo story and one demo account per role (public passwords: never in production)',
  async run(app, _args, io) {
    const lines = await seedDemo(app);
    io.stdout.write(lines.length === 0 ? 'The demo data is already there.\n' : `Recorded:\n${lines.map((line) => `  ${line}\n`).join('')}`);
    return EXIT.ok;
  },
};
