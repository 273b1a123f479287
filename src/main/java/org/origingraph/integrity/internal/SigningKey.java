package org.origingraph.integrity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 key pair (the JDK's own provider) with its C2SP signed-note identity: the key name (the
 * log's origin) and key id, the first four bytes of {@code SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)}.
 * Keys travel as PEM: PKCS#8 {@code PRIVATE KEY} and X.509 {@code PUBLIC KEY}. Thread-safe.
 */
public final class SigningKey {

  private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]*)-----END \\1-----");
  /** The DER prefix of an X.509 Ed25519 public key; the raw 32 bytes follow. */
  private static final int X509_PREFIX = 12;

  private final String name;
  private final @Nullable PrivateKey privateKey;
  private final PublicKey publicKey;

  private SigningKey(String name, @Nullable PrivateKey privateKey, PublicKey publicKey) {
    this.name = name;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** A new key named {@code name}. */
  public static SigningKey generate(String name) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new SigningKey(name, pair.getPrivate(), pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK offers no Ed25519", e);
    }
  }

  /**
   * The key in {@code pem}: a PRIVATE KEY and a PUBLIC KEY block, or only a PUBLIC KEY block (a key
   * that verifies and cannot sign).
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static SigningKey fromPem(String name, String pem) {
    byte[] privateDer = null;
    byte[] publicDer = null;
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      byte[] der = Base64.getMimeDecoder().decode(m.group(2));
      switch (m.group(1)) {
        case "PRIVATE KEY" -> privateDer = der;
        case "PUBLIC KEY" -> publicDer = der;
        default -> throw new IllegalArgumentException("Unexpected PEM block " + m.group(1) + " in the signing key");
      }
    }
    if (publicDer == null) {
      throw new IllegalArgumentException("The signing key needs its PUBLIC KEY block next to the PRIVATE KEY block"
          + " (openssl pkey -in key.pem -pubout >> key.pem)");
    }
    try {
      KeyFactory keys = KeyFactory.getInstance("Ed25519");
      PrivateKey privateKey = privateDer == null ? null : keys.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
      SigningKey key = new SigningKey(name, privateKey, keys.generatePublic(new X509EncodedKeySpec(publicDer)));
      if (privateKey != null && !key.verify(new byte[] {1, 2, 3}, key.sign(new byte[] {1, 2, 3}))) {
        throw new IllegalArgumentException("The signing key's PUBLIC KEY block is not the public half of its PRIVATE KEY");
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The signing key is not an Ed25519 key in PEM: " + e.getMessage(), e);
    }
  }

  /** Reads {@code file}, or writes a new key there (owner-readable only) when it does not exist. */
  public static SigningKey fromFile(String name, Path file) {
    try {
      if (Files.exists(file)) {
        return fromPem(name, Files.readString(file, StandardCharsets.US_ASCII));
      }
      SigningKey key = generate(name);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, key.privatePem() + key.publicPem(), StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the directory's permissions protect it
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
    }
  }

  public String name() {
    return name;
  }

  /** The raw 32-byte Ed25519 public key. */
  public byte[] rawPublicKey() {
    byte[] der = publicKey.getEncoded();
    return Arrays.copyOfRange(der, X509_PREFIX, der.length);
  }

  /** C2SP signed-note key id. */
  public byte[] keyId() {
    var sha = Rfc6962.sha256();
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0x0A);
    sha.update((byte) 0x01);
    sha.update(rawPublicKey());
    return Arrays.copyOf(sha.digest(), 4);
  }

  /** The key id in hex, as vkeys write it. */
  public String keyIdHex() {
    return HexFormat.of().formatHex(keyId());
  }

  /** The C2SP verifier key: {@code name+keyid+base64(0x01 ‖ public key)}. */
  public String verifierKey() {
    byte[] typed = new byte[33];
    typed[0] = 0x01;
    System.arraycopy(rawPublicKey(), 0, typed, 1, 32);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
  }

  public String publicPem() {
    return pem("PUBLIC KEY", publicKey.getEncoded());
  }

  String privatePem() {
    if (privateKey == null) {
      throw new IllegalStateException("a verifying key has no private half");
    }
    return pem("PRIVATE KEY", privateKey.getEncoded());
  }

  public byte[] sign(byte[] message) {
    if (privateKey == null) {
      throw new IllegalStateException("a verifying key cannot sign");
    }
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  public boolean verify(byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
