package org.origingraph.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.origingraph.gs1.ApplicationIdentifier;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.EpcUrn;
import org.origingraph.gs1.GeneratedCases;
import org.origingraph.gs1.Gln;
import org.origingraph.gs1.Gtin;
import org.origingraph.gs1.Lot;
import org.origingraph.gs1.Sscc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph stores identifiers in the gs1 module's canonical Digital Link ({@link Epc#canonical()}); the
 * CBV event hash writes them as GS1's reference does ({@link CanonicalDigitalLink}). Both must name the
 * same GS1 key for every identifier the graph keys (SGTIN, LGTIN, GTIN pattern, SSCC, SGLN with or
 * without extension, PGLN; as URN or Digital Link), and be the same text wherever no value needs
 * percent-encoding: otherwise an event's hash and its stored identifiers would disagree on what it names.
 * The one exception is the reference's: it does not read a Digital Link whose values hold percent-escapes.
 */
class CanonicalFormsAgreeTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern IDENTIFIER = Pattern.compile("(?:urn:epc:[a-z]+:[a-z]+:|https?://)[^\"\\s\\\\]+");

  @ParameterizedTest
  @MethodSource({"demoData", "testDocuments", "generated"})
  void theGraphAndTheEventHashNameTheSameKey(String identifier) {
    Epc stored = EpcIdentifiers.parse(identifier);
    assertThat(stored).as("a key the graph stores").isInstanceOf(Epc.Key.class);
    String hashed = CanonicalDigitalLink.of(identifier);
    if (hashed == null) {
      // GS1's reference quirk: a Digital Link with a percent-escape in a value is no canonical Digital
      // Link to it, so the hash takes it as written. The only case where the two forms part.
      assertThat(identifier).as("the event hash's form of " + identifier).startsWith("http").contains("%");
      return;
    }
    Epc reread = EpcIdentifiers.parse(hashed);
    assertThat(reread.getClass()).isEqualTo(stored.getClass());
    assertThat(reread.canonical()).isEqualTo(stored.canonical());
    if (stored.canonical().indexOf('%') < 0) {
      assertThat(hashed).isEqualTo(stored.canonical());
    }
  }

  /** The GS1 keys of the demo data, written as EPC URNs and as Digital Links. */
  static Stream<String> demoData() throws IOException {
    JsonNode demo = JSON.readTree(Files.readString(Path.of("src/main/resources/demo/provenance-demo.json")));
    List<DigitalLink> links = new ArrayList<>();
    for (JsonNode batch : demo.path("batches")) {
      links.add(DigitalLink.of(new Gtin(batch.path("gtin").asString()), new Lot(batch.path("lot").asString())));
    }
    for (JsonNode product : demo.path("products")) {
      links.add(DigitalLink.of(new Gtin(product.path("gtin").asString())));
    }
    for (String list : List.of("organizations", "facilities")) {
      for (JsonNode place : demo.path(list)) {
        Gln gln = new Gln(place.path("gln").asString());
        links.add(DigitalLink.of(gln, false));
        links.add(DigitalLink.of(gln, true));
      }
    }
    for (JsonNode shipment : demo.path("shipments")) {
      links.add(DigitalLink.of(new Sscc(shipment.path("sscc").asString())));
    }
    assertThat(links).hasSizeGreaterThan(200);
    return links.stream().flatMap(link -> Stream.of(new EpcUrn(link, 7).toString(), link.canonicalUri(),
        link.toUri("https://brand.example/qr")));
  }

  /** Every identifier of a GS1 key written in the EPCIS test documents and the EPCIS tests. */
  static Stream<String> testDocuments() throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path root : List.of(Path.of("src/test/resources/epcis"), Path.of("src/test/java/org/origingraph/epcis"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).forEach(file -> {
          Matcher m = IDENTIFIER.matcher(read(file));
          while (m.find()) {
            found.add(m.group());
          }
        });
      }
    }
    List<String> keys = found.stream().filter(CanonicalFormsAgreeTests::isStoredKey).toList();
    assertThat(keys).hasSizeGreaterThan(50);
    return keys.stream();
  }

  /** Generated keys of every kind, as URNs of any company-prefix length and as Digital Links on any domain. */
  static Stream<String> generated() {
    return GeneratedCases.generate(401, g -> {
      DigitalLink link = g.urnLink();
      return switch (g.between(0, 2)) {
        case 0 -> new EpcUrn(link, g.between(6, 12)).toString();
        case 1 -> link.canonicalUri();
        default -> {
          // On another domain, with a path prefix, data attributes and the qualifiers the graph drops.
          DigitalLink written = link;
          if (link.keyType() == ApplicationIdentifier.GTIN && link.serial() != null && g.chance(0.5)) {
            written = DigitalLink.of(link.gtin().orElseThrow(), new Lot(g.set82()), link.serial());
          }
          yield written.toUri(g.oneOf(List.of("https://brand.example", "http://example.org/p/qr", "https://id.gs1.org")))
              + (g.chance(0.5) ? "?17=" + g.expiry() + "&linkType=gs1:pip" : "");
        }
      };
    });
  }

  private static boolean isStoredKey(String identifier) {
    try {
      return EpcIdentifiers.parse(identifier) instanceof Epc.Key;
    } catch (IllegalArgumentException e) {
      return false; // refused at capture: never stored
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
