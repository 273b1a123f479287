package org.origingraph.verification.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.origingraph.provenance.BatchKey;
import org.origingraph.provenance.Catalog;
import org.origingraph.provenance.GraphNode;
import org.origingraph.provenance.Product;
import org.origingraph.resolver.StampScanned;
import org.origingraph.verification.Warning;
import org.origingraph.verification.WarningKind;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the resolver's scans per serialised item (GTIN and serial) over a window that starts with the
 * item's first counted scan; the scan that reaches the threshold raises one STAMP_SCANNED_OFTEN warning
 * for the product's owner. Memory is bounded: at most {@code scan-max-tracked} serials, the least
 * recently scanned dropped first. Per instance: behind a load balancer each instance counts its share.
 * Thread-safe; a scan costs a map update, and only the threshold scan reads the graph.
 */
@Component
class ScanCounter {

  private final Cache<String, AtomicInteger> counts;
  private final int threshold;
  private final Duration window;
  private final Catalog catalog;
  private final WarningLog log;

  ScanCounter(VerificationProperties properties, Catalog catalog, WarningLog log) {
    this.threshold = properties.scanThreshold() == null ? 50 : properties.scanThreshold();
    this.window = properties.scanWindow() == null ? Duration.ofHours(24) : properties.scanWindow();
    this.counts = Caffeine.newBuilder()
        .maximumSize(properties.scanMaxTracked() == null ? 100_000 : properties.scanMaxTracked())
        .expireAfterWrite(window).build();
    this.catalog = catalog;
    this.log = log;
  }

  @EventListener
  void scanned(StampScanned scan) {
    int count = counts.get(scan.gtin() + "/" + scan.serial(), k -> new AtomicInteger()).incrementAndGet();
    if (count == threshold) {
      raise(scan, count);
    }
  }

  private void raise(StampScanned scan, int count) {
    Product product = catalog.product(scan.gtin()).orElse(null);
    if (product == null) {
      return;
    }
    GraphNode subject = scan.lot() == null ? product
        : catalog.batch(new BatchKey(scan.gtin(), scan.lot())).map(GraphNode.class::cast).orElse(product);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    log.raise(new Warning("STAMP_SCANNED_OFTEN:" + scan.gtin() + "/" + scan.serial() + ":" + now.toLocalDate(),
        WarningKind.STAMP_SCANNED_OFTEN, now,
        Map.of("serial", scan.serial(), "product", product.name(), "count", count, "hours", window.toHours()),
        null, subject == product ? List.of(product) : List.of(subject, product), product.ownerGln()));
  }
}
