import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useFormat } from './hooks';

/** The register of addressees as choices for a form (a body and its country), newest changes included once invalidated. */
export function useAddresseeChoices(): { value: string; label: string }[] {
  const format = useFormat();
  const addressees = useQuery({
    queryKey: ['addressees'],
    queryFn: () => unwrap(api.GET('/api/v1/addressees', { params: { query: { limit: 200, retired: 'false' } } })),
  });
  return (addressees.data?.items ?? []).map((addressee) => ({ value: addressee.id, label: `${format.text(addressee.name)} (${addressee.country})` }));
}

/** The jurisdiction policies (the law, the article and how sure the figure is), by id. */
export function usePolicies() {
  const policies = useQuery({
    queryKey: ['addressee-policies'],
    queryFn: () => unwrap(api.GET('/api/v1/addressees/policies')),
    staleTime: Infinity,
  });
  return new Map((policies.data?.items ?? []).map((policy) => [policy.id, policy]));
}
