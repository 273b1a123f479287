package org.origingraph.epcis;

import static org.origingraph.epcis.EpcisTestDocuments.document;
import static org.origingraph.epcis.EpcisTestDocuments.observe;
import static org.origingraph.epcis.EpcisTestDocuments.uniqueSgtin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.origingraph.IntegrationTest;
import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The GraphQL mutation captures like the REST binding; the events connection pages through what was captured. */
class EpcisGraphQlIntegrationTests extends IntegrationTest {

  /** A client with a generous timeout, as a first capture in a fresh context plans its statements. */
  private HttpGraphQlTester withKey(String key) {
    return graphQlWithKey(key).mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void capturesADocumentAndPagesThroughItsEvents() {
    String epc = uniqueSgtin();
    String body = document(String.join(",", observe(null, epc, "2026-03-01T08:00:00+07:00"),
        observe(null, epc, "2026-03-02T08:00:00+07:00").replace("\"inspecting\"", "\"shipping\"")));
    withKey(CAPTURE_KEY).documentName("captureEpcisDocument").variable("document", body).execute()
        .path("captureEpcisDocument.status").entity(String.class).isEqualTo("SUCCESS")
        .path("captureEpcisDocument.capturedCount").entity(Integer.class).isEqualTo(2)
        .path("captureEpcisDocument.captureId").hasValue();
    var first = withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("epcs", List.of(epc), "eventTypes", List.of("OBJECT_EVENT"))).variable("first", 1)
        .execute();
    first.path("events.totalCount").entity(Integer.class).isEqualTo(2)
        .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
        .path("events.edges[0].node.type").entity(String.class).isEqualTo("OBJECT_EVENT")
        .path("events.edges[0].node.bizStep").entity(String.class).isEqualTo("inspecting")
        .path("events.edges[0].node.eventId").entity(String.class).satisfies(id -> assertThat(id).startsWith("ni:///sha-256;"));
    String cursor = first.path("events.pageInfo.endCursor").entity(String.class).get();
    withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("epcs", List.of(epc), "bizSteps", List.of("https://ref.gs1.org/cbv/BizStep-shipping")))
        .variable("first", 1).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(1);
    withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("epcs", List.of(epc))).variable("first", 1).variable("after", cursor).execute()
        .path("events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
        .path("events.edges[0].node.bizStep").entity(String.class).isEqualTo("shipping")
        .path("events.edges[0].node.json").entity(String.class).satisfies(json -> assertThat(json).contains("example:inspector"));
  }

  @Test
  void filtersByEpcPatternsBusinessTransactionsAndParties() {
    String company = "7" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String seller = CheckDigit.append(company + "001");
    String order = "urn:epcglobal:cbv:bt:" + seller + ":PO-" + UUID.randomUUID();
    String sale = """
        {"type": "ObjectEvent", "eventTime": "2026-05-06T10:00:00+07:00", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE",
         "epcList": ["urn:epc:id:sgtin:%s.0123.1"], "bizTransactionList": [{"type": "po", "bizTransaction": "%s"}],
         "sourceList": [{"type": "owning_party", "source": "urn:epc:id:pgln:%s.001"}]}""".formatted(company, order, company);
    withKey(ADMIN_KEY).documentName("captureEpcisDocument").variable("document", document(sale)).execute()
        .path("captureEpcisDocument.status").entity(String.class).isEqualTo("SUCCESS");
    Map<String, Object> filter = Map.of("epcs", List.of("urn:epc:idpat:sgtin:" + company + ".*.*"),
        "bizTransactions", List.of(Map.of("type", "urn:epcglobal:cbv:btt:po", "values", List.of(order))),
        "sources", List.of(Map.of("type", "https://ref.gs1.org/cbv/SDT-owning_party", "values", List.of("https://id.gs1.org/417/" + seller))));
    withKey(READER_KEY).documentName("events").variable("filter", filter).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(1)
        .path("events.edges[0].node.json").entity(String.class).satisfies(json -> assertThat(json).contains(order));
    Map<String, Object> otherParty = Map.of("epcs", List.of("urn:epc:idpat:sgtin:" + company + ".*.*"),
        "sources", List.of(Map.of("type", "possessing_party", "values", List.of("https://id.gs1.org/417/" + seller))));
    withKey(READER_KEY).documentName("events").variable("filter", otherParty).execute()
        .path("events.totalCount").entity(Integer.class).isEqualTo(0);
  }

  @Test
  void refusesAMalformedPatternOrPartyNamingTheFilterField() {
    withKey(READER_KEY).documentName("events").variable("filter", Map.of("epcs", List.of("urn:epc:idpat:sgtin:0614141.*.2017")))
        .execute().errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
            && "filter.epcs".equals(e.getExtensions().get("argument")) && e.getMessage().startsWith("filter.epcs: ")
            && e.getMessage().contains("is not an EPC pattern"));
    withKey(READER_KEY).documentName("events")
        .variable("filter", Map.of("sources", List.of(Map.of("type", "owning_party", "values", List.of("urn:epc:id:pgln:0614141.1")))))
        .execute().errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
            && "filter.sources".equals(e.getExtensions().get("argument")));
  }

  /** An empty list or a blank value would otherwise be dropped (every event) or match nothing. */
  @Test
  void refusesEmptyListsAndBlankValuesNamingTheFilterField() {
    Map<String, Map<String, Object>> refusals = Map.of(
        "filter.epcs", Map.of("epcs", List.of()),
        "filter.eventTypes", Map.of("eventTypes", List.of()),
        "filter.anyEpcs", Map.of("anyEpcs", List.of(" ")),
        "filter.bizSteps", Map.of("bizSteps", List.of("shipping", "")),
        "filter.bizTransactions", Map.of("bizTransactions", List.of(Map.of("type", "po", "values", List.of()))),
        "filter.sources", Map.of("sources", List.of(Map.of("type", "owning_party", "values", List.of(" ")))),
        "filter.destinations", Map.of("destinations", List.of()));
    refusals.forEach((argument, filter) -> withKey(READER_KEY).documentName("events").variable("filter", filter)
        .execute().errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
            && argument.equals(e.getExtensions().get("argument")) && e.getMessage().startsWith(argument + ": ")));
  }

  @Test
  void refusesMoreThanAHundredValuesOfOneFilterField() {
    List<String> epcs = IntStream.rangeClosed(0, 100).mapToObj(i -> "urn:epc:id:sgtin:0614141.107346." + i).toList();
    withKey(READER_KEY).documentName("events").variable("filter", Map.of("epcs", epcs)).execute()
        .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && "filter.epcs".equals(e.getExtensions().get("argument"))
            && e.getMessage().contains("at most 100 values, not 101"));
    withKey(READER_KEY).documentName("events").variable("filter", Map.of("epcs", epcs.subList(0, 100))).execute()
        .errors().verify();
  }

  @Test
  void reportsARefusedDocumentInThePayloadWithPointers() {
    String bad = observe(null, uniqueSgtin(), "2026-03-01T08:00:00+07:00").replace("\"OBSERVE\"", "\"SHAKE\"");
    withKey(CAPTURE_KEY).documentName("captureEpcisDocument").variable("document", document(bad)).execute()
        .path("captureEpcisDocument.status").entity(String.class).isEqualTo("FAILED")
        .path("captureEpcisDocument.captureId").valueIsNull()
        .path("captureEpcisDocument.errors[0].pointer").entity(String.class).isEqualTo("/epcisBody/eventList/0/action");
  }

  @Test
  void needsAKeyToCaptureAndToReadEvents() {
    graphQl.documentName("captureEpcisDocument").variable("document", document(observe(null, uniqueSgtin(), "2026-03-01T08:00:00+07:00")))
        .execute().errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")));
    withKey(READER_KEY).documentName("captureEpcisDocument")
        .variable("document", document(observe(null, uniqueSgtin(), "2026-03-01T08:00:00+07:00")))
        .execute().errors().expect(e -> "FORBIDDEN".equals(e.getExtensions().get("code")));
    graphQl.documentName("events").execute().errors().expect(e -> "UNAUTHENTICATED".equals(e.getExtensions().get("code")));
  }
}
