package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The modulo-10 check digit over every key length, and what its errors tell the user; over generated keys. */
class CheckDigitPropertyTests {

  static Stream<Arguments> keyData() {
    return GeneratedCases.generate(101, g -> arguments(g.digits(13), g.digits(12), g.digits(17)));
  }

  @ParameterizedTest
  @MethodSource("keyData")
  void keysWithTheComputedDigitAreAccepted(String gtinData, String glnData, String ssccData) {
    assertThat(new Gtin(CheckDigit.append(gtinData)).value()).startsWith(gtinData);
    assertThat(new Gln(CheckDigit.append(glnData)).value()).startsWith(glnData);
    assertThat(new Sscc(CheckDigit.append(ssccData)).value()).startsWith(ssccData);
  }

  /** Every position of a GTIN-14 and every other digit there, for ten generated GTINs: 1,260 cases. */
  static Stream<Arguments> substitutions() {
    return GeneratedCases.generate(102, g -> g.digits(13)).limit(10)
        .flatMap(data -> IntStream.rangeClosed(0, 13).boxed()
            .flatMap(position -> IntStream.rangeClosed(1, 9).mapToObj(shift -> arguments(data, position, shift))));
  }

  /** Weights 3 and 1 are both prime to 10, so changing any one digit must change the sum mod 10. */
  @ParameterizedTest
  @MethodSource("substitutions")
  void everySingleDigitSubstitutionIsRejected(String data, int position, int shift) {
    String valid = CheckDigit.append(data);
    char replaced = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
    String corrupted = valid.substring(0, position) + replaced + valid.substring(position + 1);
    assertThatThrownBy(() -> Gtin.parse(corrupted))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("check digit");
  }

  static Stream<Arguments> wrongDigits() {
    return GeneratedCases.generate(103, g -> arguments(g.digits(12), g.between(1, 9)));
  }

  @ParameterizedTest
  @MethodSource("wrongDigits")
  void aWrongCheckDigitErrorNamesTheExpectedDigit(String data, int shift) {
    int expected = CheckDigit.compute(data);
    String wrong = data + (expected + shift) % 10;
    var error = catchThrowableOfType(InvalidIdentifierException.class, () -> Gtin.parse(wrong));
    assertThat(error.expectedCheckDigit()).hasValue(expected);
    assertThat(error.getMessage()).contains("GTIN", wrong, "should be " + expected);
  }

  static Stream<String> gtin13Data() {
    return GeneratedCases.generate(104, g -> g.digits(12));
  }

  /** Padding to GTIN-14 adds leading zeros, which weigh nothing: the digit must not change. */
  @ParameterizedTest
  @MethodSource("gtin13Data")
  void paddingKeepsTheCheckDigit(String data) {
    String gtin13 = CheckDigit.append(data);
    assertThat(Gtin.parse(gtin13).value()).isEqualTo("0" + gtin13);
  }
}
