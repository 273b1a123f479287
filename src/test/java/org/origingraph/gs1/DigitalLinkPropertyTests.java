package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Digital Link formatting and parsing, and EPC URN conversion, are each other's inverses; over generated links. */
class DigitalLinkPropertyTests {

  private static final List<String> BASE_URLS =
      List.of("https://id.origin-graph.example", "https://id.example/", "http://example.org/some/prefix", "");

  static Stream<Arguments> linksOnBaseUrls() {
    return GeneratedCases.generate(301, g -> arguments(g.anyLink(), g.oneOf(BASE_URLS)));
  }

  @ParameterizedTest
  @MethodSource("linksOnBaseUrls")
  void parsingAFormattedLinkGivesItBack(DigitalLink link, String baseUrl) {
    assertThat(DigitalLink.parse(link.toUri(baseUrl))).isEqualTo(link);
  }

  static Stream<DigitalLink> anyLinks() {
    return GeneratedCases.generate(302, GeneratedCases::anyLink);
  }

  @ParameterizedTest
  @MethodSource("anyLinks")
  void formattingIsCanonical(DigitalLink link) {
    String uri = link.toUri("https://id.example");
    assertThat(DigitalLink.parse(uri).toUri("https://id.example")).isEqualTo(uri);
  }

  @ParameterizedTest
  @MethodSource("anyLinks")
  void anAbsoluteLinkIsRecognizedAsItself(DigitalLink link) {
    assertThat(DigitalLink.recognize(link.canonicalUri())).contains(link);
  }

  static Stream<Arguments> urnLinksAndLengths() {
    return GeneratedCases.generate(303, g -> arguments(g.urnLink(), g.between(6, 12)));
  }

  @ParameterizedTest
  @MethodSource("urnLinksAndLengths")
  void urnsReadBackAsTheSameUrn(DigitalLink link, int companyPrefixLength) {
    var urn = new EpcUrn(link, companyPrefixLength);
    assertThat(EpcUrn.parse(urn.toString())).isEqualTo(urn);
    assertThat(EpcUrn.recognize(urn.toString())).contains(urn);
  }

  @ParameterizedTest
  @MethodSource("urnLinksAndLengths")
  void digitalLinkToUrnAndBackIsIdentity(DigitalLink link, int defaultLength) {
    var lengths = new CompanyPrefixLengths(defaultLength, List.of(new CompanyPrefixLengths.Range("893", "893", 7)));
    String urn = EpcUrn.of(link, lengths).toString();
    assertThat(EpcUrn.parse(urn).link()).isEqualTo(link);
  }
}
