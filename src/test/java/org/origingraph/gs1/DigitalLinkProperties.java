package org.origingraph.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Digital Link formatting and parsing, and EPC URN conversion, are each other's inverses. */
class DigitalLinkProperties {

  private static final String SET_82 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + Charset82.SYMBOLS;

  @Property
  void parsingAFormattedLinkGivesItBack(
      @ForAll("anyLink") DigitalLink link, @ForAll("baseUrls") String baseUrl) {
    assertThat(DigitalLink.parse(link.toUri(baseUrl))).isEqualTo(link);
  }

  @Property
  void formattingIsCanonical(@ForAll("anyLink") DigitalLink link) {
    String uri = link.toUri("https://id.example");
    assertThat(DigitalLink.parse(uri).toUri("https://id.example")).isEqualTo(uri);
  }

  @Property
  void urnsReadBackAsTheSameUrn(
      @ForAll("urnLink") DigitalLink link, @ForAll @IntRange(min = 6, max = 12) int companyPrefixLength) {
    var urn = new EpcUrn(link, companyPrefixLength);
    assertThat(EpcUrn.parse(urn.toString())).isEqualTo(urn);
  }

  @Property
  void digitalLinkToUrnAndBackIsIdentity(
      @ForAll("urnLink") DigitalLink link, @ForAll @IntRange(min = 6, max = 12) int defaultLength) {
    var lengths = new CompanyPrefixLengths(defaultLength, java.util.List.of(new CompanyPrefixLengths.Range("893", "893", 7)));
    String urn = EpcUrn.of(link, lengths).toString();
    assertThat(EpcUrn.parse(urn).link()).isEqualTo(link);
  }

  @Provide
  Arbitrary<String> baseUrls() {
    return Arbitraries.of("https://id.origin-graph.example", "https://id.example/", "http://example.org/some/prefix", "");
  }

  @Provide
  Arbitrary<DigitalLink> anyLink() {
    Arbitrary<DigitalLink> gtinLinks = Combinators.combine(
            gtins(), set82().injectNull(0.5), set82().injectNull(0.4), set82().injectNull(0.5), expiries().injectNull(0.6))
        .as((gtin, variant, lot, serial, expiry) -> {
          var attributes = new TreeMap<String, String>();
          if (expiry != null) {
            attributes.put("17", expiry);
          }
          return new DigitalLink(ApplicationIdentifier.GTIN, gtin, variant,
              lot == null ? null : new Lot(lot), serial == null ? null : new Serial(serial), attributes);
        });
    return Arbitraries.oneOf(gtinLinks, urnLink());
  }

  @Provide
  Arbitrary<DigitalLink> urnLink() {
    Arbitrary<DigitalLink> sgtin = Combinators.combine(gtins(), set82())
        .as((gtin, serial) -> DigitalLink.of(new Gtin(gtin), null, new Serial(serial)));
    Arbitrary<DigitalLink> lgtin = Combinators.combine(gtins(), set82())
        .as((gtin, lot) -> DigitalLink.of(new Gtin(gtin), new Lot(lot)));
    Arbitrary<DigitalLink> gln = Combinators.combine(digits(12), Arbitraries.of(true, false))
        .as((data, party) -> DigitalLink.of(new Gln(CheckDigit.append(data)), party));
    Arbitrary<DigitalLink> sscc = digits(17).map(data -> DigitalLink.of(new Sscc(CheckDigit.append(data))));
    return Arbitraries.oneOf(sgtin, lgtin, gln, sscc);
  }

  private static Arbitrary<String> gtins() {
    // Vietnamese prefixes often, so that the table's range is exercised as well as its default.
    return Arbitraries.oneOf(digits(13), digits(10).map(d -> d.charAt(0) + "893" + d.substring(1)))
        .map(CheckDigit::append);
  }

  private static Arbitrary<String> digits(int count) {
    return Arbitraries.strings().numeric().ofLength(count);
  }

  private static Arbitrary<String> set82() {
    return Arbitraries.strings().withChars(SET_82.toCharArray()).ofMinLength(1).ofMaxLength(20);
  }

  private static Arbitrary<String> expiries() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 28))
        .as((y, m, d) -> String.format("%02d%02d%02d", y, m, d));
  }
}
