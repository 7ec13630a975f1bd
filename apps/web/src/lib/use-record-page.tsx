import { Loader } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Problem } from '../components/Problem';

/**
 * One record's page: after an act the answer's position goes into `?minPosition=`, so the next read
 * waits until the read model shows the change (no stale page), and the record read before stays on
 * screen meanwhile.
 */
export function useRecordPage<T>(key: readonly unknown[], read: (minPosition: string | undefined) => Promise<T>) {
  const [search, setSearch] = useSearchParams();
  const minPosition = search.get('minPosition') ?? undefined;
  const query = useQuery({ queryKey: [...key, minPosition], queryFn: () => read(minPosition), placeholderData: keepPreviousData });
  return {
    record: query.data,
    error: query.error,
    done: (position: string) => setSearch({ minPosition: position }, { replace: true }),
    reload: () => void query.refetch(),
  };
}

/** What a record's page shows before its record is there: the refusal, or that it is loading. */
export function RecordPending({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return error ? <Problem error={error} /> : <Loader aria-label={t('app.loading')} />;
}
