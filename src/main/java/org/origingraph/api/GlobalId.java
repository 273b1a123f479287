package org.origingraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A Relay global object id: the node's type name and its business key, base64url-encoded so clients
 * treat it as opaque.
 *
 * <p>Keys are the identifiers users know (a GTIN, GTIN and lot, a GLN), never database-internal ids,
 * so an id stays valid across a reload of the data or a move to another database. The keys of
 * {@link #SEALED} types are not public (a shipment's reference, a certificate's number): they are
 * sealed with the service's id secret ({@code origin.ids.secret}, see {@link #useSecret}) so that
 * the id neither reveals them nor can be forged; ids stay stable as long as the secret does.
 *
 * @param type the GraphQL type name, e.g. {@code Batch}
 * @param key the business key; for composite keys the parts joined by {@code ':'}
 */
public record GlobalId(String type, String key) {

  private static final int MAX_ENCODED_LENGTH = 512;
  /** Types whose keys are sealed in their ids because the key itself is not public. */
  public static final Set<String> SEALED = Set.of("Shipment", "Certificate");
  private static final String SEAL_MARK = "~";
  /** Used until the application sets its own secret; fine for tests and the demo, never for production. */
  private static final byte[] DEVELOPMENT_SECRET = "origin-graph development id secret".getBytes(StandardCharsets.UTF_8);
  private static volatile IdSealer sealer = new IdSealer(DEVELOPMENT_SECRET);
  /**
   * Sealed ids already computed: sealing is an HMAC and an AES-GCM encryption, and a provenance answer
   * names each shipment and certificate in several edges. Deterministic, so a cached id is the id.
   */
  private static volatile Cache<String, String> sealedIds = newSealedIds();

  /**
   * Sets the secret that seals the keys of {@link #SEALED} types, once at start-up (the api module's
   * configuration does, from {@code origin.ids.secret}). Ids issued under another secret stop
   * resolving.
   *
   * @param secret at least 16 bytes
   */
  public static void useSecret(byte[] secret) {
    sealer = new IdSealer(secret);
    sealedIds = newSealedIds();
  }

  private static Cache<String, String> newSealedIds() {
    return Caffeine.newBuilder().maximumSize(50_000).build();
  }

  /** Encodes {@code type} and {@code key} into an opaque id. */
  public static String encode(String type, String key) {
    if (SEALED.contains(type)) {
      IdSealer current = sealer;
      Cache<String, String> ids = sealedIds;
      return ids.get(type + ":" + key, k -> plain(type, SEAL_MARK + current.seal(type, key)));
    }
    return plain(type, key);
  }

  private static String plain(String type, String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((type + ":" + text).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes an id produced by {@link #encode}.
   *
   * @throws BadUserInputException naming {@code argument} if {@code id} is not such an id
   */
  public static GlobalId decode(String argument, String id) {
    if (id.length() > MAX_ENCODED_LENGTH) {
      throw new BadUserInputException(argument, argument + " is not an id issued by this API");
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadUserInputException(argument, argument + " is not an id issued by this API");
    }
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new BadUserInputException(argument, argument + " is not an id issued by this API");
    }
    String type = text.substring(0, colon);
    String key = text.substring(colon + 1);
    if (SEALED.contains(type)) {
      key = key.startsWith(SEAL_MARK) ? sealer.unseal(type, key.substring(SEAL_MARK.length())).orElse(null) : null;
      if (key == null) {
        throw new BadUserInputException(argument, argument + " is not an id issued by this API");
      }
    }
    return new GlobalId(type, key);
  }
}
