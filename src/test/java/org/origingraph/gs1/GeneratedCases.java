package org.origingraph.gs1;

import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Seeded random GS1 values for parameterized tests: each test names its seed, so a failing case is
 * the same case on every run and machine, and reads back from the test report as written.
 *
 * <p>Public so that the modules reading identifiers with gs1 (epcis) test over the same cases.
 */
public final class GeneratedCases {

  /** Cases per generated test, as many as a property-test run tries by default. */
  public static final int COUNT = 1000;

  /** The characters of GS1 AI encodable set 82. */
  public static final String SET_82 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + Charset82.SYMBOLS;

  private final Random random;

  private GeneratedCases(long seed) {
    this.random = new Random(seed);
  }

  /** {@link #COUNT} values made by {@code make}, from the generator seeded with {@code seed}. */
  public static <T> Stream<T> generate(long seed, Function<GeneratedCases, T> make) {
    var cases = new GeneratedCases(seed);
    return Stream.generate(() -> make.apply(cases)).limit(COUNT);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  public String digits(int count) {
    var digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  /** 1 to 20 characters of set 82: a lot, serial, variant or GLN extension. */
  public String set82() {
    int length = between(1, 20);
    var value = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      value.append(SET_82.charAt(random.nextInt(SET_82.length())));
    }
    return value.toString();
  }

  /** A GTIN-14; often with a Vietnamese prefix (893), so that a prefix-length table's range is hit. */
  public String gtin() {
    String data = chance(0.5) ? digits(13) : digits(1) + "893" + digits(9);
    return CheckDigit.append(data);
  }

  public String gln() {
    return CheckDigit.append(digits(12));
  }

  public String sscc() {
    return CheckDigit.append(digits(17));
  }

  /** A two-digit-year AI 17 date, day 00 (end of month) included. */
  public String expiry() {
    return String.format("%02d%02d%02d", between(0, 99), between(1, 12), between(0, 28));
  }

  /** A link that has an EPC URN: SGTIN, LGTIN, GTIN alone (pattern), SGLN with or without extension, PGLN, SSCC. */
  public DigitalLink urnLink() {
    return switch (between(0, 6)) {
      case 0 -> DigitalLink.of(new Gtin(gtin()), null, new Serial(set82()));
      case 1 -> DigitalLink.of(new Gtin(gtin()), new Lot(set82()));
      case 2 -> DigitalLink.of(new Gtin(gtin()));
      case 3 -> DigitalLink.of(new Gln(gln()), false);
      case 4 -> DigitalLink.of(new Gln(gln()), extension());
      case 5 -> DigitalLink.of(new Gln(gln()), true);
      default -> DigitalLink.of(new Sscc(sscc()));
    };
  }

  /** Any link: a GTIN with any qualifiers and perhaps an expiry, or one of {@link #urnLink()}. */
  public DigitalLink anyLink() {
    if (chance(0.5)) {
      return urnLink();
    }
    var attributes = new TreeMap<String, String>();
    if (chance(0.4)) {
      attributes.put("17", expiry());
    }
    return new DigitalLink(ApplicationIdentifier.GTIN, gtin(), nullOr(0.5, this::set82),
        nullOr(0.6, () -> new Lot(set82())), nullOr(0.5, () -> new Serial(set82())), null, attributes);
  }

  /** A GLN extension other than "0", which an SGLN URN writes for none. */
  private String extension() {
    String extension = set82();
    return extension.equals("0") ? "00" : extension;
  }

  private <T> @Nullable T nullOr(double probability, java.util.function.Supplier<T> value) {
    return chance(probability) ? value.get() : null;
  }
}
