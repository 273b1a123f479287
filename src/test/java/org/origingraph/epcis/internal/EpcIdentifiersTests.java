package org.origingraph.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.origingraph.gs1.DigitalLink;
import org.junit.jupiter.api.Test;

class EpcIdentifiersTests {

  @Test
  void readsAnSgtinUrnIntoGtinAndSerial() {
    assertThat(EpcIdentifiers.parse("urn:epc:id:sgtin:0614141.107346.2017"))
        .isEqualTo(new Epc.Item("urn:epc:id:sgtin:0614141.107346.2017", "10614141073464", "2017"));
  }

  @Test
  void readsLgtinClassesAndGtinPatterns() {
    assertThat(EpcIdentifiers.parse("urn:epc:class:lgtin:4012345.012345.998877"))
        .isEqualTo(new Epc.ItemClass("urn:epc:class:lgtin:4012345.012345.998877", "04012345123456", "998877"));
    assertThat(EpcIdentifiers.parse("urn:epc:idpat:sgtin:4012345.066666.*"))
        .isEqualTo(new Epc.ItemClass("urn:epc:idpat:sgtin:4012345.066666.*", "04012345666663", null));
  }

  @Test
  void readsSglnWithItsExtensionAndSscc() {
    Epc location = EpcIdentifiers.parse("urn:epc:id:sgln:952005385.011.ts4711");
    assertThat(location).isEqualTo(new Epc.Location("urn:epc:id:sgln:952005385.011.ts4711", "9520053850113", "ts4711"));
    assertThat(location.canonical()).isEqualTo("https://id.gs1.org/414/9520053850113/254/ts4711");
    assertThat(EpcIdentifiers.parse("urn:epc:id:sscc:0614141.1234567890"))
        .isEqualTo(new Epc.Unit("urn:epc:id:sscc:0614141.1234567890", "106141412345678908"));
  }

  @Test
  void digitalLinksAndUrnsOfTheSameItemHaveOneCanonicalForm() {
    Epc urn = EpcIdentifiers.parse("urn:epc:class:lgtin:0614141.077777.987");
    Epc link = EpcIdentifiers.parse("https://id.gs1.org/01/00614141777778/10/987");
    assertThat(urn.canonical()).isEqualTo(link.canonical()).isEqualTo("https://id.gs1.org/01/00614141777778/10/987");
  }

  @Test
  void aPartyIsItsOwnDigitalLinkAndAnItemDropsItsLot() {
    Epc party = EpcIdentifiers.parse("urn:epc:id:pgln:0614141.12345");
    assertThat(party).isEqualTo(new Epc.Location("urn:epc:id:pgln:0614141.12345", DigitalLink.parse("/417/0614141123452")));
    assertThat(party.canonical()).isEqualTo("https://id.gs1.org/417/0614141123452");
    assertThat(EpcIdentifiers.parse("https://brand.example/01/00614141777778/22/V1/10/L1/21/S1?17=270302").canonical())
        .isEqualTo("https://id.gs1.org/01/00614141777778/21/S1");
  }

  @Test
  void theCanonicalFormPercentEncodesWhatAUriCannotHold() {
    Epc item = EpcIdentifiers.parse("urn:epc:id:sgtin:0614141.107346.A%2FB:1");
    assertThat(((Epc.Item) item).serial()).isEqualTo("A/B:1");
    assertThat(item.canonical()).isEqualTo("https://id.gs1.org/01/10614141073464/21/A%2FB%3A1");
    assertThat(EpcIdentifiers.parse(item.canonical()).canonical()).isEqualTo(item.canonical());
  }

  @Test
  void leavesOtherIdentifiersAsTheyAre() {
    assertThat(EpcIdentifiers.parse("urn:epc:id:giai:4000001.111")).isInstanceOf(Epc.Other.class);
    assertThat(EpcIdentifiers.parse("https://example.org/8004/401234599999")).isInstanceOf(Epc.Other.class);
  }

  @Test
  void refusesMalformedKnownSchemesAndWrongCheckDigits() {
    assertThatThrownBy(() -> EpcIdentifiers.parse("urn:epc:id:sgtin:0614141.12.1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpcIdentifiers.parse("https://id.gs1.org/01/00614141777779/10/987"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("00614141777779");
    assertThatThrownBy(() -> EpcIdentifiers.parse("urn:epc:id:sgln:0614141.07346")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpcIdentifiers.parse("urn:epc:idpat:sgln:0614141.*.*")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpcIdentifiers.parse("urn:epc:id:sgtin:0614141.107346.ABCDEFGHIJKLMNOPQRSTU"))
        .hasMessageContaining("serial");
  }
}
