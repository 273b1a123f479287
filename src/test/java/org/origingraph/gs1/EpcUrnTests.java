package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Examples from the GS1 EPC Tag Data Standard, both ways. */
class EpcUrnTests {

  private static final CompanyPrefixLengths SEVEN = CompanyPrefixLengths.fixed(7);

  @Test
  void sgtin() {
    var link = DigitalLink.parse("/01/80614141123458/21/6789");
    assertThat(EpcUrn.of(link, SEVEN)).hasToString("urn:epc:id:sgtin:0614141.812345.6789");
    assertThat(EpcUrn.parse("urn:epc:id:sgtin:0614141.812345.6789").link()).isEqualTo(link);
  }

  @Test
  void lgtinClass() {
    var link = DigitalLink.parse("/01/04012345123456/10/998877");
    assertThat(EpcUrn.of(link, SEVEN)).hasToString("urn:epc:class:lgtin:4012345.012345.998877");
    assertThat(EpcUrn.parse("urn:epc:class:lgtin:4012345.012345.998877").link()).isEqualTo(link);
  }

  @Test
  void ssccSglnAndPgln() {
    assertThat(EpcUrn.parse("urn:epc:id:sscc:0614141.1234567890").link())
        .isEqualTo(DigitalLink.of(Sscc.parse("106141412345678908")));
    assertThat(EpcUrn.parse("urn:epc:id:sgln:0614141.12345.0").link())
        .isEqualTo(DigitalLink.of(Gln.parse("0614141123452"), false));
    assertThat(EpcUrn.parse("urn:epc:id:pgln:0614141.12345").link())
        .isEqualTo(DigitalLink.of(Gln.parse("0614141123452"), true));
    assertThat(EpcUrn.of(DigitalLink.of(Gln.parse("0614141123452"), false), SEVEN))
        .hasToString("urn:epc:id:sgln:0614141.12345.0");
  }

  @Test
  void urnInputKeepsItsOwnCompanyPrefixLength() {
    var urn = EpcUrn.parse("urn:epc:id:sgtin:061414112.8345.400");
    assertThat(urn.companyPrefixLength()).isEqualTo(9);
    assertThat(urn).hasToString("urn:epc:id:sgtin:061414112.8345.400");
  }

  @Test
  void theTableChoosesTheLengthByPrefixRange() {
    var lengths = new CompanyPrefixLengths(7, List.of(
        new CompanyPrefixLengths.Range("893", "893", 7), new CompanyPrefixLengths.Range("89385", "89386", 9)));
    assertThat(lengths.lengthFor("8938512000015")).isEqualTo(9);
    assertThat(lengths.lengthFor("8931234000015")).isEqualTo(7);
    assertThat(lengths.lengthFor("4012345000015")).isEqualTo(7);
    var link = DigitalLink.parse("/01/08938512000015/10/BT-2026-031");
    assertThat(EpcUrn.of(link, lengths)).hasToString("urn:epc:class:lgtin:893851200.0001.BT-2026-031");
  }

  @Test
  void escapesUrnReservedCharacters() {
    var link = DigitalLink.of(Gtin.parse("08938512000015"), null, new Serial("A/B%C?"));
    String urn = EpcUrn.of(link, SEVEN).toString();
    assertThat(urn).isEqualTo("urn:epc:id:sgtin:8938512.000001.A%2FB%25C%3F");
    assertThat(EpcUrn.parse(urn).link()).isEqualTo(link);
  }

  @Test
  void aPlainGtinIsTheSgtinPatternOfItsItems() {
    var link = DigitalLink.of(Gtin.parse("04012345666663"));
    assertThat(EpcUrn.of(link, SEVEN)).hasToString("urn:epc:idpat:sgtin:4012345.066666.*");
    assertThat(EpcUrn.parse("urn:epc:idpat:sgtin:4012345.066666.*").link()).isEqualTo(link);
    assertThatThrownBy(() -> EpcUrn.parse("urn:epc:idpat:sgtin:4012345.066666.7")).hasMessageContaining("must end in '.*'");
  }

  @Test
  void aGtinWithLotAndSerialOrAVariantHasNoUrn() {
    assertThatThrownBy(() -> EpcUrn.of(DigitalLink.parse("/01/08938512000015/10/L1/21/S1"), SEVEN))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("has no EPC URN");
    assertThatThrownBy(() -> EpcUrn.of(DigitalLink.parse("/01/08938512000015/22/V1"), SEVEN))
        .hasMessageContaining("has no EPC URN");
  }

  @Test
  void sglnKeepsItsExtension() {
    var link = DigitalLink.parse("/414/9520053850113/254/ts4711");
    assertThat(EpcUrn.parse("urn:epc:id:sgln:952005385.011.ts4711").link()).isEqualTo(link);
    assertThat(new EpcUrn(link, 9)).hasToString("urn:epc:id:sgln:952005385.011.ts4711");
    assertThat(EpcUrn.parse("urn:epc:id:sgln:952005385.011.A%2FB").link().extension()).isEqualTo("A/B");
    assertThatThrownBy(() -> new EpcUrn(DigitalLink.of(Gln.parse("9520053850113"), "0"), 9))
        .hasMessageContaining("writes for no extension");
  }

  @Test
  void recognizesOnlyTheUrnsOfTheKeysItKnows() {
    assertThat(EpcUrn.recognize("urn:epc:id:sgtin:0614141.812345.6789")).isPresent();
    assertThat(EpcUrn.recognize("urn:epc:id:giai:0614141.1")).isEmpty();
    assertThat(EpcUrn.recognize("https://id.gs1.org/01/80614141123458/21/6789")).isEmpty();
    assertThat(EpcUrn.recognize("urn:uuid:b4a0a5f4-9a36-4a4b-8c5e-1f0e0c3a3d6e")).isEmpty();
    assertThatThrownBy(() -> EpcUrn.recognize("urn:epc:id:sgtin:0614141.12.1")).isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> EpcUrn.recognize("urn:epc:idpat:sscc:0614141.*")).hasMessageContaining("is not an sgtin");
  }

  @Test
  void rejectsMalformedUrns() {
    assertThatThrownBy(() -> EpcUrn.parse("urn:epc:id:sgtin:0614141.81234.6789")).hasMessageContaining("6 digits");
    assertThatThrownBy(() -> EpcUrn.parse("urn:epc:id:sgtin:06141.8123456.6789")).hasMessageContaining("company prefix of 5");
    assertThatThrownBy(() -> EpcUrn.parse("urn:epc:id:giai:0614141.1")).hasMessageContaining("is not an sgtin");
    assertThatThrownBy(() -> EpcUrn.parse("urn:epc:id:sgln:0614141.12345.A#1")).hasMessageContaining("GLN extension");
  }
}
