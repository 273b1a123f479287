package org.origingraph.gs1;

/**
 * The GS1 keys and attributes this module validates, with the digit counts of the fixed-length keys.
 * The label names the identifier in error messages.
 */
public enum IdentifierKind {
  GTIN("GTIN", 8, 12, 13, 14),
  GLN("GLN", 13),
  SSCC("SSCC", 18),
  /** Lot numbers have no fixed length or check digit; see {@link Lot}. */
  LOT("lot"),
  /** See {@link Serial}. */
  SERIAL("serial"),
  /** AI 254, the extension (a part of a location) that qualifies a location GLN. */
  GLN_EXTENSION("GLN extension"),
  /** AI 22, the consumer product variant qualifier of a GTIN. */
  CONSUMER_PRODUCT_VARIANT("consumer product variant"),
  /** See {@link ExpiryDate}. */
  EXPIRY("expiry date"),
  /** A whole GS1 Digital Link URI whose structure (not one of its keys) is wrong. */
  DIGITAL_LINK("GS1 Digital Link"),
  /** A whole EPC URN whose structure is wrong. */
  EPC_URN("EPC URN"),
  /** A GS1 company prefix, or its length. */
  COMPANY_PREFIX("GS1 company prefix");

  private final String label;
  private final int[] lengths;

  IdentifierKind(String label, int... lengths) {
    this.label = label;
    this.lengths = lengths;
  }

  /** The name users know the key by, used in error messages. */
  public String label() {
    return label;
  }

  boolean allowsLength(int length) {
    for (int allowed : lengths) {
      if (allowed == length) {
        return true;
      }
    }
    return false;
  }

  String allowedLengths() {
    var text = new StringBuilder();
    for (int i = 0; i < lengths.length; i++) {
      if (i > 0) {
        text.append(i == lengths.length - 1 ? " or " : ", ");
      }
      text.append(lengths[i]);
    }
    return text.toString();
  }

  /**
   * Checks length, characters and check digit of {@code value}.
   *
   * @return {@code value} unchanged when valid
   * @throws InvalidIdentifierException naming what is wrong
   */
  String validate(String value) {
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidIdentifierException(this, value, "must contain digits only");
    }
    if (!allowsLength(value.length())) {
      throw new InvalidIdentifierException(
          this, value, "must have " + allowedLengths() + " digits, not " + value.length());
    }
    int expected = CheckDigit.compute(value.substring(0, value.length() - 1));
    int actual = value.charAt(value.length() - 1) - '0';
    if (expected != actual) {
      throw new InvalidIdentifierException(
          this, value, "has check digit " + actual + " but it should be " + expected, expected);
    }
    return value;
  }
}
