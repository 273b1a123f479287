package org.origingraph.api;

import java.util.function.Function;

import org.origingraph.gs1.InvalidIdentifierException;

/**
 * Parses arguments at the edge, so that a bad value is reported against the argument that carried it.
 */
public final class Arguments {

  private Arguments() {}

  /**
   * Applies {@code parser} to {@code value}; an {@link InvalidIdentifierException} or
   * {@link IllegalArgumentException} becomes a {@link BadUserInputException} naming {@code argument}.
   */
  public static <T> T parse(String argument, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new BadUserInputException(argument, argument + ": " + e.getMessage());
    }
  }

  /**
   * Checks that {@code value} is within {@code [min, max]}.
   *
   * @return {@code value}, or {@code defaultValue} when {@code value} is {@code null}
   */
  public static int inRange(String argument, Integer value, int min, int max, int defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    if (value < min || value > max) {
      throw new BadUserInputException(
          argument, argument + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }
}
