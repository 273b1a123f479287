package org.origingraph.gs1;

/**
 * The GS1 modulo-10 check digit shared by GTIN, GLN, SSCC and the other fixed-length keys.
 *
 * <p>Weights 3 and 1 alternate from the rightmost data digit leftwards, so the same routine serves
 * every key length without padding.
 */
public final class CheckDigit {

  private CheckDigit() {}

  /**
   * Computes the check digit for {@code dataDigits} (the key without its last digit).
   *
   * @throws IllegalArgumentException if {@code dataDigits} is empty or holds a non-digit
   */
  public static int compute(CharSequence dataDigits) {
    if (dataDigits.isEmpty()) {
      throw new IllegalArgumentException("no digits");
    }
    int sum = 0;
    boolean weightThree = true;
    for (int i = dataDigits.length() - 1; i >= 0; i--) {
      char c = dataDigits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a digit: " + c);
      }
      sum += (c - '0') * (weightThree ? 3 : 1);
      weightThree = !weightThree;
    }
    return (10 - sum % 10) % 10;
  }

  /** Appends the check digit to {@code dataDigits}. */
  public static String append(String dataDigits) {
    return dataDigits + compute(dataDigits);
  }
}
