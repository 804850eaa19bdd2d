package org.eventfacts.fact;

/**
 * How finely a text dates what happened: "on Friday" names a {@link #DAY}, "earlier this week" a
 * {@link #WEEK}, "in March" a {@link #MONTH}, "in 2021" a {@link #YEAR}.
 */
public enum DatePrecision {
  /** One day, or a range of days stated day by day. */
  DAY,
  /** Somewhere in a week ("earlier this week", "last week"). */
  WEEK,
  /** Somewhere in a month ("in March", "early this month"). */
  MONTH,
  /** Somewhere in a year ("in 2021", "last year"). */
  YEAR
}
