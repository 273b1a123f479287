package org.origingraph.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EQ_bizTransaction_{type}, EQ_source_{type} and EQ_destination_{type}: an importer finds the events of
 * a purchase order or of a trading partner, whichever spelling of the CBV type either side used, and
 * parties in either identifier notation.
 */
class EpcisQueryTransactionIntegrationTests extends EpcisQueryTest {

  private String company;
  /** The seller's party GLN (PGLN 9-digit company prefix + 3-digit reference) and its URN. */
  private String sellerGln;
  private String sellerUrn;
  /** The seller's warehouse (SGLN). */
  private String warehouseUrn;
  /** The buyer, captured as a Digital Link. */
  private String buyerGln;
  private String purchaseOrder;
  private String despatchAdvice;
  private String untyped;

  /**
   * {@code sale}: a purchase order and a despatch advice, the seller as owning party and its warehouse
   * as location, the buyer as owning destination. {@code handover}: a transaction without a type, the
   * seller as possessing party.
   */
  @BeforeEach
  void captureSale() {
    company = "8" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    sellerGln = CheckDigit.append(company + "001");
    sellerUrn = "urn:epc:id:pgln:" + company + ".001";
    warehouseUrn = "urn:epc:id:sgln:" + company + ".002.0";
    buyerGln = CheckDigit.append(company + "003");
    purchaseOrder = "urn:epcglobal:cbv:bt:" + sellerGln + ":PO-" + UUID.randomUUID();
    despatchAdvice = "urn:epcglobal:cbv:bt:" + sellerGln + ":DA-" + UUID.randomUUID();
    untyped = "urn:epcglobal:cbv:bt:" + sellerGln + ":X-" + UUID.randomUUID();
    String events = String.join(",",
        event("sale", """
            "bizTransactionList": [{"type": "po", "bizTransaction": "%s"},
                                   {"type": "https://ref.gs1.org/cbv/BTT-desadv", "bizTransaction": "%s"}],
            "sourceList": [{"type": "owning_party", "source": "%s"}, {"type": "location", "source": "%s"}],
            "destinationList": [{"type": "https://ref.gs1.org/cbv/SDT-owning_party", "destination": "https://id.gs1.org/417/%s"}]"""
            .formatted(purchaseOrder, despatchAdvice, sellerUrn, warehouseUrn, buyerGln)),
        event("handover", """
            "bizTransactionList": [{"bizTransaction": "%s"}],
            "sourceList": [{"type": "possessing_party", "source": "%s"}]""".formatted(untyped, sellerUrn)));
    capture(events);
  }

  private String event(String name, String parties) {
    return """
        {"type": "ObjectEvent", "eventID": "%s", "eventTime": "2026-05-05T10:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "OBSERVE", "epcList": ["%s"], %s}""".formatted(eventId(name), EpcisTestDocuments.uniqueSgtin(), parties);
  }

  @Test
  void aBusinessTransactionMatchesUnderAnySpellingOfItsType() {
    assertThat(found("EQ_bizTransaction_po", purchaseOrder)).containsExactly("sale");
    assertThat(found("EQ_bizTransaction_urn:epcglobal:cbv:btt:po", purchaseOrder)).containsExactly("sale");
    assertThat(found("EQ_bizTransaction_https://ref.gs1.org/cbv/BTT-po", purchaseOrder)).containsExactly("sale");
    // captured as a Web URI, asked for by short name
    assertThat(found("EQ_bizTransaction_desadv", despatchAdvice)).containsExactly("sale");
  }

  /** Capture takes any URI as a transaction id; one that only looks like a Digital Link must be found too. */
  @Test
  void aBusinessTransactionIdIsFoundExactlyAsCaptured() {
    String erpOrder = "https://erp.example.com/orders-" + UUID.randomUUID() + "/00/4711";
    capture(event("erp", """
        "bizTransactionList": [{"type": "po", "bizTransaction": "%s"}]""".formatted(erpOrder)));
    assertThat(found("EQ_bizTransaction_po", erpOrder)).containsExactly("erp");
    assertThat(found("EQ_bizTransaction_po", erpOrder + "2")).isEmpty();
  }

  @Test
  void aBusinessTransactionOfAnotherTypeOrWithoutTypeDoesNotMatch() {
    assertThat(found("EQ_bizTransaction_desadv", purchaseOrder)).isEmpty();
    assertThat(found("EQ_bizTransaction_po", untyped)).isEmpty();
  }

  @Test
  void everyTypedParameterMustHoldAndValuesOfOneTypeAreAlternatives() {
    assertThat(found("EQ_bizTransaction_po", purchaseOrder, "EQ_bizTransaction_desadv", despatchAdvice)).containsExactly("sale");
    assertThat(found("EQ_bizTransaction_po", purchaseOrder, "EQ_bizTransaction_desadv", untyped)).isEmpty();
    assertThat(found("EQ_bizTransaction_po", untyped + "|" + purchaseOrder)).containsExactly("sale");
  }

  @Test
  void sourcesAndDestinationsMatchByTypeInEitherNotation() {
    assertThat(found("EQ_source_owning_party", sellerUrn)).containsExactly("sale");
    assertThat(found("EQ_source_owning_party", "https://id.gs1.org/417/" + sellerGln)).containsExactly("sale");
    assertThat(found("EQ_source_possessing_party", sellerUrn)).containsExactly("handover");
    assertThat(found("EQ_source_location", "https://id.gs1.org/414/" + CheckDigit.append(company + "002"))).containsExactly("sale");
    assertThat(found("EQ_destination_owning_party", "urn:epc:id:pgln:" + company + ".003")).containsExactly("sale");
    assertThat(found("EQ_destination_urn:epcglobal:cbv:sdt:owning_party", "https://id.gs1.org/417/" + buyerGln))
        .containsExactly("sale");
    assertThat(found("EQ_destination_owning_party", sellerUrn)).isEmpty();
  }

  @Test
  void aMalformedPartyOrAMissingTypeIsABadRequestNamingTheParameter() {
    refused("EQ_source_owning_party", "urn:epc:id:pgln:" + company + ".01");
    getEvents("EQ_bizTransaction_", purchaseOrder)
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.detail").value(containsString("needs a type"));
  }

  /**
   * Entries are stored as {@code <type>|<id>}: a type holding {@code |} could equal another entry, and a
   * type that is neither a CBV short name nor a URI was never captured.
   */
  @Test
  void aTypeThatIsNeitherAShortNameNorAUriIsABadRequestNamingTheParameter() {
    for (String parameter : List.of("EQ_bizTransaction_po|urn:epcglobal:cbv:bt:1", "EQ_source_owning party", "EQ_destination_Owning_Party")) {
      refused(parameter, purchaseOrder).jsonPath("$.detail").value(containsString("must be a CBV short name"));
    }
  }
}
