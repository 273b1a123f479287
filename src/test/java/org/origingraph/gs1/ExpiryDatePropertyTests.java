package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AI 17 keeps a date's day, month and two-digit year; the century comes back by GS1's window. */
class ExpiryDatePropertyTests {

  static Stream<Arguments> datesInTheWindow() {
    return GeneratedCases.generate(201, g -> arguments(g.between(2000, 2090), g.between(-49, 50), g.between(0, 365)));
  }

  @ParameterizedTest
  @MethodSource("datesInTheWindow")
  void aDateWithinTheWindowReadsBackAsItself(int currentYear, int yearsAhead, int dayOfYear) {
    LocalDate newYear = LocalDate.of(currentYear + yearsAhead, 1, 1);
    LocalDate date = newYear.plusDays(dayOfYear % newYear.lengthOfYear());
    assertThat(ExpiryDate.of(date).date(currentYear)).isEqualTo(date);
  }

  /** Every two-digit year and month: 1,200 cases. */
  static Stream<Arguments> yearsAndMonths() {
    return IntStream.rangeClosed(0, 99).boxed().flatMap(yy -> IntStream.rangeClosed(1, 12).mapToObj(month -> arguments(yy, month)));
  }

  @ParameterizedTest
  @MethodSource("yearsAndMonths")
  void dayZeroIsTheLastDayOfTheMonth(int yy, int month) {
    LocalDate date = new ExpiryDate(String.format("%02d%02d00", yy, month)).date(2026);
    assertThat(date.getMonthValue()).isEqualTo(month);
    assertThat(date.plusDays(1).getDayOfMonth()).isEqualTo(1);
  }
}
