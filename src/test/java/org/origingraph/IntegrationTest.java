package org.origingraph;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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

  /** Has the PRODUCER role; belongs to the flagship's maker, Kẹo Dừa Phước Lộc (8938512000008). */
  protected static final String PRODUCER_KEY = "test-producer-key";
  /** Has the REGULATOR role: reads everything, may write nothing. */
  protected static final String READER_KEY = "test-reader-key";
  /** Has the IMPORTER role; belongs to Naniwa Foods (4571234000006), which receives the flagship lot. */
  protected static final String IMPORTER_KEY = "test-importer-key";
  /** Has the ADMIN role. */
  protected static final String ADMIN_KEY = "test-admin-key";
  /**
   * Has the PRODUCER role; belongs to 8935999000002, a company of the test prefix 8935999 that the demo
   * graph does not know, so it owns every location and product 8935999… (the company-prefix rule).
   */
  protected static final String CAPTURE_KEY = "test-epcis-producer-key";
  /** The organisation of {@link #CAPTURE_KEY}. */
  protected static final String CAPTURE_GLN = "8935999000002";
  /** The organisation of {@link #PRODUCER_KEY}. */
  protected static final String FLAGSHIP_MAKER_GLN = "8938512000008";
  /** The organisation of {@link #IMPORTER_KEY}. */
  protected static final String IMPORTER_GLN = "4571234000006";
  /** The demo food-safety authority, organisation of {@link #READER_KEY} and {@link #ADMIN_KEY}. */
  protected static final String AUTHORITY_GLN = "8938534000000";
  /** The demo flagship: Bến Tre coconut candy, lot BT-2026-031. */
  protected static final String FLAGSHIP_GTIN = "08938512000015";
  protected static final String FLAGSHIP_LOT = "BT-2026-031";

  @DynamicPropertySource
  static void jwtVerificationKey(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwts::publicKeyLocation);
  }

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

  /** A GraphQL client sending {@code jwt} as a bearer token. */
  protected HttpGraphQlTester graphQlWithJwt(String jwt) {
    return graphQl.mutate().header("Authorization", "Bearer " + jwt).build();
  }

  /** A plain HTTP client for the running application. */
  protected WebTestClient http() {
    return WebTestClient.bindToServer().responseTimeout(RESPONSE_TIMEOUT).baseUrl(url("")).build();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
