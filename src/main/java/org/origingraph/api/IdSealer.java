package org.origingraph.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic authenticated encryption of the business keys that are not public (a shipment's
 * reference, a certificate's number), so that their Relay ids stay stable and resolvable without
 * giving the key away. AES-GCM whose nonce is an HMAC of the plaintext (a synthetic IV, as in
 * RFC 5297): the same key always seals to the same text, and a forged or altered text is refused.
 *
 * <p>Immutable and thread-safe.
 */
final class IdSealer {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec encryption;
  private final SecretKeySpec authentication;

  IdSealer(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("The id secret must have at least 16 bytes");
    }
    this.authentication = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), "ids:nonce"), "HmacSHA256");
    this.encryption = new SecretKeySpec(
        Arrays.copyOf(hmac(new SecretKeySpec(secret, "HmacSHA256"), "ids:aes"), 16), "AES");
  }

  /** {@code key} of {@code type}, sealed, as base64url text. */
  String seal(String type, String key) {
    byte[] plain = key.getBytes(StandardCharsets.UTF_8);
    byte[] nonce = Arrays.copyOf(hmac(authentication, type + ":" + key), NONCE);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(type.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is required of every JVM", e);
    }
  }

  /** The key {@link #seal} sealed into {@code text}; empty when {@code text} was not sealed here. */
  Optional<String> unseal(String type, String text) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(text);
      if (bytes.length < NONCE + TAG_BITS / 8) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
      cipher.updateAAD(type.getBytes(StandardCharsets.UTF_8));
      return Optional.of(new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }
}
