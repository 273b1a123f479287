package org.origingraph.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.origingraph.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * With {@code origin.resolver.base-url} unset (as in these tests), links, redirects, stamps and the
 * consumer page's alternates are on the host the client reached: behind a reverse proxy, the one its
 * {@code X-Forwarded-*} headers name (the test client connects from 127.0.0.1, an internal proxy).
 */
class ForwardedHostIntegrationTests extends IntegrationTest {

  private static final String PATH = "/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT;
  private static final String PROXY = "https://shop.example.vn";

  private static Consumer<HttpHeaders> behindTheProxy(String port) {
    return headers -> {
      headers.set("X-Forwarded-Proto", "https");
      headers.set("X-Forwarded-Host", "shop.example.vn");
      headers.set("X-Forwarded-Port", port);
      headers.set("X-Forwarded-For", "203.0.113.7");
    };
  }

  @Test
  void theRedirectAndTheLinksetAreOnTheProxysHost() {
    var response = http().get().uri(PATH).headers(behindTheProxy("443")).header(HttpHeaders.ACCEPT_LANGUAGE, "ja").exchange()
        .expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .returnResult(Void.class).getResponseHeaders();
    assertThat(response.getFirst(HttpHeaders.LOCATION)).isEqualTo(PROXY + "/ja" + PATH);
    assertThat(response.getFirst(HttpHeaders.LINK)).startsWith("<" + PROXY + PATH + "?linkType=linkset>");

    http().get().uri(PATH + "?linkType=linkset").headers(behindTheProxy("8443")).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.linkset[0].anchor").isEqualTo("https://shop.example.vn:8443" + PATH)
        .jsonPath("$.linkset[0]['https://gs1.org/voc/defaultLink'][0].href").isEqualTo("https://shop.example.vn:8443/vi" + PATH);
    http().get().uri("/.well-known/gs1resolver").headers(behindTheProxy("443")).exchange()
        .expectBody().jsonPath("$.resolverRoot").isEqualTo(PROXY);
  }

  @Test
  void withoutForwardedHeadersTheLinksAreOnTheHostTheRequestReached() {
    assertThat(http().get().uri(PATH).exchange().expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo(url("/vi" + PATH));
  }

  @Test
  void aStampDrawnBehindTheProxyEncodesTheProxysHost() throws Exception {
    byte[] png = http().get().uri("/qr" + PATH + "?size=300").headers(behindTheProxy("443")).exchange()
        .expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG)
        .expectBody(byte[].class).returnResult().getResponseBody();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    String text = new MultiFormatReader().decode(bitmap, Map.of(
        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    assertThat(text).isEqualTo(PROXY + PATH);
  }

  @Test
  void theConsumerPagesAlternatesAndGraphQlsDigitalLinksAreOnTheProxysHost() {
    String page = http().get().uri("/ja" + PATH).headers(behindTheProxy("443")).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(page).contains("<link rel=\"canonical\" href=\"" + PROXY + "/ja" + PATH + "\">",
        "<link rel=\"alternate\" href=\"" + PROXY + "/ar" + PATH + "\" hreflang=\"ar\">");

    graphQl.mutate().headers(behindTheProxy("443")).build()
        .document("{ batch(gtin: \"" + FLAGSHIP_GTIN + "\", lot: \"" + FLAGSHIP_LOT + "\") { digitalLink product { digitalLink } } }")
        .execute()
        .path("batch.digitalLink").entity(String.class).isEqualTo(PROXY + PATH)
        .path("batch.product.digitalLink").entity(String.class).isEqualTo(PROXY + "/01/" + FLAGSHIP_GTIN);
  }
}
