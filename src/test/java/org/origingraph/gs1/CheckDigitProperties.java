package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The modulo-10 check digit over every key length, and what its errors tell the user. */
class CheckDigitProperties {

  @Property
  void keysWithTheComputedDigitAreAccepted(
      @ForAll @NumericChars @StringLength(13) String gtinData,
      @ForAll @NumericChars @StringLength(12) String glnData,
      @ForAll @NumericChars @StringLength(17) String ssccData) {
    assertThat(new Gtin(CheckDigit.append(gtinData)).value()).startsWith(gtinData);
    assertThat(new Gln(CheckDigit.append(glnData)).value()).startsWith(glnData);
    assertThat(new Sscc(CheckDigit.append(ssccData)).value()).startsWith(ssccData);
  }

  /** Weights 3 and 1 are both prime to 10, so changing any one digit must change the sum mod 10. */
  @Property
  void everySingleDigitSubstitutionIsRejected(
      @ForAll @NumericChars @StringLength(13) String data,
      @ForAll @IntRange(min = 0, max = 13) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String valid = CheckDigit.append(data);
    char replaced = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
    String corrupted = valid.substring(0, position) + replaced + valid.substring(position + 1);
    assertThatThrownBy(() -> Gtin.parse(corrupted))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("check digit");
  }

  @Property
  void aWrongCheckDigitErrorNamesTheExpectedDigit(
      @ForAll @NumericChars @StringLength(12) String data, @ForAll @IntRange(min = 1, max = 9) int shift) {
    int expected = CheckDigit.compute(data);
    String wrong = data + (expected + shift) % 10;
    var error = catchThrowableOfType(InvalidIdentifierException.class, () -> Gtin.parse(wrong));
    assertThat(error.expectedCheckDigit()).hasValue(expected);
    assertThat(error.getMessage()).contains("GTIN", wrong, "should be " + expected);
  }

  /** Padding to GTIN-14 adds leading zeros, which weigh nothing: the digit must not change. */
  @Property
  void paddingKeepsTheCheckDigit(@ForAll @NumericChars @StringLength(12) String data) {
    String gtin13 = CheckDigit.append(data);
    assertThat(Gtin.parse(gtin13).value()).isEqualTo("0" + gtin13);
  }
}
