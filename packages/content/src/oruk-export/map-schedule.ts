/** Schedules as HSDS-UK 3.0 schedules: the model already stores the RRULE subset ORUK uses. */
import type { Schedule } from '../model/index.js';
import { orukId } from './stable-id.js';
import type { OrukSchedule } from './types.js';

/** Where a schedule applies (to the whole service, or to the service at one venue), and how families attend. */
export type ScheduleOwner = ({ readonly serviceId: string } | { readonly serviceId: string; readonly serviceAtLocationId: string }) & {
  /** HSDS `attending_type`, e.g. "In person, online": the only place HSDS 3.0 says how a service is delivered. */
  readonly attendingType?: string;
};

/**
 * `schedule` as an ORUK schedule. Its id is derived from where it is used as well as from the
 * entry, because editors may link one schedule entry to several venues, and each use is a record.
 * `dtstart` repeats `valid_from`: RFC 5545 counts "every other week" from it.
 */
export function toOrukSchedule(schedule: Schedule, owner: ScheduleOwner): OrukSchedule {
  const context = 'serviceAtLocationId' in owner ? owner.serviceAtLocationId : owner.serviceId;
  const byday = schedule.byday?.join(',');
  const bymonthday = schedule.bymonthday?.join(',');
  return {
    id: orukId('schedule', `${context}/${schedule.id}`),
    service_id: owner.serviceId,
    ...('serviceAtLocationId' in owner ? { service_at_location_id: owner.serviceAtLocationId } : {}),
    freq: schedule.freq,
    ...(schedule.interval !== undefined ? { interval: schedule.interval } : {}),
    ...(byday ? { byday } : {}),
    ...(bymonthday ? { bymonthday } : {}),
    ...(schedule.opensAt ? { opens_at: schedule.opensAt } : {}),
    ...(schedule.closesAt ? { closes_at: schedule.closesAt } : {}),
    ...(schedule.validFrom ? { valid_from: schedule.validFrom, dtstart: schedule.validFrom } : {}),
    ...(schedule.validTo ? { valid_to: schedule.validTo } : {}),
    ...(schedule.description ? { description: schedule.description } : {}),
    ...(owner.attendingType ? { attending_type: owner.attendingType } : {}),
  };
}
