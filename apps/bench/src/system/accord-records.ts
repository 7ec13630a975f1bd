import { AssociationCalendar } from '#accord/kernel';
import { formatPosition, laterPosition, parsePosition } from '#accord/ledger';
import { forEachConcurrently } from '../benchmark.js';
import type { HttpAnswer, HttpClient } from './http-client.js';

// The records of the system figures, made the way users make them: through the API's commands.

const IN_FLIGHT = 16;
const ASSEMBLY_DECISION = { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания № 3, п. 2', date: '2026-06-30' };
const weighted = (digits: string, weights: readonly number[]) => weights.reduce((sum, weight, index) => sum + Number(digits[index]) * weight, 0);

/** The n-th fictional Russian member's OGRN and INN, with correct check digits: distinct for every n below 10⁷. */
function russianIdentifier(serial: number): { ogrn: string; inn: string } {
  const digits = String(serial).padStart(7, '0');
  const ogrn = `12677${digits}`;
  const inn = `77${digits}`;
  return {
    ogrn: ogrn + (BigInt(ogrn) % 11n % 10n).toString(),
    inn: inn + String((weighted(inn, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10),
  };
}

function applicationBody(serial: number) {
  return {
    name: { ru: `ООО «Кадровое агентство № ${serial}»`, en: `Staffing Agency No. ${serial} LLC` },
    country: 'RU',
    legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
    nationalIdentifier: { scheme: 'RU_OGRN_INN', values: russianIdentifier(serial) },
    category: 'staffing_agency',
    contacts: { email: `office${serial}@kadry.example.ru`, phone: null, address: null },
    representatives: [{ name: { ru: 'Мария Соколова', en: 'Maria Sokolova' }, position: { ru: 'генеральный директор', en: 'chief executive' }, email: `m${serial}@kadry.example.ru` }],
  };
}

const appealBody = (addresseeId: string, serial: number) => ({
  addresseeId,
  subject: { ru: `Об актуализации профессионального стандарта (${serial})`, en: `On updating the professional standard (${serial})` },
  text: {
    ru: 'Объединение просит рассмотреть предложения по актуализации профессионального стандарта «Специалист в сфере трудовой миграции».',
    en: 'The Association asks you to consider its proposals to update the professional standard “Specialist in labour migration”.',
  },
  attachments: [{ name: 'Предложения.pdf', sha256: 'ab'.repeat(32) }],
});

const MAX_DISPATCH_ATTEMPTS = 50;
const SIGNATURE = { signatory: { name: 'Иванова Мария Петровна', position: { ru: 'Председатель Совета', en: 'Chair of the Council' } } };
// Today as the server has it (the Association's day), so a dispatch never precedes the signature of that day.
const dispatchedOn = () => new AssociationCalendar().today();

/** The later of two positions as the API answers them (`<commit>-<sequence>`). */
function laterOf(a: string, b: string): string {
  const [first, second] = [a, b].map((text) => parsePosition(text) ?? badPosition(text));
  return formatPosition(laterPosition(first, second));
}

function badPosition(text: string): never {
  throw new Error(`the API answered a position that is not one: ${text}`);
}

/** The secretariat's records in one Accord: members, resolutions, ballots, appeals. */
export class AccordRecords {
  readonly members: string[] = [];
  readonly appeals: string[] = [];
  dispatched = 0;
  /** Dispatches sent again after losing the race for the register's next number. */
  dispatchConflicts = 0;
  /** Commands answered, dispatches included. */
  commands = 0;
  /** The ledger position of the latest command answered. */
  position: string | undefined;
  private serial = 0;
  private addresseeId: string | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly secretariat: string,
  ) {}

  /** Registers and admits full members until there are `count`, and waits until the register read model holds them. */
  async growMembers(count: number): Promise<void> {
    const missing = Math.max(0, count - this.members.length);
    await forEachConcurrently(missing, IN_FLIGHT, async () => {
      this.serial += 1;
      const { id } = await this.command('/api/v1/members', this.secretariat, applicationBody(this.serial));
      await this.command(`/api/v1/members/${id}/admission`, this.secretariat, { membership: 'full', decision: ASSEMBLY_DECISION });
      this.members.push(id);
    });
    await this.caughtUp('/api/v1/members?limit=1');
  }

  /** Drafts a resolution of the general assembly and opens its vote: the electorate is every full member now. */
  async openResolution(): Promise<string> {
    const { id } = await this.command('/api/v1/resolutions', this.secretariat, {
      title: { ru: 'О программе стажировок', en: 'On the internship programme' },
      text: { ru: 'Утвердить программу стажировок на 2027 год.', en: 'To approve the internship programme for 2027.' },
      body: { kind: 'general_assembly' },
      rule: 'simple_majority',
    });
    await this.command(`/api/v1/resolutions/${id}/voting`, this.secretariat, {
      closesAt: new Date(Date.now() + 6 * 3_600_000).toISOString(),
      venue: { kind: 'online', url: 'https://vote.accord.example/assembly' },
      countedBy: [{ ru: 'Секретарь собрания И. И. Иванова', en: 'I. I. Ivanova, secretary of the meeting' }],
    });
    return id;
  }

  /** Every member votes once on the resolution; resolves when the tally counts every ballot. */
  async everyMemberVotes(resolutionId: string, representativeToken: (organizationId: string) => string): Promise<void> {
    await forEachConcurrently(this.members.length, IN_FLIGHT, async (index) => {
      const organizationId = this.members[index];
      const choice = ['for', 'against', 'abstain'][index % 3];
      await this.command(`/api/v1/resolutions/${resolutionId}/ballots`, representativeToken(organizationId), { choice });
    });
    await this.caughtUp(`/api/v1/resolutions/${resolutionId}/tally`);
  }

  /** Drafts appeals until there are `count`. */
  async growAppeals(count: number): Promise<void> {
    const addresseeId = await this.addressee();
    const missing = Math.max(0, count - this.appeals.length);
    await forEachConcurrently(missing, IN_FLIGHT, async () => {
      this.serial += 1;
      this.appeals.push((await this.command('/api/v1/appeals', this.secretariat, appealBody(addresseeId, this.serial))).id);
    });
  }

  /** `count` new appeals, approved and signed: ready to be dispatched. */
  async signedAppeals(count: number): Promise<string[]> {
    const addresseeId = await this.addressee();
    const ids: string[] = [];
    await forEachConcurrently(count, IN_FLIGHT, async () => {
      this.serial += 1;
      const { id } = await this.command('/api/v1/appeals', this.secretariat, appealBody(addresseeId, this.serial));
      await this.command(`/api/v1/appeals/${id}/approval`, this.secretariat);
      await this.command(`/api/v1/appeals/${id}/signature`, this.secretariat, SIGNATURE);
      this.appeals.push(id);
      ids.push(id);
    });
    return ids;
  }

  /**
   * Dispatches a signed appeal. Concurrent dispatches race for the next number of the same year's
   * register: one that loses gets 409 CONCURRENCY_CONFLICT and, as a client would, sends again.
   * The answer's time runs from the first attempt.
   */
  async dispatch(appealId: string): Promise<HttpAnswer> {
    const start = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      const answer = await this.http.post(`/api/v1/appeals/${appealId}/dispatch`, this.secretariat, { dispatchedOn: dispatchedOn(), channel: 'official_portal' });
      const conflict = answer.status === 409 && (answer.body as { code?: string }).code === 'CONCURRENCY_CONFLICT';
      if (conflict && attempt < MAX_DISPATCH_ATTEMPTS) {
        this.dispatchConflicts += 1;
        continue;
      }
      if (answer.status === 201) {
        this.dispatched += 1;
        this.answered((answer.body as { position: string }).position);
      }
      return { ...answer, milliseconds: performance.now() - start };
    }
  }

  /** Dispatches appeals until `count` went out this year. */
  async growDispatched(count: number, concurrency: number): Promise<void> {
    const ids = await this.signedAppeals(Math.max(0, count - this.dispatched));
    await forEachConcurrently(ids.length, concurrency, async (index) => {
      const answer = await this.dispatch(ids[index]);
      if (answer.status !== 201) throw new Error(`dispatch answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    });
  }

  private async command(path: string, token: string, body: object = {}): Promise<{ id: string; position: string }> {
    const answer = await this.http.created(path, token, body);
    this.answered(answer.position);
    return answer;
  }

  private answered(position: string): void {
    this.commands += 1;
    this.position = this.position === undefined ? position : laterOf(this.position, position);
  }

  private async addressee(): Promise<string> {
    this.addresseeId ??= (
      await this.command('/api/v1/addressees', this.secretariat, {
        name: { ru: 'Министерство труда и социальной защиты Российской Федерации', en: 'Ministry of Labour and Social Protection of the Russian Federation' },
        country: 'RU',
        kind: 'ministry',
      })
    ).id;
    return this.addresseeId;
  }

  /**
   * Waits until the read models behind `path` have applied the latest command, however long a
   * loaded machine takes (one wait is bounded by the server's READ_WAIT_MS), and answers the read.
   */
  async caughtUp(path: string): Promise<unknown> {
    if (this.position === undefined) return this.http.ok(path, this.secretariat);
    for (;;) {
      const answer = await this.http.get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${this.position}`, this.secretariat);
      if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
      if (answer.headers['stale-read'] !== 'true') return answer.body;
    }
  }
}

