package org.origingraph.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.origingraph.epcis.internal.EpcPatterns.Match;
import org.origingraph.epcis.internal.EpcPatterns.Prefix;
import org.origingraph.epcis.internal.EpcPatterns.Scope;
import org.junit.jupiter.api.Test;

/**
 * EPC patterns are translated into conditions on identifiers stored in canonical Digital Link form; each
 * test checks the translation against stored identifiers, the way the event query's Cypher applies it.
 */
class EpcPatternsTests {

  /** The Cypher condition of {@code EventReads}, in Java. */
  private static boolean matches(Match match, String stored) {
    return match.identifiers().contains(stored) || match.prefixes().stream().anyMatch(p -> stored.startsWith(p.prefix())
        && stored.substring(Math.min(p.at(), stored.length()), Math.min(p.at() + p.infix().length(), stored.length())).equals(p.infix()));
  }

  private static String stored(String identifier) {
    return EpcIdentifiers.parse(identifier).canonical();
  }

  @Test
  void anSgtinPatternWithItsItemReferenceMatchesEverySerialOfThatGtinOnly() {
    Match match = EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.107346.*", Scope.INSTANCE);
    assertThat(match.prefixes()).containsExactly(Prefix.of("https://id.gs1.org/01/10614141073464/21/"));
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.107346.2017"))).isTrue();
    assertThat(matches(match, stored("https://id.gs1.org/01/10614141073464/21/ABC"))).isTrue();
    // another item reference, another indicator digit, another company: other GTINs
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.107347.2017"))).isFalse();
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.007346.2017"))).isFalse();
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614142.107346.2017"))).isFalse();
  }

  @Test
  void aCompanyPrefixPatternMatchesTheDigitsAfterTheIndicatorWhateverTheIndicator() {
    Match match = EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.*.*", Scope.INSTANCE);
    assertThat(match.prefixes()).hasSize(10);
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.107346.2017"))).isTrue();
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.812345.1"))).isTrue();
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.000001.1"))).isTrue();
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614142.107346.2017"))).isFalse();
    // The Digital Link does not say where the company prefix ends: this URN's GTIN 0061414107346… has the
    // pattern's digits after its indicator. GS1 never assigns both 061414 and 0614141, so the two cannot
    // both be right, and for keys written with their true company prefix the match is exact.
    assertThat(matches(match, stored("urn:epc:id:sgtin:061414.0107346.2017"))).isTrue();
    // the indicator digit is not part of the company prefix: 1061414… is company 0614141, not 1061414
    assertThat(matches(EpcPatterns.parse("urn:epc:idpat:sgtin:1061414.*.*", Scope.INSTANCE),
        stored("urn:epc:id:sgtin:0614141.107346.2017"))).isFalse();
  }

  @Test
  void instancePatternsDoNotMatchClassesAndClassPatternsMatchTheGtinAndItsLots() {
    String lot = stored("urn:epc:class:lgtin:0614141.107346.L1");
    String gtinClass = stored("urn:epc:idpat:sgtin:0614141.107346.*");
    String item = stored("urn:epc:id:sgtin:0614141.107346.2017");
    for (String pattern : List.of("urn:epc:idpat:sgtin:0614141.107346.*", "urn:epc:idpat:sgtin:0614141.*.*",
        "urn:epc:idpat:sgtin:*.*.*", "https://id.gs1.org/01/10614141073464")) {
      Match instances = EpcPatterns.parse(pattern, Scope.INSTANCE);
      Match classes = EpcPatterns.parse(pattern, Scope.CLASS);
      assertThat(matches(instances, item)).as(pattern).isTrue();
      assertThat(matches(instances, lot)).as(pattern).isFalse();
      assertThat(matches(instances, gtinClass)).as(pattern).isFalse();
      assertThat(matches(classes, lot)).as(pattern).isTrue();
      assertThat(matches(classes, gtinClass)).as(pattern).isTrue();
    }
  }

