package org.origingraph.epcis;

import java.util.UUID;

import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The standard query parameters match identifiers in whichever notation the reader uses: an importer
 * holding a Digital Link from a stamp finds events its supplier captured with EPC URNs, and the other
 * way round.
 */
class EpcisQueryIntegrationTests extends EpcisQueryTest {

  private String locationReference;
  private String serialReference;

  /** A pallet packed at a location of its own, so that no other test's events match. */
  @BeforeEach
  void capturePacking() {
    locationReference = String.valueOf(10_000 + (int) (Math.random() * 89_999));
    // extension digit 7, then nine digits: with the 7-digit company prefix, the SSCC's 17
    serialReference = "7" + (UUID.randomUUID().toString().replaceAll("\\D", "") + "000000000").substring(0, 9);
    String packing = """
        {"type": "AggregationEvent", "eventTime": "2026-04-02T09:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "ADD", "bizStep": "packing", "parentID": "urn:epc:id:sscc:8935999.%s",
         "childEPCs": ["urn:epc:id:sgtin:8935999.012345.%s"],
         "bizLocation": {"id": "urn:epc:id:sgln:8935999.%s.0"}}""".formatted(serialReference, serialReference, locationReference);
    capture(packing);
  }

  private String sscc() {
    return CheckDigit.append(serialReference.charAt(0) + "8935999" + serialReference.substring(1));
  }

  @Test
  void aBusinessLocationMatchesAsUrnAndAsDigitalLink() {
    String gln = CheckDigit.append("8935999" + locationReference);
    query("EQ_bizLocation", "urn:epc:id:sgln:8935999." + locationReference + ".0")
        .jsonPath(RESULTS + ".length()").isEqualTo(1)
        .jsonPath(RESULTS + "[0].bizLocation.id").isEqualTo("urn:epc:id:sgln:8935999." + locationReference + ".0");
    query("EQ_bizLocation", "https://id.gs1.org/414/" + gln)
        .jsonPath(RESULTS + ".length()").isEqualTo(1);
  }

  @Test
  void anyEpcFindsAPalletByItsParentButEpcOnlyByItsContents() {
    query("MATCH_anyEPC", "https://id.gs1.org/00/" + sscc())
        .jsonPath(RESULTS + ".length()").isEqualTo(1)
        .jsonPath(RESULTS + "[0].type").isEqualTo("AggregationEvent");
    query("MATCH_epc", "urn:epc:id:sscc:8935999." + serialReference)
        .jsonPath(RESULTS + ".length()").isEqualTo(0);
    query("MATCH_epc", "urn:epc:id:sgtin:8935999.012345." + serialReference)
        .jsonPath(RESULTS + ".length()").isEqualTo(1);
  }

  /** Capture stores no empty EPC list, and an unpacking that names only the pallet has none at all. */
  @Test
  void anyEpcFindsAnUnpackingThatNamesOnlyThePallet() {
    capture("""
        {"type": "AggregationEvent", "eventTime": "2026-04-03T09:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "action": "DELETE", "bizStep": "unpacking", "parentID": "urn:epc:id:sscc:8935999.%s"}""".formatted(serialReference));
    query("MATCH_anyEPC", "urn:epc:id:sscc:8935999." + serialReference)
        .jsonPath(RESULTS + ".length()").isEqualTo(2)
        .jsonPath(RESULTS + "[1].action").isEqualTo("DELETE");
  }

  /**
   * The standard's MATCH_epc looks at epcList and childEPCs, MATCH_epcClass at quantityList and
   * childQuantityList; a transformation's inputs and outputs are found with MATCH_anyEPC and
   * MATCH_anyEPCClass.
   */
  @Test
  void epcAndEpcClassDoNotLookAtTheInputsAndOutputsOfATransformation() {
    String input = EpcisTestDocuments.uniqueSgtin();
    String lot = EpcisTestDocuments.uniqueLot("OUT");
    capture("""
        {"type": "TransformationEvent", "eventTime": "2026-04-04T09:00:00+07:00", "eventTimeZoneOffset": "+07:00",
         "inputEPCList": ["%s"], "outputQuantityList": [{"epcClass": "urn:epc:class:lgtin:8935999.012345.%s", "quantity": 5, "uom": "KGM"}],
         "bizLocation": {"id": "urn:epc:id:sgln:8935999.%s.0"}}""".formatted(input, lot, locationReference));
    query("MATCH_epc", input).jsonPath(RESULTS + ".length()").isEqualTo(0);
    query("MATCH_epcClass", "urn:epc:class:lgtin:8935999.012345." + lot).jsonPath(RESULTS + ".length()").isEqualTo(0);
    query("MATCH_anyEPC", input)
        .jsonPath(RESULTS + ".length()").isEqualTo(1)
        .jsonPath(RESULTS + "[0].type").isEqualTo("TransformationEvent");
    query("MATCH_anyEPCClass", "urn:epc:class:lgtin:8935999.012345." + lot)
        .jsonPath(RESULTS + ".length()").isEqualTo(1)
        .jsonPath(RESULTS + "[0].type").isEqualTo("TransformationEvent");
  }
}
