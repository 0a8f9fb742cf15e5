/** A billing period: its hours, and the same as months for GB-month and MiB/s-month prices. */
export interface Period {
  hours: number;
  /** hours ÷ hours per month (730 unless a calendar month is priced; docs/billing-rules.md). */
  months: number;
}
