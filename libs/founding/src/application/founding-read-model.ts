import { Inject, Injectable } from '@nestjs/common';
import { RecordNotFound } from '#accord/eventsourcing';
import { DataSource } from 'typeorm';
import { FOUNDING_PROCESS_ID } from '../domain/founding.decide.js';
import type { FoundingRules } from '../domain/founding.rules.js';
import { FOUNDING_RULES } from './founding.tokens.js';
import { foundingView, type AdmissionFailure, type FoundingView } from './founding-view.js';
import { CharterDraftRow, FoundingProcessRow } from './founding.projection.js';

export interface CharterDraftText {
  readonly number: number;
  readonly sha256: string;
  readonly recordedAt: string;
  readonly content: string;
}

interface FailureRow {
  letter_id: string;
  member_id: string;
  code: string;
  message: AdmissionFailure['message'];
  details: unknown;
  failed_at: Date;
}

/** Reads the founding from its read model; other contexts may use it through `#accord/founding`. */
@Injectable()
export class FoundingReadModel {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FOUNDING_RULES) private readonly rules: FoundingRules,
  ) {}

  async view(): Promise<FoundingView> {
    const row = await this.dataSource.getRepository(FoundingProcessRow).findOneBy({ id: FOUNDING_PROCESS_ID });
    return foundingView(row, this.rules, row?.record.establishment ? await this.admissionFailures() : []);
  }

  async charterDraft(number: number): Promise<CharterDraftText> {
    const row = await this.dataSource.getRepository(CharterDraftRow).findOneBy({ number });
    if (!row) throw new RecordNotFound('charter draft', String(number));
    return { number: row.number, sha256: row.sha256, recordedAt: row.recordedAt.toISOString(), content: row.content };
  }

  private async admissionFailures(): Promise<AdmissionFailure[]> {
    const rows: FailureRow[] = await this.dataSource.query(
      'SELECT letter_id, member_id, code, message, details, failed_at FROM founding.founder_admission_failures ORDER BY letter_id',
    );
    return rows.map((row) => ({
      letterId: row.letter_id,
      memberId: row.member_id,
      code: row.code,
      message: row.message,
      details: row.details,
      failedAt: row.failed_at.toISOString(),
    }));
  }
}
