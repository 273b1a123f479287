package org.origingraph.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.origingraph.audit.AuditOutcome;
import org.origingraph.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The capture half of the EPCIS 2.0 REST binding: {@code POST /epcis/capture} and the job status. */
@RestController
@RequestMapping("/epcis/capture")
class CaptureController {

  private final EpcisCapture capture;
  private final EpcisProperties properties;
  private final AuditTrail audit;

  CaptureController(EpcisCapture capture, EpcisProperties properties, AuditTrail audit) {
    this.capture = capture;
    this.properties = properties;
    this.audit = audit;
  }

  @PostMapping
  ResponseEntity<CaptureJobView> capture(HttpServletRequest request,
      @RequestHeader(name = "GS1-Capture-Error-Behaviour", required = false) @Nullable String behaviour) throws IOException {
    try {
      capture.checkCaller();
    } catch (AccessDeniedException | AuthenticationException refused) {
      audit.record(EpcisCapture.AUDITED, AuditOutcome.REFUSED, List.of(), "The caller's role may not capture");
      throw refused;
    }
    requireJson(request.getContentType());
    CaptureJob job = capture.capture(read(request), ErrorBehaviour.of(behaviour));
    return ResponseEntity.accepted().location(URI.create("/epcis/capture/" + job.id())).body(CaptureJobView.of(job));
  }

  @GetMapping("/{captureId}")
  CaptureJobView job(@PathVariable String captureId) {
    return capture.job(captureId).map(CaptureJobView::of).orElseThrow(() -> new EpcisException(404, "NOT_FOUND",
        "epcisException:NoSuchResourceException", "There is no capture job " + captureId, List.of()));
  }

  /** Reads at most the configured size plus one byte, so an oversized body is refused without buffering it. */
  private byte[] read(HttpServletRequest request) throws IOException {
    long limit = properties.maxDocumentBytes();
    if (request.getContentLengthLong() > limit) {
      throw EpcisCapture.tooLarge(limit);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw EpcisCapture.tooLarge(limit);
      }
      return body;
    }
  }

  private static void requireJson(@Nullable String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json") && !type.startsWith("application/ld+json")) {
      throw new EpcisException(415, "UNSUPPORTED_MEDIA_TYPE", "epcisException:UnsupportedMediaTypeException",
          "Send the EPCISDocument as application/json or application/ld+json", List.of());
    }
  }
}
