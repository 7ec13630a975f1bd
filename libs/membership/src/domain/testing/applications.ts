import type { MembershipApplication, Representative } from '../member-application.js';

export const representative: Representative = {
  id: 'representative-1',
  name: { ru: 'Мария Соколова', en: 'Maria Sokolova' },
  position: { ru: 'генеральный директор', en: 'chief executive' },
  email: 'm.sokolova@kadry.example.ru',
};

export const deputy: Representative = {
  id: 'representative-2',
  name: { ru: 'Игорь Лебедев', en: null },
  position: { ru: 'заместитель директора', en: null },
  email: 'i.lebedev@kadry.example.ru',
};

/** A fictional Russian staffing agency whose OGRN and INN have correct check digits. */
export const russianApplication: MembershipApplication = {
  name: { ru: 'ООО «Кадровое агентство Пример»', en: 'Primer Staffing Agency LLC' },
  country: 'RU',
  legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
  nationalIdentifier: { country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1267700000017', inn: '7700000016' } },
  category: 'staffing_agency',
  contacts: { email: 'office@kadry.example.ru', phone: '+7 495 000-00-00', address: { ru: 'Москва, ул. Примерная, 1', en: null } },
  representatives: [representative],
};

/** A fictional Kazakh employers' association. */
export const kazakhApplication: MembershipApplication = {
  name: { ru: 'Объединение работодателей «Пример»', en: 'Primer Employers Association' },
  country: 'KZ',
  legalForm: { ru: 'Объединение юридических лиц', en: 'Association of legal entities' },
  nationalIdentifier: { country: 'KZ', scheme: 'KZ_BIN', values: { bin: '260440000701' } },
  category: 'employers_association',
  contacts: { email: 'info@employers.example.kz', phone: null, address: null },
  representatives: [{ ...representative, id: 'representative-kz', email: 'head@employers.example.kz' }],
};

/** A fictional Indian research body, an observer from outside the CIS. */
export const indianApplication: MembershipApplication = {
  name: { ru: 'Институт исследований миграции', en: 'Institute for Migration Research' },
  country: 'IN',
  legalForm: { ru: 'Некоммерческая компания', en: 'Section 8 company' },
  nationalIdentifier: { country: 'IN', scheme: 'OTHER', values: { registryId: 'U74999DL2010NPL123456' } },
  category: 'research_expert_body',
  contacts: { email: 'office@migration.example.in', phone: null, address: null },
  representatives: [{ ...representative, id: 'representative-in', email: 'director@migration.example.in' }],
};
