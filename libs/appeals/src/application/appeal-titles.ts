import type { BilingualText } from '#accord/kernel';
import type { AnswerOutcome, DispatchChannel } from '../domain/appeal/appeal.events.js';
import type { AppealStage } from '../domain/appeal/appeal.state.js';
import type { DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';

/** How registers, dashboards and the journal name the stages, statuses, channels and outcomes of appeals. */
export const APPEAL_STAGE_TITLES: Readonly<Record<AppealStage, BilingualText>> = {
  draft: { ru: 'Проект', en: 'Draft' },
  approved: { ru: 'Одобрено', en: 'Approved' },
  signed: { ru: 'Подписано', en: 'Signed' },
  dispatched: { ru: 'Направлено', en: 'Dispatched' },
  registered: { ru: 'Зарегистрировано адресатом', en: 'Registered by the addressee' },
  answered: { ru: 'Получен ответ', en: 'Answered' },
  closed: { ru: 'Закрыто', en: 'Closed' },
};

export const DEADLINE_STATUS_TITLES: Readonly<Record<DeadlineStatus, BilingualText>> = {
  not_dispatched: { ru: 'Не направлено', en: 'Not dispatched' },
  not_due: { ru: 'Срок не наступил', en: 'Not yet due' },
  due_soon: { ru: 'Срок истекает', en: 'Due soon' },
  overdue: { ru: 'Срок ответа пропущен', en: 'Overdue' },
  very_overdue: { ru: 'Срок ответа пропущен вдвое', en: 'Very overdue' },
  answered_on_time: { ru: 'Ответ получен в срок', en: 'Answered on time' },
  answered_late: { ru: 'Ответ получен с опозданием', en: 'Answered late' },
  closed_unanswered: { ru: 'Закрыто без ответа', en: 'Closed unanswered' },
};

export const DISPATCH_CHANNEL_TITLES: Readonly<Record<DispatchChannel, BilingualText>> = {
  official_portal: { ru: 'Официальный портал', en: 'Official portal' },
  post: { ru: 'Почта', en: 'Post' },
  email: { ru: 'Электронная почта', en: 'E-mail' },
  courier: { ru: 'Курьер', en: 'Courier' },
};

export const ANSWER_OUTCOME_TITLES: Readonly<Record<AnswerOutcome, BilingualText>> = {
  supported: { ru: 'Поддержано', en: 'Supported' },
  partially_supported: { ru: 'Поддержано частично', en: 'Partially supported' },
  declined: { ru: 'Отклонено', en: 'Declined' },
  forwarded: { ru: 'Направлено по компетенции', en: 'Forwarded' },
};
