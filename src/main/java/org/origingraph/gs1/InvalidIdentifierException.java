package org.origingraph.gs1;

import java.util.OptionalInt;

/**
 * An identifier that is not a valid GS1 key. The message is written for the person who typed it:
 * which identifier, what is wrong, and for a wrong check digit the digit it should have been.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private final IdentifierKind kind;
  private final String value;
  private final int expectedCheckDigit;

  InvalidIdentifierException(IdentifierKind kind, String value, String problem) {
    this(kind, value, problem, -1);
  }

  InvalidIdentifierException(IdentifierKind kind, String value, String problem, int expectedCheckDigit) {
    super(kind.label() + " '" + abbreviate(value) + "' " + problem);
    this.kind = kind;
    this.value = value;
    this.expectedCheckDigit = expectedCheckDigit;
  }

  /** Which kind of identifier was being read. */
  public IdentifierKind kind() {
    return kind;
  }

  /** The rejected input, as given. */
  public String value() {
    return value;
  }

  /** The check digit the data digits call for, when the check digit was what was wrong. */
  public OptionalInt expectedCheckDigit() {
    return expectedCheckDigit < 0 ? OptionalInt.empty() : OptionalInt.of(expectedCheckDigit);
  }

  // Error messages echo the input; cap it so an attacker cannot make us echo megabytes.
  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
