package org.origingraph.gs1;

import java.util.Comparator;
import java.util.List;

/**
 * How many digits of a key are the GS1 company prefix, which an EPC URN writes apart from the rest
 * and a Digital Link does not. The length is not derivable from the key itself; GS1 Member
 * Organizations assign it, by ranges of their number space. This table holds the ranges a deployment
 * knows, and a default for the rest.
 *
 * <p>A range is matched against the digits from the GS1 prefix onwards (after a GTIN-14's indicator
 * or an SSCC's extension digit); the most specific (longest) matching range wins. Immutable and
 * thread-safe.
 */
public final class CompanyPrefixLengths {

  /** Shortest and longest company prefix GS1 assigns. */
  public static final int MIN = 6;
  public static final int MAX = 12;

  /**
   * Keys whose prefix digits lie in {@code [from, to]} (compared over {@code from.length()} digits)
   * have company prefixes of {@code length} digits.
   *
   * @param from lowest prefix of the range, digits only, e.g. {@code 893}
   * @param to highest prefix, same number of digits as {@code from}
   * @param length company-prefix length, 6 to 12
   */
  public record Range(String from, String to, int length) {
    public Range {
      if (from.isEmpty() || from.length() != to.length() || !(from + to).chars().allMatch(Character::isDigit)
          || from.compareTo(to) > 0) {
        throw new InvalidIdentifierException(
            IdentifierKind.COMPANY_PREFIX, from + "-" + to, "is not a range of equally long digit prefixes");
      }
      checkLength(length);
    }

    boolean matches(String digits) {
      if (digits.length() < from.length()) {
        return false;
      }
      String head = digits.substring(0, from.length());
      return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
    }
  }

  private final int defaultLength;
  private final List<Range> ranges;

  /**
   * @param defaultLength the length for keys outside every range
   * @param ranges the known ranges, in any order
   */
  public CompanyPrefixLengths(int defaultLength, List<Range> ranges) {
    this.defaultLength = checkLength(defaultLength);
    this.ranges = ranges.stream().sorted(Comparator.comparingInt((Range r) -> r.from().length()).reversed()).toList();
  }

  /** One length for every key. */
  public static CompanyPrefixLengths fixed(int length) {
    return new CompanyPrefixLengths(length, List.of());
  }

  /** The company-prefix length for a key whose digits from the GS1 prefix on are {@code prefixDigits}. */
  public int lengthFor(String prefixDigits) {
    for (Range range : ranges) {
      if (range.matches(prefixDigits)) {
        return range.length();
      }
    }
    return defaultLength;
  }

  /** The company-prefix length for the primary key of {@code link}. */
  public int lengthFor(DigitalLink link) {
    return lengthFor(switch (link.keyType()) {
      case GTIN, SSCC -> link.key().substring(1);
      default -> link.key();
    });
  }

  static int checkLength(int length) {
    if (length < MIN || length > MAX) {
      throw new InvalidIdentifierException(
          IdentifierKind.COMPANY_PREFIX, String.valueOf(length), "length must be " + MIN + " to " + MAX);
    }
    return length;
  }
}
