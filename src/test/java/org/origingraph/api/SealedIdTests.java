package org.origingraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Shipment and certificate ids do not give their keys away, and cannot be made up. */
class SealedIdTests {

  @Test
  void sealedIdsRoundTripWithoutShowingTheirKey() {
    String id = GlobalId.encode("Shipment", "SHP-2026-0024");
    assertThat(text(id)).startsWith("Shipment:~").doesNotContain("SHP");
    assertThat(GlobalId.decode("id", id)).isEqualTo(new GlobalId("Shipment", "SHP-2026-0024"));
    assertThat(GlobalId.encode("Shipment", "SHP-2026-0024")).as("stable").isEqualTo(id);
    String certificate = GlobalId.encode("Certificate", "VietGAP:VietGAP-TT-23-07-83-0142");
    assertThat(text(certificate)).doesNotContain("0142");
    assertThat(GlobalId.decode("id", certificate).key()).isEqualTo("VietGAP:VietGAP-TT-23-07-83-0142");
  }

  @Test
  void madeUpAlteredOrMovedIdsAreRefused() {
    String plain = Base64.getUrlEncoder().withoutPadding().encodeToString("Shipment:SHP-2026-0024".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> GlobalId.decode("id", plain)).isInstanceOf(BadUserInputException.class);
    String sealed = text(GlobalId.encode("Shipment", "SHP-2026-0024"));
    String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "B" : "A") + sealed.charAt(sealed.length() - 1);
    assertThatThrownBy(() -> GlobalId.decode("id", encode(altered))).isInstanceOf(BadUserInputException.class);
    // A shipment's sealed key does not pass as a certificate's.
    assertThatThrownBy(() -> GlobalId.decode("id", encode(sealed.replace("Shipment:", "Certificate:"))))
        .isInstanceOf(BadUserInputException.class);
  }

  @Test
  void publicKeysStayReadable() {
    assertThat(text(GlobalId.encode("Batch", "08938512000015:BT-2026-031"))).isEqualTo("Batch:08938512000015:BT-2026-031");
  }

  private static String text(String id) {
    return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
