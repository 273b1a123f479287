package org.origingraph;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the integration tests: the whole application on a random port, the embedded Neo4j with
 * the demo data loaded, and clients that talk HTTP to it as a portal would.
 *
 * <p>Every subclass uses exactly this configuration so that Spring caches one context (and one
 * database) for the whole run; adding {@code @MockitoBean} or properties in a subclass would start a
 * second database. Tests that write use identifiers of their own so they do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
public abstract class IntegrationTest {

  /** Has the PRODUCER role. */
  protected static final String PRODUCER_KEY = "test-producer-key";
  /** A valid key without roles. */
  protected static final String READER_KEY = "test-reader-key";
  /** The demo flagship: Bến Tre coconut candy, lot BT-2026-031. */
  protected static final String FLAGSHIP_GTIN = "08938512000015";
  protected static final String FLAGSHIP_LOT = "BT-2026-031";

  @LocalServerPort
  protected int port;

  @Autowired
  protected StatementCounter statements;

  /** Anonymous GraphQL client. */
  protected HttpGraphQlTester graphQl;

  /*
   * WebTestClient gives up after 5 s, which a first-planned provenance walk passes on a shared, loaded
   * machine (seen at load 22 on 2 cores: 15-20 s) though nothing is wrong. Tests check answers, not
   * speed; the benchmarks measure that.
   */
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  @BeforeEach
  void connectClients() {
    graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().responseTimeout(RESPONSE_TIMEOUT).baseUrl(url("/graphql")).build());
  }

  /** A GraphQL client sending {@code apiKey} in the X-API-Key header. */
  protected HttpGraphQlTester graphQlWithKey(String apiKey) {
    return graphQl.mutate().header("X-API-Key", apiKey).build();
  }

  /** A plain HTTP client for the running application. */
  protected WebTestClient http() {
    return WebTestClient.bindToServer().responseTimeout(RESPONSE_TIMEOUT).baseUrl(url("")).build();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
