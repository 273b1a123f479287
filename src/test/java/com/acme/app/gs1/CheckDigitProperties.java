package com.acme.app.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CheckDigitProperties {

  @Provide
  Arbitrary<String> gtin13Data() {
    return Arbitraries.strings().numeric().ofLength(12);
  }

  @Property
  void appendedCheckDigitMakesAValidGtin(@ForAll("gtin13Data") String data) {
    Gtin gtin = Gtin.parse(CheckDigit.append(data));
    assertThat(gtin.value()).hasSize(14).endsWith(data + CheckDigit.compute(data));
  }

  @Property
  void everySingleDigitChangeIsDetected(
      @ForAll("gtin13Data") String data, @ForAll @IntRange(min = 0, max = 12) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String valid = CheckDigit.append(data);
    char changed = (char) ('0' + (valid.charAt(position) - '0' + delta) % 10);
    String typo = valid.substring(0, position) + changed + valid.substring(position + 1);
    assertThatThrownBy(() -> Gtin.parse(typo)).isInstanceOf(InvalidIdentifierException.class);
  }

  @Property
  void paddingDoesNotChangeTheCheckDigit(@ForAll("gtin13Data") String data) {
    assertThat(CheckDigit.compute("0" + data)).isEqualTo(CheckDigit.compute(data));
  }

  @Property
  void wrongCheckDigitErrorNamesTheExpectedDigit(@ForAll("glnData") String data, @ForAll @IntRange(min = 1, max = 9) int delta) {
    int expected = CheckDigit.compute(data);
    assertThatThrownBy(() -> Gln.parse(data + (expected + delta) % 10))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageEndingWith("but it should be " + expected);
  }

  @Provide
  Arbitrary<String> glnData() {
    return Arbitraries.strings().numeric().ofLength(12);
  }
}
