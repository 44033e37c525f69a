import type { RegionList } from '../../../../shared/contracts/regions';
import { regionKeys } from '../../../../shared/contracts/regions';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  calendarKeys,
  type CalendarDayDto,
  type CalendarDayInput,
  type CalendarList,
  type CalendarQuery,
  type DeadlineDto,
  type DueQuery,
} from '../../../../shared/contracts/calendar';
import { api, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export function useCalendar(q: CalendarQuery) {
  return useQuery({
    queryKey: calendarKeys.year(q),
    queryFn: () => apiGet<CalendarList>('/calendar', { year: q.year, province: q.province }),
    placeholderData: keepPreviousData,
  });
}

export function useCalendarProvinces() {
  return useQuery({
    queryKey: regionKeys.provinces(),
    queryFn: () => apiGet<RegionList>('/regions', { level: 'province' }),
    staleTime: 5 * 60_000,
  });
}

/** The deadline calculator: runs once the form is submitted (`q` set), on the stored calendar. */
export function useDue(q: DueQuery | null) {
  return useQuery({
    queryKey: q ? calendarKeys.due(q) : ['calendar', 'due', 'none'],
    queryFn: () => apiGet<DeadlineDto>('/calendar/due', { ...q! }),
    enabled: q !== null,
    retry: false,
  });
}

export function useSaveCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CalendarDayInput }) =>
      id
        ? apiPatch<CalendarDayDto>(`/calendar/days/${id}`, input)
        : apiPost<CalendarDayDto>('/calendar/days', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/calendar/days/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
