import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, Sse, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AssociationCalendar } from '#accord/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { Allow, ApiPage, JsonText, READERS, ReadsFrom, taggedAnswer } from '#accord/platform';
import { AppealRecords } from '../application/appeal-records.js';
import { AppealsDashboards, type AppealsDashboard } from '../application/appeals-dashboard.js';
import { CorrespondenceJournal, journalCsv } from '../application/correspondence-journal.js';
import { AppealsQuery, AsOfQuery, DashboardQuery, JournalQuery, JournalYearQuery } from './appeal-queries.dto.js';
import { AppealListItem, AppealView, AppealsDashboardView, JournalEntryView } from './appeals.responses.js';

const APPEAL_ID = '3f1b6c2e-8d4a-4e5f-9a7b-1c2d3e4f5a6b';
const MVD = { id: '5d2c9a1e-4b3f-4c6d-8e7f-9a0b1c2d3e4f', name: { ru: 'Министерство внутренних дел Российской Федерации', en: 'Ministry of Internal Affairs of Russia' }, country: 'RU' };

const APPEAL_EXAMPLE = {
  id: APPEAL_ID,
  stage: 'registered',
  stageTitle: { ru: 'Зарегистрировано адресатом', en: 'Registered by the addressee' },
  status: 'due_soon',
  statusTitle: { ru: 'Срок истекает', en: 'Due soon' },
  subject: { ru: 'Об организованном наборе трудящихся-мигрантов', en: 'On the organized recruitment of migrant workers' },
  addressee: MVD,
  holder: MVD,
  resolutionId: null,
  followUpOf: null,
  followUpIds: [],
  outgoingNumber: '2026-0014',
  dispatchedOn: '2026-04-17',
  channel: 'official_portal',
  channelTitle: { ru: 'Официальный портал', en: 'Official portal' },
  registeredOn: '2026-04-20',
  incomingNumber: '3/226104512345',
  forwardedCount: 0,
  lastForwardedOn: null,
  answeredOn: null,
  outcome: null,
  outcomeTitle: null,
  answerReference: null,
  closed: false,
  deadlines: {
    policyId: 'RU-59FZ',
    registrationDueOn: '2026-04-20',
    periodStartsOn: '2026-04-20',
    dueOn: '2026-05-20',
    dueOnBasis: 'statute',
    isEstimate: false,
    estimateReasons: [],
    dueSoonFrom: '2026-05-13',
    veryOverdueFrom: '2026-06-20',
    answeredLate: null,
    closedUnanswered: false,
  },
  version: 5,
  createdAt: '2026-04-10T08:15:00.000Z',
  updatedAt: '2026-04-21T10:02:00.000Z',
};

const FIGURES_EXAMPLE = { open: 3, overdue: 1, answered: 4, answeredLate: 1, medianDaysToAnswer: 27.5, answeredLateRate: 0.25 };

const JOURNAL_EXAMPLE = {
  appealId: APPEAL_ID,
  outgoingNumber: '2026-0014',
  dispatchedOn: '2026-04-17',
  addressee: MVD,
  subject: APPEAL_EXAMPLE.subject,
  channel: 'official_portal',
  channelTitle: APPEAL_EXAMPLE.channelTitle,
  signedBy: 'Иванова А. П.',
  registeredOn: '2026-04-20',
  incomingNumber: '3/226104512345',
  dueOn: '2026-05-20',
  dueOnIsEstimate: false,
  answeredOn: null,
  outcome: null,
  outcomeTitle: null,
};

@ApiTags('appeals')
@Controller('appeals')
export class AppealQueriesController {
  constructor(
    private readonly records: AppealRecords,
    private readonly journal: CorrespondenceJournal,
    private readonly calendar: AssociationCalendar,
  ) {}

  @Get()
  @Allow(...READERS)
  @ReadsFrom('appeals', 'addressees')
  @ApiOperation({
    summary: 'Appeals in the order they were drafted, with their stage, deadlines and status on a day; filters by stage, status, addressee, country, due date, year and subject',
    description:
      'Example: `GET /api/v1/appeals?status=overdue&country=RU&asOf=2026-05-25` — the appeals held by Russian bodies that were overdue on 25 May 2026. ' +
      '`addresseeId` finds appeals addressed to a body or forwarded to it; `country` is that of the body now holding the appeal.',
  })
  @ApiPage(AppealListItem, 'A page of appeals', APPEAL_EXAMPLE)
  @JsonText()
  async list(@Query() query: AppealsQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const { limit, cursor, asOf = this.calendar.today(), ...filter } = query;
    return taggedAnswer(request, response, await this.records.list(filter, asOf, { limit, cursor }));
  }

  @Get('journal')
  @Allow(...READERS)
  @ReadsFrom('appeals', 'addressees')
  @ApiOperation({
    summary: 'The journal of outgoing correspondence: the appeals dispatched in a year, in outgoing-number order',
    description: 'Example: `GET /api/v1/appeals/journal?year=2026&limit=100`. The registration and due date are those of the body holding the appeal now.',
  })
  @ApiPage(JournalEntryView, 'A page of the journal', JOURNAL_EXAMPLE)
  journalPage(@Query() query: JournalQuery) {
    return this.journal.page(query.year, query.limit, query.cursor);
  }

