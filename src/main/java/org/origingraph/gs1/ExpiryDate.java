package org.origingraph.gs1;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An expiration date (GS1 Application Identifier 17), a data attribute of a trade item: six digits
 * {@code YYMMDD}. Day {@code 00} means the last day of the month, as the GS1 General Specifications
 * allow for products dated by month only.
 *
 * @param value the six digits as printed
 */
public record ExpiryDate(String value) {

  public ExpiryDate {
    if (value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidIdentifierException(IdentifierKind.EXPIRY, value, "must be six digits YYMMDD");
    }
    int month = Integer.parseInt(value.substring(2, 4));
    int day = Integer.parseInt(value.substring(4, 6));
    if (month < 1 || month > 12) {
      throw new InvalidIdentifierException(IdentifierKind.EXPIRY, value, "has month " + month + ", not 01 to 12");
    }
    // 2000 is a leap year, so 29 February passes here; the exact year is checked by date(..).
    if (day > YearMonth.of(2000, month).lengthOfMonth()) {
      throw new InvalidIdentifierException(IdentifierKind.EXPIRY, value, "has day " + day + ", beyond the month's end");
    }
  }

  /** The expiry date of {@code date}, formatted as {@code YYMMDD}. */
  public static ExpiryDate of(LocalDate date) {
    return new ExpiryDate(String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth()));
  }

  /**
   * The calendar date, with the century chosen by the GS1 General Specifications rule (section 7.12):
   * the year lies within 49 years before and 50 years after {@code currentYear}.
   */
  public LocalDate date(int currentYear) {
    int yy = Integer.parseInt(value.substring(0, 2));
    int century = currentYear / 100 * 100;
    int difference = yy - currentYear % 100;
    if (difference >= 51) {
      century -= 100;
    } else if (difference <= -50) {
      century += 100;
    }
    YearMonth month = YearMonth.of(century + yy, Integer.parseInt(value.substring(2, 4)));
    int day = Integer.parseInt(value.substring(4, 6));
    if (day > month.lengthOfMonth()) {
      throw new InvalidIdentifierException(IdentifierKind.EXPIRY, value, "names a day that " + month + " does not have");
    }
    return day == 0 ? month.atEndOfMonth() : month.atDay(day);
  }

  @Override
  public String toString() {
    return value;
  }
}
