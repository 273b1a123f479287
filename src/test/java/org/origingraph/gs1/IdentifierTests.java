package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierTests {

  @Test
  void gtinsOfEveryLengthBecomeGtin14() {
    assertThat(Gtin.parse("96385074").value()).isEqualTo("00000096385074");
    assertThat(Gtin.parse("614141000036").value()).isEqualTo("00614141000036");
    assertThat(Gtin.parse("8938512000015").value()).isEqualTo("08938512000015");
    assertThat(Gtin.parse(" 08938512000015 ").value()).isEqualTo("08938512000015");
  }

  @Test
  void gtinErrorsSayWhatIsWrong() {
    assertThatThrownBy(() -> Gtin.parse("8938512000016")).hasMessage("GTIN '8938512000016' has check digit 6 but it should be 5")
        .extracting(e -> ((InvalidIdentifierException) e).expectedCheckDigit().getAsInt()).isEqualTo(5);
    assertThatThrownBy(() -> Gtin.parse("89385120000")).hasMessageContaining("must have 8, 12, 13 or 14 digits, not 11")
        .isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> Gtin.parse("89385120O0015")).hasMessageContaining("digits only");
    assertThatThrownBy(() -> Gtin.parse("")).hasMessageContaining("digits");
  }

  @Test
  void glnAndSsccHaveTheirOwnLengths() {
    assertThat(Gln.parse("8938513000106").value()).isEqualTo("8938513000106");
    assertThatThrownBy(() -> Gln.parse("08938513000106")).hasMessageContaining("must have 13 digits");
    assertThat(Sscc.parse("389385120000000016").value()).isEqualTo("389385120000000016");
    assertThatThrownBy(() -> Sscc.parse("389385120000000018")).hasMessageContaining("should be 6");
  }

  @Test
  void lotsFollowGs1CharacterSet82() {
    assertThat(Lot.parse("BT-2026-031").value()).isEqualTo("BT-2026-031");
    assertThat(Lot.parse("A/B.c_1%").value()).isEqualTo("A/B.c_1%");
    assertThatThrownBy(() -> Lot.parse("lot 1")).hasMessageContaining("may only contain");
    assertThatThrownBy(() -> Lot.parse("lô-1")).hasMessageContaining("may only contain");
    assertThatThrownBy(() -> Lot.parse("")).hasMessageContaining("1 to 20");
    assertThatThrownBy(() -> Lot.parse("X".repeat(21))).hasMessageContaining("not 21");
  }

  @Test
  void hugeInputIsNotEchoedInFull() {
    assertThatThrownBy(() -> Gtin.parse("9".repeat(10_000))).message().hasSizeLessThan(200);
  }
}
