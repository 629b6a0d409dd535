/**
 * Reporting schedules of indicators: the due dates of progress reports, every N months from a start date up
 * to an end date. Pure date arithmetic on ISO dates ('YYYY-MM-DD'), no time zones involved.
 *
 * The start date is the first due date. Every later date keeps the start's day of month, clamped to the
 * month's last day: a schedule anchored on 31 January falls on 28 (or 29) February and back on 31 March,
 * never drifting to the 28th for good.
 *
 * @example dueDates({ start: '2025-01-31', end: '2025-04-30', everyMonths: 1 })
 *   // ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']
 */

export interface Schedule {
  start: string;
  end: string;
  everyMonths: number;
}

/** At most 50 years of monthly reports: a bound so that a typo in a year cannot make millions of dates. */
export const MAX_DUE_DATES = 600;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date written 'YYYY-MM-DD', or a RangeError naming the field. */
export function parseIsoDate(value: string, field = 'date'): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`${field} "${value}" is not a date written YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(`${field} "${value}" is not a day of the calendar`);
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `months` calendar months, clamped to the target month's last day. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Checks a schedule and says what is wrong with it (a RangeError), so that it is never stored half-valid. */
export function checkSchedule({ start, end, everyMonths }: Schedule): void {
  parseIsoDate(start, 'schedule start');
  parseIsoDate(end, 'schedule end');
  if (!Number.isInteger(everyMonths) || everyMonths < 1 || everyMonths > 120)
    throw new RangeError(`every ${everyMonths} months: give a whole number of months from 1 to 120`);
  if (end < start) throw new RangeError(`the schedule ends (${end}) before it starts (${start})`);
  const count = Math.floor(monthsBetween(start, end) / everyMonths) + 1;
  if (count > MAX_DUE_DATES)
    throw new RangeError(`the schedule would make ${count} due dates; at most ${MAX_DUE_DATES} are allowed`);
}

function monthsBetween(start: string, end: string): number {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The due dates of a schedule, in order: the start, then every `everyMonths` months while not after the end. */
export function dueDates(schedule: Schedule): string[] {
  checkSchedule(schedule);
  const dates: string[] = [];
  for (let k = 0; ; k++) {
    const date = addMonths(schedule.start, k * schedule.everyMonths);
    if (date > schedule.end) return dates;
    dates.push(date);
  }
}