  @Test
  void anLgtinWithAStarLotMatchesEveryLotOfItsGtin() {
    Match match = EpcPatterns.parse("urn:epc:class:lgtin:0614141.107346.*", Scope.CLASS);
    assertThat(matches(match, stored("https://id.gs1.org/01/10614141073464/10/L1"))).isTrue();
    assertThat(matches(match, stored("urn:epc:class:lgtin:0614141.107346.L2"))).isTrue();
    assertThat(matches(match, stored("urn:epc:class:lgtin:0614141.107347.L1"))).isFalse();
  }

  @Test
  void anLgtinWhoseLotOnlyEndsInStarIsThatOneLot() {
    Match match = EpcPatterns.parse("urn:epc:class:lgtin:0614141.107346.AB.*", Scope.CLASS);
    assertThat(match.prefixes()).isEmpty();
    assertThat(matches(match, stored("urn:epc:class:lgtin:0614141.107346.AB.*"))).isTrue();
    assertThat(matches(match, stored("urn:epc:class:lgtin:0614141.107346.AB.7"))).isFalse();
    assertThat(matches(match, stored("urn:epc:class:lgtin:0614141.107346.L1"))).isFalse();
  }

  @Test
  void refusesAClassWhereInstancesAreMatched() {
    for (String value : List.of("urn:epc:class:lgtin:0614141.107346.L1", "urn:epc:class:lgtin:0614141.107346.*",
        "https://id.gs1.org/01/10614141073464/10/L1")) {
      assertThatThrownBy(() -> EpcPatterns.parse(value, Scope.INSTANCE)).as(value)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a class").hasMessageContaining("MATCH_epcClass");
      assertThat(EpcPatterns.parse(value, Scope.CLASS)).as(value).isNotNull();
    }
  }

  @Test
  void refusesOneObjectWhereClassesAreMatched() {
    for (String value : List.of("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2017",
        "urn:epc:id:sscc:0614141.1234567890", "https://id.gs1.org/414/0614141000005", "urn:epc:id:grai:0614141.12345.400")) {
      assertThatThrownBy(() -> EpcPatterns.parse(value, Scope.CLASS)).as(value)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is one object").hasMessageContaining("MATCH_epc");
    }
  }

  @Test
  void ssccPatternsSkipTheExtensionDigit() {
    Match match = EpcPatterns.parse("urn:epc:idpat:sscc:0614141.*", Scope.INSTANCE);
    assertThat(matches(match, stored("urn:epc:id:sscc:0614141.1234567890"))).isTrue();
    assertThat(matches(match, stored("urn:epc:id:sscc:0614141.9234567890"))).isTrue();
    assertThat(matches(match, stored("urn:epc:id:sscc:0614142.1234567890"))).isFalse();
    assertThat(matches(match, stored("urn:epc:id:sgtin:0614141.107346.2017"))).isFalse();
    assertThat(EpcPatterns.parse("urn:epc:idpat:sscc:0614141.1234567890", Scope.INSTANCE).identifiers())
        .containsExactly("https://id.gs1.org/00/106141412345678908");
  }

  @Test
  void glnPatternsMatchEveryExtensionOfALocationOrEveryLocationOfACompany() {
    Match location = EpcPatterns.parse("urn:epc:idpat:sgln:0614141.12345.*", Scope.INSTANCE);
    assertThat(matches(location, stored("urn:epc:id:sgln:0614141.12345.0"))).isTrue();
    assertThat(matches(location, stored("urn:epc:id:sgln:0614141.12345.dock7"))).isTrue();
    assertThat(matches(location, stored("urn:epc:id:sgln:0614141.12346.0"))).isFalse();
    Match company = EpcPatterns.parse("urn:epc:idpat:sgln:0614141.*.*", Scope.INSTANCE);
    assertThat(matches(company, stored("urn:epc:id:sgln:0614141.12346.0"))).isTrue();
    assertThat(matches(company, stored("urn:epc:id:sgln:0614142.12346.0"))).isFalse();
    // A party is not a location: GS1 gives it its own Digital Link (417), and its own pattern scheme.
    assertThat(matches(company, stored("urn:epc:id:pgln:0614141.12346"))).isFalse();
    Match parties = EpcPatterns.parse("urn:epc:idpat:pgln:0614141.*", Scope.INSTANCE);
    assertThat(matches(parties, stored("urn:epc:id:pgln:0614141.12346"))).isTrue();
    assertThat(matches(parties, stored("https://id.gs1.org/417/0614141123452"))).isTrue();
    assertThat(matches(parties, stored("urn:epc:id:sgln:0614141.12346.0"))).isFalse();
  }

