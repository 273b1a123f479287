package org.origingraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints bearer JWTs for tests, signed with an RSA key pair generated when the test JVM starts: the
 * application under test is given the public half (as a PEM file, through Spring Boot's
 * {@code public-key-location}), so no identity provider is needed and no key is checked in.
 */
public final class TestJwts {

  private static final KeyPair KEYS = generate();
  /** Another pair, whose tokens the application must refuse. */
  private static final KeyPair STRANGER = generate();
  private static final Path PUBLIC_KEY_PEM = writePem();

  private TestJwts() {}

  /** {@code file:} location of the PEM the application verifies tokens with. */
  public static String publicKeyLocation() {
    return PUBLIC_KEY_PEM.toUri().toString();
  }

  /** A token valid for ten minutes with the default claim names: {@code roles}, {@code org_gln}, {@code sub}. */
  public static String token(String subject, Object roles, String organization) {
    return sign(KEYS, Map.of("sub", subject, "roles", roles, "org_gln", organization), Duration.ofMinutes(10));
  }

  /** A token with exactly {@code claims}, signed by the application's key, valid for {@code lifetime} (negative: expired). */
  public static String token(Map<String, Object> claims, Duration lifetime) {
    return sign(KEYS, claims, lifetime);
  }

  /** A well-formed token signed by a key the application does not know. */
  public static String foreignToken(String subject, Object roles, String organization) {
    return sign(STRANGER, Map.of("sub", subject, "roles", roles, "org_gln", organization), Duration.ofMinutes(10));
  }

  private static String sign(KeyPair keys, Map<String, Object> claims, Duration lifetime) {
    Instant now = Instant.now();
    var builder = new JWTClaimsSet.Builder()
        .issueTime(Date.from(now.minusSeconds(120)))
        .expirationTime(Date.from(now.plus(lifetime)));
    claims.forEach(builder::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
    try {
      jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path writePem() {
    String pem = "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
    try {
      Path file = Files.createTempFile("origin-graph-test-jwt", ".pem");
      file.toFile().deleteOnExit();
      return Files.writeString(file, pem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
