/**
 * TanStack Query hooks of the timebok. Every change answers with the appointment; the day and week views are
 * refetched then, and whenever main says 'timebok.changed' (another window or PC booked), so every screen
 * stays in step without a refresh.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppointmentTypeCode } from '../../../../shared/rules/appointment-types';
import type {
  BookInput,
  CancelInput,
  ExceptionAdd,
  MoveInput,
  ResourceSave,
  ScheduleSetWeek,
} from '../../../../shared/schemas/timebok.schema';
import { unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { useApiEvent } from '../../api/use-api-event';

export const timebokKeys = {
  all: ['timebok'] as const,
  day: (date: string, resourceIds: readonly string[] | undefined) =>
    ['timebok', 'day', date, resourceIds ?? 'all'] as const,
  week: (resourceId: string, date: string) => ['timebok', 'week', resourceId, date] as const,
  nextFree: (resourceId: string, type: string, from: string) =>
    ['timebok', 'next-free', resourceId, type, from] as const,
  appointment: (id: string) => ['timebok', 'appointment', id] as const,
  schedules: ['schedules'] as const,
  resources: ['schedules', 'resources'] as const,
  schedule: (resourceId: string) => ['schedules', 'resource', resourceId] as const,
  affected: (exceptionId: string) => ['schedules', 'affected', exceptionId] as const,
};

/** Refetches what is on screen when main reports a change anywhere (this window, another, another PC). */
export function useTimebokLive(): void {
  const queryClient = useQueryClient();
  useApiEvent('timebok.changed', () => {
    void queryClient.invalidateQueries({ queryKey: timebokKeys.all });
    void queryClient.invalidateQueries({ queryKey: timebokKeys.schedules });
  });
}

export function useTimebokDay(date: string, enabled = true, resourceIds?: readonly string[]) {
  const api = useApi();
  return useQuery({
    queryKey: timebokKeys.day(date, resourceIds),
    queryFn: () => unwrap(api.timebok.day(resourceIds ? { date, resourceIds: [...resourceIds] } : { date })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useTimebokWeek(resourceId: string | null, date: string) {
  const api = useApi();
  return useQuery({
    queryKey: timebokKeys.week(resourceId ?? '', date),
    queryFn: () => unwrap(api.timebok.week({ resourceId: resourceId ?? '', date })),
    enabled: resourceId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useNextFree(resourceId: string | null, appointmentType: AppointmentTypeCode, from: string) {
  const api = useApi();
  return useQuery({
    queryKey: timebokKeys.nextFree(resourceId ?? '', appointmentType, from),
    queryFn: () => unwrap(api.timebok.nextFree({ resourceId: resourceId ?? '', appointmentType, from, count: 8 })),
    enabled: resourceId !== null,
  });
}

export function useAppointment(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: timebokKeys.appointment(id ?? ''),
    queryFn: () => unwrap(api.timebok.appointment({ appointmentId: id ?? '' })),
    enabled: id !== null,
  });
}

function useInvalidateTimebok() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: timebokKeys.all });
    void queryClient.invalidateQueries({ queryKey: timebokKeys.schedules });
  };
}

export function useBook() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({ mutationFn: (input: BookInput) => unwrap(api.timebok.book(input)), onSettled: invalidate });
}

export function useMove() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({ mutationFn: (input: MoveInput) => unwrap(api.timebok.move(input)), onSettled: invalidate });
}

export function useCancel() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({ mutationFn: (input: CancelInput) => unwrap(api.timebok.cancel(input)), onSettled: invalidate });
}

export function useNoShow() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({
    mutationFn: (appointmentId: string) => unwrap(api.timebok.noShow({ appointmentId })),
    onSettled: invalidate,
  });
}

export function useResources() {
  const api = useApi();
  return useQuery({ queryKey: timebokKeys.resources, queryFn: () => unwrap(api.schedules.resources({})) });
}

export function useSchedule(resourceId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: timebokKeys.schedule(resourceId ?? ''),
    queryFn: () => unwrap(api.schedules.get({ resourceId: resourceId ?? '' })),
    enabled: resourceId !== null,
  });
}

export function useAffected(exceptionId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: timebokKeys.affected(exceptionId ?? ''),
    queryFn: () => unwrap(api.schedules.affected({ exceptionId: exceptionId ?? '' })),
    enabled: exceptionId !== null,
  });
}

export function useSaveResource() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({
    mutationFn: (input: ResourceSave) => unwrap(api.schedules.saveResource(input)),
    onSuccess: invalidate,
  });
}

export function useSetWeek() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({
    mutationFn: (input: ScheduleSetWeek) => unwrap(api.schedules.setWeek(input)),
    onSuccess: invalidate,
  });
}

export function useAddException() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({
    mutationFn: (input: ExceptionAdd) => unwrap(api.schedules.addException(input)),
    onSuccess: invalidate,
  });
}

export function useRemoveException() {
  const api = useApi();
  const invalidate = useInvalidateTimebok();
  return useMutation({
    mutationFn: (exceptionId: string) => unwrap(api.schedules.removeException({ exceptionId })),
    onSuccess: invalidate,
  });
}
