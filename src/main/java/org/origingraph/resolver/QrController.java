package org.origingraph.resolver;

import java.util.Locale;

import org.origingraph.api.Arguments;
import org.origingraph.api.BadUserInputException;
import org.origingraph.gs1.DigitalLink;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * QR stamps: {@code /qr/01/{gtin}[/10/{lot}][/21/{serial}]} returns the QR code of the item's canonical
 * Digital Link, for printing on packs and labels. Only items the graph knows get a stamp, so a typo in
 * a print run's GTIN is caught here rather than on the shelf.
 */
// Public reads for any web page or app: GS1 resolvers must support CORS, preflight included.
@CrossOrigin(origins = "*", exposedHeaders = {"Link", "Location"})
@RestController
class QrController {

  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final Resolver resolver;
  private final QrRenderer renderer;
  private final ResolverProperties.Qr qr;

  QrController(Resolver resolver, QrRenderer renderer, ResolverProperties properties) {
    this.resolver = resolver;
    this.renderer = renderer;
    this.qr = properties.qr();
  }

  @GetMapping("/qr/01/**")
  ResponseEntity<byte[]> stamp(
      HttpServletRequest request,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String ecc,
      @RequestParam(required = false) @Nullable String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    int pixels = Arguments.inRange("size", size, qr.minSize(), qr.maxSize(), qr.defaultSize());
    ErrorCorrectionLevel level = level(ecc == null ? qr.defaultEcc() : ecc);
    boolean svg = svg(format, accept);
    // The path after /qr is a Digital Link path; its query (size, ecc, format) holds no AI.
    DigitalLink link = DigitalLink.parse(request.getRequestURI().substring("/qr".length())).withoutAttributes();
    resolver.resolve(link).orElseThrow(() -> new ItemNotFoundException(link));
    String text = resolver.uri(link);
    return ResponseEntity.ok()
        .contentType(svg ? SVG : MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
        .header(HttpHeaders.VARY, "Accept")
        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(svg ? renderer.svg(text, pixels, level) : renderer.png(text, pixels, level));
  }

  private static ErrorCorrectionLevel level(String ecc) {
    try {
      return ErrorCorrectionLevel.valueOf(ecc.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadUserInputException("ecc", "ecc must be L, M, Q or H, not '" + abbreviate(ecc) + "'");
    }
  }

  private static boolean svg(@Nullable String format, @Nullable String accept) {
    if (format != null) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "svg" -> true;
        case "png" -> false;
        default -> throw new BadUserInputException("format", "format must be png or svg, not '" + abbreviate(format) + "'");
      };
    }
    // Without format=, an Accept that names SVG but not PNG gets SVG; browsers' */* gets PNG.
    return accept != null && accept.contains("image/svg+xml") && !accept.contains("image/png");
  }

  private static String abbreviate(String value) {
    return value.length() <= 20 ? value : value.substring(0, 20) + "…";
  }
}
