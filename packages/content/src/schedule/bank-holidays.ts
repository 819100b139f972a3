/**
 * Bank holidays in England and Wales, 2025 to 2028: the days Family Hub sessions do not run unless
 * the council says otherwise (site settings: "Extra closed dates", "Bank holidays we are open").
 *
 * Source: GOV.UK, "UK bank holidays" (https://www.gov.uk/bank-holidays, data at
 * https://www.gov.uk/bank-holidays.json, division `england-and-wales`), written out by hand because
 * the build has no network. When a holiday falls at a weekend the substitute weekday is listed
 * instead (as GOV.UK does, "substitute day"), under the Banking and Financial Dealings Act 1971.
 * 2028 follows the same rules and the date of Easter; check it against GOV.UK once it is announced,
 * and add one-off holidays (a coronation, a jubilee) when they are proclaimed.
 */

/** One bank holiday. */
export interface BankHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** As GOV.UK names it. */
  readonly title: string;
}

/** England and Wales bank holidays, in date order. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = [
  { date: '2025-01-01', title: 'New Year’s Day' },
  { date: '2025-04-18', title: 'Good Friday' },
  { date: '2025-04-21', title: 'Easter Monday' },
  { date: '2025-05-05', title: 'Early May bank holiday' },
  { date: '2025-05-26', title: 'Spring bank holiday' },
  { date: '2025-08-25', title: 'Summer bank holiday' },
  { date: '2025-12-25', title: 'Christmas Day' },
  { date: '2025-12-26', title: 'Boxing Day' },
  { date: '2026-01-01', title: 'New Year’s Day' },
  { date: '2026-04-03', title: 'Good Friday' },
  { date: '2026-04-06', title: 'Easter Monday' },
  { date: '2026-05-04', title: 'Early May bank holiday' },
  { date: '2026-05-25', title: 'Spring bank holiday' },
  { date: '2026-08-31', title: 'Summer bank holiday' },
  { date: '2026-12-25', title: 'Christmas Day' },
  { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
  { date: '2027-01-01', title: 'New Year’s Day' },
  { date: '2027-03-26', title: 'Good Friday' },
  { date: '2027-03-29', title: 'Easter Monday' },
  { date: '2027-05-03', title: 'Early May bank holiday' },
  { date: '2027-05-31', title: 'Spring bank holiday' },
  { date: '2027-08-30', title: 'Summer bank holiday' },
  { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', title: 'Boxing Day (substitute day)' },
  { date: '2028-01-03', title: 'New Year’s Day (substitute day)' },
  { date: '2028-04-14', title: 'Good Friday' },
  { date: '2028-04-17', title: 'Easter Monday' },
  { date: '2028-05-01', title: 'Early May bank holiday' },
  { date: '2028-05-29', title: 'Spring bank holiday' },
  { date: '2028-08-28', title: 'Summer bank holiday' },
  { date: '2028-12-25', title: 'Christmas Day' },
  { date: '2028-12-26', title: 'Boxing Day' },
];
