package org.origingraph.resolver;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Draws a QR code as PNG or SVG from zxing's module matrix. zxing's own image writer lives in its
 * {@code javase} artifact; drawing the matrix here keeps the runtime to zxing's core. Thread-safe.
 */
@Component
class QrRenderer {

  /** The four-module quiet zone ISO/IEC 18004 requires around the symbol. */
  private static final int QUIET_ZONE = 4;

  /** A PNG of {@code size} x {@code size} pixels (larger if the symbol needs more). */
  byte[] png(String text, int size, ErrorCorrectionLevel ecc) {
    BitMatrix matrix = encode(text, size, ecc);
    var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
      }
    }
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * An SVG of {@code size} pixels whose modules are one path of unit squares on a module grid, so it
   * scales to any print size without blur; horizontal runs are merged to keep the file small.
   */
  byte[] svg(String text, int size, ErrorCorrectionLevel ecc) {
    BitMatrix matrix = encode(text, 0, ecc);
    int n = matrix.getWidth();
    var path = new StringBuilder();
    for (int y = 0; y < n; y++) {
      int x = 0;
      while (x < n) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < n && matrix.get(x, y)) {
          x++;
        }
        path.append('M').append(start).append(',').append(y).append('h').append(x - start).append("v1h-").append(x - start).append('z');
      }
    }
    String svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" shape-rendering="crispEdges">\
        <rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>
        """.formatted(size, size, n, n, n, n, path);
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  private static BitMatrix encode(String text, int size, ErrorCorrectionLevel ecc) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
          EncodeHintType.ERROR_CORRECTION, ecc,
          EncodeHintType.MARGIN, QUIET_ZONE,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      // Digital Links are at most a few hundred ASCII characters, far below QR capacity.
      throw new IllegalStateException("QR encoding failed", e);
    }
  }
}
