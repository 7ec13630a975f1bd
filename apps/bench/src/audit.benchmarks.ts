import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportLedger, exportLines, verifyExport, type PostgresEventStore } from '#accord/ledger';
import { type BenchContext, type BenchSuite, type Benchmark, timed } from './benchmark.js';
import { fillLedger, withStore } from './ledger.benchmarks.js';

/** The batched workload appended, signed and sealed, as an auditor's export would find it. */
async function sealedLedger(context: BenchContext): Promise<number> {
  const events = await fillLedger(context);
  await withStore(context, undefined, (store) => store.seal());
  return events;
}

async function writeExport(store: PostgresEventStore, file: string): Promise<void> {
  const out = createWriteStream(file);
  for await (const chunk of exportLedger(store.reader, { signingKey: store.signer!.key })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function inScratchFolder<T>(work: (file: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'accord-bench-'));
  try {
    return await work(join(folder, 'ledger.ndjson'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const exportFigure: Benchmark = {
  name: 'export',
  async run(context) {
    const events = await sealedLedger(context);
    return inScratchFolder(async (file) => {
      const { timing } = await withStore(context, undefined, (store) => timed(context, () => writeExport(store, file)));
      return { events, ...timing };
    });
  },
};

const offlineVerify: Benchmark = {
  name: 'offline_verify',
  async run(context) {
    const events = await sealedLedger(context);
    return inScratchFolder(async (file) => {
      const trustedKey = await withStore(context, undefined, async (store) => {
        await writeExport(store, file);
        return store.signer!.publicKey;
      });
      const { timing, value } = await timed(context, () =>
        verifyExport(exportLines(createReadStream(file)), { trustedKey }),
      );
      if (!value.intact || value.eventsChecked !== events) throw new Error(`offline_verify: the export did not verify (${JSON.stringify(value.firstBreak)})`);
      return { events, ...timing };
    });
  },
};

/** What an auditor runs: the export of a sealed ledger, and its verification with no database. */
export const auditSuite: BenchSuite = {
  migrations: [],
  tables: [],
  benchmarks: [exportFigure, offlineVerify],
};
