package org.origingraph.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.origingraph.IntegrationTest;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** QR stamps, decoded as a phone's camera would, and followed to the consumer page. */
class QrIntegrationTests extends IntegrationTest {

  /** origin.resolver.base-url is unset in the tests: a stamp holds the host the request reached. */
  private String batchLink() {
    return url("/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT);
  }

  private byte[] png(String uri) {
    return http().get().uri(uri).exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(MediaType.IMAGE_PNG)
        .expectBody(byte[].class).returnResult().getResponseBody();
  }

  private static BufferedImage image(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static Result decode(BufferedImage image) throws NotFoundException {
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader().decode(bitmap, Map.of(
        DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE));
  }

  @Test
  void aScannedBatchStampLeadsAJapanesePhoneToTheJapanesePage() throws Exception {
    BufferedImage image = image(png("/qr/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT + "?size=300"));
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(300).isEqualTo(image.getHeight());
    String scanned = decode(image).getText();
    assertThat(scanned).isEqualTo(batchLink());

    String location = http().get().uri(URI.create(scanned).getRawPath())
        .header(HttpHeaders.ACCEPT_LANGUAGE, "ja-JP,ja;q=0.9").exchange()
        .expectStatus().isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
        .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
    assertThat(location).isEqualTo(url("/ja/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT));
  }

  @Test
  void productAndSerialStampsEncodeTheirCanonicalLinks() throws Exception {
    assertThat(decode(image(png("/qr/01/" + FLAGSHIP_GTIN.substring(1)))).getText())
        .isEqualTo(url("/01/" + FLAGSHIP_GTIN));
    assertThat(decode(image(png("/qr/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT + "/21/SN-42"))).getText())
        .isEqualTo(batchLink() + "/21/SN-42");
  }

  @Test
  void theErrorCorrectionLevelIsTheOneAskedFor() throws Exception {
    Result high = decode(image(png("/qr/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT + "?ecc=h")));
    assertThat(high.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "H");
    Result byDefault = decode(image(png("/qr/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT)));
    assertThat(byDefault.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
  }

  @Test
  void svgIsServedForFormatSvgOrAnSvgAccept() {
    for (var request : new String[][] {{"?format=svg&size=256", "*/*"}, {"?size=256", "image/svg+xml"}}) {
      byte[] body = http().get().uri("/qr/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT + request[0])
          .header(HttpHeaders.ACCEPT, request[1]).exchange()
          .expectStatus().isOk()
          .expectHeader().contentType("image/svg+xml")
          .expectBody(byte[].class).returnResult().getResponseBody();
      String svg = new String(body, StandardCharsets.UTF_8);
      assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\"")
          .contains("<path fill=\"#000\" d=\"M");
    }
  }

  @Test
  void sizesOutsideTheBoundsAreBadRequests() {
    for (String size : new String[] {"63", "2049", "big"}) {
      http().get().uri("/qr/01/" + FLAGSHIP_GTIN + "?size=" + size).exchange()
          .expectStatus().isBadRequest()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT").jsonPath("$.argument").isEqualTo("size");
    }
  }

  @Test
  void unknownEccOrFormatAreBadRequests() {
    http().get().uri("/qr/01/" + FLAGSHIP_GTIN + "?ecc=X").exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.argument").isEqualTo("ecc");
    http().get().uri("/qr/01/" + FLAGSHIP_GTIN + "?format=gif").exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.argument").isEqualTo("format");
  }

  @Test
  void unknownItemsGetNoStamp() {
    http().get().uri("/qr/01/" + FLAGSHIP_GTIN + "/10/NO-SUCH-LOT").header(HttpHeaders.ACCEPT, "image/png").exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
  }

  @Test
  void aWrongCheckDigitGetsNoStampAndTheExpectedDigit() {
    http().get().uri("/qr/01/08938512000013").exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.expectedCheckDigit").isEqualTo(5).jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
  }
}
