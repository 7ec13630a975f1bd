import type { DataSource } from 'typeorm';
import { readingPointInTime } from './point-in-time.js';
import { queryReadModels } from './read-model-statements.js';

/** How many answers are kept; the oldest used goes first. */
const KEPT_ANSWERS = 32;

/**
 * Answers of a read-model query, kept as the text sent to the client under the checkpoints of the
 * projections the query reads. A projection's tables change only in the transaction that moves its
 * checkpoint (and a rebuild gives identical tables at the same checkpoint), so while those
 * checkpoints stand the kept text is the answer the query would give again; asking costs one read
 * of the checkpoints instead of the query, its rows and their serialization. A point-in-time read
 * reads other tables under the same checkpoints: it is never kept nor answered from what is kept.
 */
export class ReadModelAnswers {
  private readonly answers = new Map<string, { readonly checkpoints: string; readonly text: string }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: readonly string[],
  ) {}

  /** The answer to the query `key` names: kept, or `compute`d and kept. */
  async answer(key: string, compute: () => Promise<string>): Promise<string> {
    if (readingPointInTime()) return compute();
    const checkpoints = await this.checkpoints();
    const kept = this.answers.get(key);
    this.answers.delete(key);
    // Read after the checkpoints, the text is at least as recent as they are: kept under them, it is never older than a later reader's checkpoints.
    const text = kept?.checkpoints === checkpoints ? kept.text : await compute();
    this.answers.set(key, { checkpoints, text });
    if (this.answers.size > KEPT_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    return text;
  }

  private async checkpoints(): Promise<string> {
    const [row] = await queryReadModels<{ checkpoints: string | null }>(
      this.dataSource,
      `SELECT string_agg(projection || ' ' || commit_position || '-' || sequence_position, ',' ORDER BY projection) AS checkpoints
         FROM projection_checkpoints WHERE projection = ANY($1)`,
      [this.projections],
    );
    return row.checkpoints ?? '';
  }
}
