import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  complaintRuleKeys,
  type MalFormDto,
  type MalFormInput,
  type MalFormList,
  type MalFormPatch,
  type RuleSetInput,
  type RuleSetList,
} from '../../../../shared/contracts/complaints-deadlines';
import { api, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export function useComplaintRules() {
  return useQuery({
    queryKey: complaintRuleKeys.rules,
    queryFn: () => apiGet<RuleSetList>('/complaint-rules'),
  });
}

export function useSaveComplaintRules() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RuleSetInput) => api<RuleSetList>('PUT', '/complaint-rules', { body: input }),
    onSuccess: (data) => qc.setQueryData(complaintRuleKeys.rules, data),
  });
}

export function useMalForms() {
  return useQuery({
    queryKey: complaintRuleKeys.forms,
    queryFn: () => apiGet<MalFormList>('/maladministration-forms'),
  });
}

export function useCreateMalForm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MalFormInput) => apiPost<MalFormDto>('/maladministration-forms', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintRuleKeys.forms }),
  });
}

export function useUpdateMalForm() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, patch }: { code: string; patch: MalFormPatch }) =>
      apiPatch<MalFormDto>(`/maladministration-forms/${encodeURIComponent(code)}`, patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintRuleKeys.forms }),
  });
}