  @Get('journal.csv')
  @Allow(...READERS)
  @ReadsFrom('appeals', 'addressees')
  @ApiOperation({
    summary: 'The journal of a year as a CSV file (RFC 4180, UTF-8 with a byte order mark, Russian headers with English in parentheses)',
    description: 'Example: `GET /api/v1/appeals/journal.csv?year=2026` downloads `journal-2026.csv`.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The CSV file',
    schema: {
      type: 'string',
      example:
        'Исходящий номер (Outgoing number),Дата отправки (Dispatched on),Адресат (Addressee),Тема (Subject),Способ отправки (Channel),Подписал (Signed by),' +
        'Дата регистрации адресатом (Registered on),Входящий номер (Incoming number),Срок ответа (Due on),Срок расчётный (Due date estimated),' +
        'Дата ответа (Answered on),Результат (Outcome)\r\n' +
        '2026-0014,2026-04-17,Министерство внутренних дел Российской Федерации,Об организованном наборе трудящихся-мигрантов,Официальный портал,' +
        'Иванова А. П.,2026-04-20,3/226104512345,2026-05-20,,,\r\n',
    },
  })
  async journalFile(@Query() query: JournalYearQuery): Promise<StreamableFile> {
    const csv = journalCsv(await this.journal.year(query.year));
    return new StreamableFile(Buffer.from(csv, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="journal-${query.year}.csv"`,
    });
  }

  @Get(':id')
  @Allow(...READERS)
  @ReadsFrom('appeals', 'addressees')
  @ApiOperation({
    summary: 'One appeal: its particulars, deadlines and status on a day, the signatory, reminders and every event of its timeline with who recorded it and why',
    description: `Example: \`GET /api/v1/appeals/${APPEAL_ID}?asOf=2026-05-25\`.`,
  })
  @ApiOkResponse({
    description: 'The appeal',
    type: AppealView,
    example: {
      ...APPEAL_EXAMPLE,
      signatory: { name: 'Иванова А. П.', position: { ru: 'Председатель', en: 'Chair' } },
      reminders: [],
      timeline: [
        {
          version: 1,
          eventId: '8a7b6c5d-4e3f-4a1b-9c2d-3e4f5a6b7c8d',
          type: 'AppealDrafted',
          recordedAt: '2026-04-10T08:15:00.000Z',
          actorId: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
          onBehalfOf: null,
          correlationId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
          causationId: null,
          position: '18342-977',
          data: { addresseeId: MVD.id, subject: APPEAL_EXAMPLE.subject, followUpOf: null },
        },
      ],
    },
  })
  get(@Param('id', ParseUUIDPipe) id: string, @Query() query: AsOfQuery) {
    return this.records.record(id, query.asOf ?? this.calendar.today());
  }
}

@ApiTags('dashboards')
@Controller('dashboards')
export class AppealsDashboardController {
  constructor(
    private readonly dashboards: AppealsDashboards,
    private readonly calendar: AssociationCalendar,
  ) {}

  @Get('appeals')
  @Allow(...READERS)
  @ReadsFrom('appeals', 'addressees')
  @ApiOperation({
    summary: "The secretariat's dashboard of appeals on a day: counts by status and stage, what is overdue and due soon, and how each body and country answers",
    description:
      'Example: `GET /api/v1/dashboards/appeals?asOf=2026-05-25&top=10`. `asOf` places every deadline against that day; the records are as they stand now. ' +
      'The median days to answer counts from dispatch to answer (the mean of the two middle values for an even count); the late rate is answered late ÷ answered, ' +
      'null when nothing was answered.',
  })
  @ApiOkResponse({
    description: 'The dashboard',
    type: AppealsDashboardView,
    example: {
      asOf: '2026-05-25',
      total: 12,
      byStatus: [{ status: 'overdue', title: { ru: 'Срок ответа пропущен', en: 'Overdue' }, count: 1 }],
      byStage: [{ stage: 'registered', title: { ru: 'Зарегистрировано адресатом', en: 'Registered by the addressee' }, count: 3 }],
      overdue: [],
      dueSoon: [APPEAL_EXAMPLE],
      byAddressee: [{ addressee: MVD, ...FIGURES_EXAMPLE }],
      byCountry: [{ country: 'RU', ...FIGURES_EXAMPLE }],
    },
  })
  appeals(@Query() query: DashboardQuery) {
    return this.dashboards.on(query.asOf ?? this.calendar.today(), query.top);
  }

  @Sse('appeals/stream')
  @Allow(...READERS)
  @ReadsFrom('appeals', 'addressees')
  @ApiOperation({
    summary: "The secretariat's dashboard of appeals as server-sent events: sent at once, then again whenever an appeal or an addressee changes it",
    description: 'The same figures as `GET /api/v1/dashboards/appeals` with the same `asOf` and `top`; every watcher of one day shares one reading per change.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'Server-sent events; the data of each is an AppealsDashboardView as JSON', schema: { type: 'string', example: 'data: {"asOf":"2026-05-25","total":12,…}\\n\\n' } })
  appealsStream(@Query() query: DashboardQuery): Observable<{ data: AppealsDashboard }> {
    return this.dashboards.watch(query.asOf ?? this.calendar.today(), query.top).pipe(map((dashboard) => ({ data: dashboard })));
  }
}
