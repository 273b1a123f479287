package org.origingraph.epcis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.origingraph.gs1.CheckDigit;

/** Example documents for the EPCIS tests: GS1's own, and small ones built with identifiers of each test's own. */
final class EpcisTestDocuments {

  private static final Path SHARED = Path.of("../shared/data/epcis");
  private static final Path COPY = Path.of("src/test/resources/epcis/examples");

  private EpcisTestDocuments() {}

  /** GS1's example documents: the shared ones when present, else the copy kept with the tests. */
  static List<Path> officialExamples() throws IOException {
    Path dir = Files.isDirectory(SHARED) ? SHARED : COPY;
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList();
    }
  }

  /** A document holding {@code events} (JSON objects, comma-separated). */
  static String document(String events) {
    return """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"example": "http://ns.example.com/epcis/"}],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T08:00:00Z",
         "epcisBody": {"eventList": [%s]}}""".formatted(events);
  }

  /** An ObjectEvent observing {@code epc}, with an eventID when {@code eventId} is not null. */
  static String observe(String eventId, String epc, String time) {
    return """
        {%s"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": ["%s"], "bizStep": "inspecting", "readPoint": {"id": "urn:epc:id:sgln:8935999.00001.0"},
         "example:inspector": {"example:name": "Lan"}}""".formatted(
        eventId == null ? "" : "\"eventID\": \"" + eventId + "\", ", time, epc);
  }

  /** A fresh, unique SGTIN of the test company prefix 8935999. */
  static String uniqueSgtin() {
    return "urn:epc:id:sgtin:8935999.012345." + UUID.randomUUID().toString().substring(0, 12);
  }

  /** A fresh lot. */
  static String uniqueLot(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The GTIN-14 of {@code urn:epc:…:8935999.0<itemReference>} . */
  static String gtin(String itemReference5) {
    return CheckDigit.append("0" + "8935999" + itemReference5);
  }
}
