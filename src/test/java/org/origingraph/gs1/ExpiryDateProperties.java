package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** AI 17 keeps a date's day, month and two-digit year; the century comes back by GS1's window. */
class ExpiryDateProperties {

  @Property
  void aDateWithinTheWindowReadsBackAsItself(
      @ForAll @IntRange(min = 2000, max = 2090) int currentYear,
      @ForAll @IntRange(min = -49, max = 50) int yearsAhead,
      @ForAll @IntRange(min = 0, max = 365) int dayOfYear) {
    LocalDate date = LocalDate.of(currentYear + yearsAhead, 1, 1).plusDays(dayOfYear % LocalDate.of(currentYear + yearsAhead, 1, 1).lengthOfYear());
    assertThat(ExpiryDate.of(date).date(currentYear)).isEqualTo(date);
  }

  @Property
  void dayZeroIsTheLastDayOfTheMonth(@ForAll @IntRange(min = 0, max = 99) int yy, @ForAll @IntRange(min = 1, max = 12) int month) {
    LocalDate date = new ExpiryDate(String.format("%02d%02d00", yy, month)).date(2026);
    assertThat(date.getMonthValue()).isEqualTo(month);
    assertThat(date.plusDays(1).getDayOfMonth()).isEqualTo(1);
  }
}
