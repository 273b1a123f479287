package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DigitalLinkTests {

  @Test
  void readsAnAbsoluteLinkAndPadsTheGtin() {
    var link = DigitalLink.parse("https://id.example.vn/01/8938512000015/10/BT-2026-031/21/A1?17=270302&linkType=gs1:pip");
    assertThat(link.keyType()).isEqualTo(ApplicationIdentifier.GTIN);
    assertThat(link.key()).isEqualTo("08938512000015");
    assertThat(link.lot()).isEqualTo(new Lot("BT-2026-031"));
    assertThat(link.serial()).isEqualTo(new Serial("A1"));
    assertThat(link.attributes()).containsOnlyKeys("17");
    assertThat(link.expiry().orElseThrow().date(2026)).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(link.toUri("https://id.origin-graph.example"))
        .isEqualTo("https://id.origin-graph.example/01/08938512000015/10/BT-2026-031/21/A1?17=270302");
  }

  @Test
  void acceptsAPathPrefixBeforeThePrimaryKey() {
    assertThat(DigitalLink.parse("https://brand.example/products/qr/01/08938512000015"))
        .isEqualTo(DigitalLink.of(Gtin.parse("08938512000015")));
  }

  @Test
  void percentEncodesLotCharactersThatWouldBreakTheUri() {
    var link = DigitalLink.of(Gtin.parse("08938512000015"), new Lot("A/B%1?&"));
    assertThat(link.path()).isEqualTo("/01/08938512000015/10/A%2FB%251%3F%26");
    assertThat(DigitalLink.parse(link.path())).isEqualTo(link);
  }

  @Test
  void toleratesOneTrailingSlash() {
    assertThat(DigitalLink.parse("/01/08938512000015/10/BT-2026-031/"))
        .isEqualTo(DigitalLink.parse("/01/08938512000015/10/BT-2026-031"));
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015/10/BT-2026-031/foo")).hasMessageContaining("no primary key");
  }

  @Test
  void keepsPlusAsPlus() {
    assertThat(DigitalLink.parse("/01/08938512000015/10/A+B").lot()).isEqualTo(new Lot("A+B"));
  }

  @Test
  void rejectsQualifiersOutOfOrder() {
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015/21/S1/10/L1"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("qualifier 10 after 21")
        .hasMessageContaining("22, 10, 21");
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015/10/L1/10/L2"))
        .hasMessageContaining("once each");
  }

  @Test
  void aWrongGtinCheckDigitSaysTheExpectedDigit() {
    var error = (InvalidIdentifierException) org.assertj.core.api.Assertions.catchThrowable(
        () -> DigitalLink.parse("/01/08938512000016/10/BT-2026-031"));
    assertThat(error.kind()).isEqualTo(IdentifierKind.GTIN);
    assertThat(error.expectedCheckDigit()).hasValue(5);
    assertThat(error.getMessage()).isEqualTo("GTIN '08938512000016' has check digit 6 but it should be 5");
  }

  @Test
  void onlyGtinsTakeQualifiers() {
    assertThatThrownBy(() -> DigitalLink.parse("/414/8938512000107/10/L1")).hasMessageContaining("only a GTIN");
  }

  @Test
  void aLocationGlnTakesAnExtension() {
    var link = DigitalLink.parse("https://example.org/414/9520053850113/254/Dock%2F1");
    assertThat(link).isEqualTo(DigitalLink.of(Gln.parse("9520053850113"), "Dock/1"));
    assertThat(link.canonicalUri()).isEqualTo("https://id.gs1.org/414/9520053850113/254/Dock%2F1");
    assertThatThrownBy(() -> DigitalLink.parse("/417/9520053850113/254/D1")).hasMessageContaining("only a location GLN (414)");
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015/254/D1")).hasMessageContaining("only a location GLN (414)");
    assertThatThrownBy(() -> DigitalLink.parse("/414/9520053850113/254/D%231")).hasMessageContaining("GLN extension");
  }

  @Test
  void recognizesAbsoluteUrisWithAPrimaryKeyAndRefusesThemWhenWrong() {
    assertThat(DigitalLink.recognize("https://brand.example/p/01/08938512000015/10/L1?linkType=all"))
        .contains(DigitalLink.of(Gtin.parse("08938512000015"), new Lot("L1")));
    assertThat(DigitalLink.recognize("https://example.org/8004/401234599999")).isEmpty();
    assertThat(DigitalLink.recognize("https://example.org/")).isEmpty();
    assertThat(DigitalLink.recognize("/01/08938512000015")).isEmpty();
    assertThat(DigitalLink.recognize("urn:epc:id:sgtin:0614141.812345.6789")).isEmpty();
    assertThatThrownBy(() -> DigitalLink.recognize("https://id.gs1.org/01/00614141777779/10/987"))
        .isInstanceOf(InvalidIdentifierException.class).hasMessageContaining("should be 8");
  }

  @Test
  void qualifiersDoNotBelongInTheQuery() {
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015?10=L1")).hasMessageContaining("belongs in the path");
  }

  @Test
  void checksTheExpiryAttribute() {
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015?17=271302")).hasMessageContaining("expiry date");
    assertThat(DigitalLink.parse("/01/08938512000015?17=270200").expiry().orElseThrow().date(2026))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void rejectsLinksWithoutAPrimaryKey() {
    assertThatThrownBy(() -> DigitalLink.parse("https://id.example/10/L1")).hasMessageContaining("no primary key");
    assertThatThrownBy(() -> DigitalLink.parse("urn:epc:id:sgtin:x")).hasMessageContaining("http(s) URI");
  }

  @Test
  void rejectsLotsOutsideSet82() {
    assertThatThrownBy(() -> DigitalLink.parse("/01/08938512000015/10/L%23")).hasMessageContaining("lot");
  }

  @Test
  void expiryCenturyFollowsTheGs1SlidingWindow() {
    assertThat(new ExpiryDate("991231").date(2026)).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(new ExpiryDate("760101").date(2026)).isEqualTo(LocalDate.of(2076, 1, 1));
    assertThat(new ExpiryDate("770101").date(2026)).isEqualTo(LocalDate.of(1977, 1, 1));
  }
}