  @Test
  void otherSchemesMatchTheUrnsTheyAreStoredAs() {
    Match assets = EpcPatterns.parse("urn:epc:idpat:grai:0614141.12345.*", Scope.INSTANCE);
    assertThat(matches(assets, "urn:epc:id:grai:0614141.12345.400")).isTrue();
    assertThat(matches(assets, "urn:epc:id:grai:0614141.123456.400")).isFalse();
    Match assetTypes = EpcPatterns.parse("urn:epc:idpat:grai:0614141.*.*", Scope.CLASS);
    assertThat(matches(assetTypes, "urn:epc:idpat:grai:0614141.12345.*")).isTrue();
    assertThat(matches(assetTypes, "urn:epc:idpat:grai:0614142.12345.*")).isFalse();
  }

  @Test
  void identifiersAndPatternsWithoutStarMatchOneIdentifierInEitherNotation() {
    String canonical = "https://id.gs1.org/01/10614141073464/21/2017";
    assertThat(EpcPatterns.parse("urn:epc:id:sgtin:0614141.107346.2017", Scope.INSTANCE).identifiers()).containsExactly(canonical);
    assertThat(EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.107346.2017", Scope.INSTANCE).identifiers()).containsExactly(canonical);
    assertThat(EpcPatterns.parse("https://example.com/01/10614141073464/21/2017", Scope.INSTANCE).identifiers())
        .containsExactly(canonical);
    assertThat(EpcPatterns.identifier("urn:epc:id:pgln:0614141.12345")).isEqualTo(EpcPatterns.identifier("https://id.gs1.org/417/0614141123452"));
  }

  @Test
  void refusesMalformedPatternsSayingWhatIsWrong() {
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.*.2017", Scope.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an EPC pattern").hasMessageContaining("only * may follow");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgtin:*.107346.*", Scope.INSTANCE))
        .hasMessageContaining("only * may follow");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.1073*.*", Scope.INSTANCE))
        .hasMessageContaining("whole part");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgtin:06141.*.*", Scope.INSTANCE))
        .hasMessageContaining("6 to 12 digits");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.10734.*", Scope.INSTANCE))
        .hasMessageContaining("6 digits of indicator and item reference");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgtin:0614141.*", Scope.INSTANCE))
        .hasMessageContaining("3 parts");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sscc:0614141.*.*", Scope.INSTANCE))
        .hasMessageContaining("whole part");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:sgln:0614141.1234.*", Scope.INSTANCE))
        .hasMessageContaining("5 digits of location reference");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:idpat:gtin:0614141.*.*", Scope.INSTANCE))
        .hasMessageContaining("no EPC scheme 'gtin'");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:class:lgtin:0614141.1073.*", Scope.CLASS))
        .hasMessageContaining("6 digits of indicator and item reference");
    assertThatThrownBy(() -> EpcPatterns.parse("urn:epc:id:sgtin:0614141.107346", Scope.INSTANCE))
        .hasMessageContaining("EPC URN 'urn:epc:id:sgtin:0614141.107346' must have 3 dot-separated parts");
  }

  @Test
  void wholeIdentifierParametersRefusePatterns() {
    assertThatThrownBy(() -> EpcPatterns.identifier("urn:epc:idpat:sgln:0614141.*.*"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the MATCH_ parameters take patterns");
  }
}
