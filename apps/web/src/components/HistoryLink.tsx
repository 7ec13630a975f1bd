import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../lib/hooks';
import { mayOpen } from '../lib/roles';
import { SECTIONS } from '../sections';

const LEDGER_READERS = SECTIONS.find((section) => section.path === '/ledger')!.roles;

/** The path of a record's history: its stream in the ledger (`member-<id>`, `appeal-<id>`, …). */
export const historyPath = (stream: string): string => `/history/${encodeURIComponent(stream)}`;

/** "History" on a record's page, for the roles that may read the ledger; nothing for the others. */
export function HistoryLink({ stream }: { stream: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!mayOpen(account?.roles ?? [], LEDGER_READERS)) return null;
  return (
    <Anchor component={Link} to={historyPath(stream)} data-testid="history-link">
      {t('history.link')}
    </Anchor>
  );
}
