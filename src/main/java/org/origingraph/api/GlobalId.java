package org.origingraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay global object id: the node's type name and its business key, base64url-encoded so clients
 * treat it as opaque.
 *
 * <p>Keys are the identifiers users know (a GTIN, GTIN and lot, a GLN), never database-internal ids,
 * so an id stays valid across a reload of the data or a move to another database.
 *
 * @param type the GraphQL type name, e.g. {@code Batch}
 * @param key the business key; for composite keys the parts joined by {@code ':'}
 */
public record GlobalId(String type, String key) {

  private static final int MAX_ENCODED_LENGTH = 512;

  /** Encodes {@code type} and {@code key} into an opaque id. */
  public static String encode(String type, String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
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
    return new GlobalId(text.substring(0, colon), text.substring(colon + 1));
  }
}
