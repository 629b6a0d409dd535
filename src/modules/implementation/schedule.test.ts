import { describe, expect, it } from 'vitest';
import { addMonths, checkSchedule, daysInMonth, dueDates, isLeapYear, MAX_DUE_DATES } from './schedule.ts';

describe('dueDates', () => {
  it('keeps the start day across month ends, clamping to the last day and coming back to the 31st', () => {
    expect(dueDates({ start: '2025-01-31', end: '2025-05-31', everyMonths: 1 })).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
    ]);
  });

  it('falls on 29 February in a leap year', () => {
    expect(dueDates({ start: '2023-11-30', end: '2024-03-30', everyMonths: 1 })).toEqual([
      '2023-11-30',
      '2023-12-30',
      '2024-01-30',
      '2024-02-29',
      '2024-03-30',
    ]);
  });

  it('anchored on 29 February, falls on the 28th in common years and the 29th in leap years', () => {
    expect(dueDates({ start: '2024-02-29', end: '2028-02-29', everyMonths: 12 })).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
    expect(dueDates({ start: '2024-02-29', end: '2024-08-31', everyMonths: 3 })).toEqual([
      '2024-02-29',
      '2024-05-29',
      '2024-08-29',
    ]);
  });

  it('follows quarterly and half-yearly schedules across a year end', () => {
    expect(dueDates({ start: '2025-08-31', end: '2026-06-30', everyMonths: 3 })).toEqual([
      '2025-08-31',
      '2025-11-30',
      '2026-02-28',
      '2026-05-31',
    ]);
    expect(dueDates({ start: '2025-06-30', end: '2027-01-01', everyMonths: 6 })).toEqual([
      '2025-06-30',
      '2025-12-30',
      '2026-06-30',
      '2026-12-30',
    ]);
  });

  it('includes the end date when a due date falls on it, and gives only the start when the end is near', () => {
    expect(dueDates({ start: '2025-03-15', end: '2026-03-15', everyMonths: 12 })).toEqual([
      '2025-03-15',
      '2026-03-15',
    ]);
    expect(dueDates({ start: '2025-03-15', end: '2025-03-15', everyMonths: 1 })).toEqual(['2025-03-15']);
    expect(dueDates({ start: '2025-03-15', end: '2026-03-14', everyMonths: 12 })).toEqual(['2025-03-15']);
  });

  it('refuses an end before the start, impossible dates and bad periods, saying which', () => {
    expect(() => dueDates({ start: '2025-03-01', end: '2025-02-28', everyMonths: 1 })).toThrow(
      /ends \(2025-02-28\) before it starts \(2025-03-01\)/,
    );
    expect(() => dueDates({ start: '2025-02-29', end: '2025-12-31', everyMonths: 1 })).toThrow(
      /schedule start "2025-02-29" is not a day of the calendar/,
    );
    expect(() => dueDates({ start: '2025-01-01', end: '31.12.2025', everyMonths: 1 })).toThrow(
      /schedule end "31.12.2025" is not a date written YYYY-MM-DD/,
    );
    expect(() => dueDates({ start: '2025-01-01', end: '2025-12-31', everyMonths: 0 })).toThrow(
      /whole number/,
    );
    expect(() => dueDates({ start: '2025-01-01', end: '2025-12-31', everyMonths: 1.5 })).toThrow(
      /whole number/,
    );
    expect(() => checkSchedule({ start: '2000-01-01', end: '2099-12-31', everyMonths: 1 })).toThrow(
      new RegExp(`at most ${MAX_DUE_DATES}`),
    );
  });
});

describe('calendar helpers', () => {
  it('knows leap years by the Gregorian rule', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('adds months across year ends and backwards', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
  });
});
