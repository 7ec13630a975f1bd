import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { readingPointInTime } from './point-in-time.js';
import { queryReadModels } from './read-model-statements.js';

/** How much text is kept, in characters (a page of 50 appeals is about 80,000); the answer used least recently goes first. */
const KEPT_CHARACTERS = 2_000_000;

/** The JSON text of an answer and its entity tag, in the form Express gives one (`W/"<bytes>-<SHA-1>"`). */
export interface TextAnswer {
  readonly text: string;
  readonly entityTag: string;
}

/**
 * Answers of a read-model query, kept as the text sent to the client under the checkpoints of the
 * projections the query reads. A projection's tables change only in the transaction that moves its
 * checkpoint (and a rebuild gives identical tables at the same checkpoint), so while those
 * checkpoints stand the kept text is the answer the query would give again; asking costs one read
 * of the checkpoints instead of the query, its rows and their serialization. A point-in-time read
 * reads other tables under the same checkpoints: it is never kept nor answered from what is kept.
 */
export class ReadModelAnswers {
  private readonly answers = new Map<string, { readonly checkpoints: string; readonly answer: TextAnswer }>();
  private characters = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: readonly string[],
  ) {}

  /**
   * The answer to the query `key` names: kept, or `compute`d and kept. Its entity tag is computed
   * with the text, once: hashing a page of 80 kB again for every request cost more than reading it.
   */
  async answer(key: string, compute: () => Promise<string>): Promise<TextAnswer> {
    if (readingPointInTime()) return tagged(await compute());
    const checkpoints = await this.checkpoints();
    const kept = this.answers.get(key);
    // Read after the checkpoints, the text is at least as recent as they are: kept under them, it is never older than a later reader's checkpoints.
    const answer = kept?.checkpoints === checkpoints ? kept.answer : tagged(await compute());
    this.forget(key);
    if (answer.text.length <= KEPT_CHARACTERS) {
      this.answers.set(key, { checkpoints, answer });
      this.characters += answer.text.length;
      while (this.characters > KEPT_CHARACTERS) this.forget(this.answers.keys().next().value!);
    }
    return answer;
  }

  private forget(key: string): void {
    const kept = this.answers.get(key);
    if (!kept) return;
    this.answers.delete(key);
    this.characters -= kept.answer.text.length;
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

function tagged(text: string): TextAnswer {
  const digest = createHash('sha1').update(text, 'utf8').digest('base64').substring(0, 27);
  return { text, entityTag: `W/"${Buffer.byteLength(text, 'utf8').toString(16)}-${digest}"` };
}
