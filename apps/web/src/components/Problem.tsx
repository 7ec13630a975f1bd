import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';

/**
 * An API refusal next to the form or button that caused it: a 409 offers to reload the record (the
 * form keeps what was typed), a 422 names the broken rule, a 400 points at the marked fields.
 */
export function Problem({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const title =
    problem?.statusCode === 409 ? t('common.conflict') : problem?.statusCode === 422 ? t('common.ruleBroken') : problem?.statusCode === 400 ? t('common.fieldsInvalid') : t('common.error');
  return (
    <Alert color={problem?.statusCode === 409 ? 'yellow' : 'red'} role="alert" title={title} data-status={problem?.statusCode}>
      <Group justify="space-between">
        <span>{problem ? problem.message : String(error)}</span>
        {problem?.statusCode === 409 && onReload && (
          <Button size="xs" variant="white" color="dark" onClick={onReload}>
            {t('common.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
