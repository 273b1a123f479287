package org.origingraph.verification.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules' and warnings' parameters ({@code origin.verification.*}); docs/verification.md explains
 * each and what it trades off. Every value has a default, so none needs to be configured.
 *
 * @param massTolerance how much more than a batch held its consumers and shipments may account for,
 *     as a fraction (0.02: 2 %), for rounding and moisture loss; default 0.02
 * @param modes per transport mode (TransportMode names): the fastest plausible average speed and the
 *     typical one, in km/h; merged over the defaults mode by mode
 * @param routeFactor how much longer a route is than the great circle, for expected transit; default 1.3
 * @param overdueSlack added to a shipment's expected transit before it is overdue; default 24 h
 * @param certificateHorizon how far ahead an expiring certificate is warned about; default 90 days
 * @param scanThreshold scans of one serialised item within {@code scanWindow} that raise a warning; default 50
 * @param scanWindow how long a serial's scans are counted; default 24 h
 * @param scanMaxTracked most serials counted at once (least recently scanned dropped first); default 100,000
 * @param warningLogSize raised warnings kept in memory; default 10,000
 * @param pollInterval how often a subscription looks for newly expiring certificates and overdue shipments; default 5 min
 * @param maxCaptureBatches most batches of one capture checked after commit; default 50
 * @param maxScan most certificates, shipments or products one warnings or completeness read scans; default 10,000
 * @param checkCaptures whether captured data is checked after commit (FINDING warnings); default true
 */
@ConfigurationProperties("origin.verification")
public record VerificationProperties(
    @Nullable Double massTolerance,
    @Nullable Map<String, Mode> modes,
    @Nullable Double routeFactor,
    @Nullable Duration overdueSlack,
    @Nullable Duration certificateHorizon,
    @Nullable Integer scanThreshold,
    @Nullable Duration scanWindow,
    @Nullable Integer scanMaxTracked,
    @Nullable Integer warningLogSize,
    @Nullable Duration pollInterval,
    @Nullable Integer maxCaptureBatches,
    @Nullable Integer maxScan,
    @Nullable Boolean checkCaptures) {

  /**
   * Speeds of one transport mode.
   *
   * @param maxKmh fastest plausible average over the great circle; faster is a finding
   * @param typicalKmh typical average, for when a shipment is overdue
   */
  public record Mode(double maxKmh, double typicalKmh) {}

  /** Defaults: a truck averages at most 90 km/h door to door, a container ship 45, an aircraft 950. */
  static final Map<String, Mode> DEFAULT_MODES = Map.of(
      "ROAD", new Mode(90, 40),
      "RAIL", new Mode(120, 40),
      "SEA", new Mode(45, 25),
      "INLAND_WATERWAY", new Mode(35, 12),
      "AIR", new Mode(950, 300),
      "MULTIMODAL", new Mode(950, 25),
      "OTHER", new Mode(950, 25));

  public VerificationProperties {
    massTolerance = massTolerance == null ? 0.02 : massTolerance;
    Map<String, Mode> merged = new HashMap<>(DEFAULT_MODES);
    if (modes != null) {
      merged.putAll(modes);
    }
    modes = Map.copyOf(merged);
    routeFactor = routeFactor == null ? 1.3 : routeFactor;
    overdueSlack = overdueSlack == null ? Duration.ofHours(24) : overdueSlack;
    certificateHorizon = certificateHorizon == null ? Duration.ofDays(90) : certificateHorizon;
    scanThreshold = scanThreshold == null ? 50 : scanThreshold;
    scanWindow = scanWindow == null ? Duration.ofHours(24) : scanWindow;
    scanMaxTracked = scanMaxTracked == null ? 100_000 : scanMaxTracked;
    warningLogSize = warningLogSize == null ? 10_000 : warningLogSize;
    pollInterval = pollInterval == null ? Duration.ofMinutes(5) : pollInterval;
    maxCaptureBatches = maxCaptureBatches == null ? 50 : maxCaptureBatches;
    maxScan = maxScan == null ? 10_000 : maxScan;
    checkCaptures = checkCaptures == null || checkCaptures;
    if (massTolerance < 0 || routeFactor < 1 || scanThreshold < 2 || maxScan < 1 || warningLogSize < 1) {
      throw new IllegalArgumentException(
          "origin.verification: mass-tolerance >= 0, route-factor >= 1, scan-threshold >= 2, max-scan and warning-log-size >= 1");
    }
  }

  /** Defaults throughout. */
  static VerificationProperties defaults() {
    return new VerificationProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The speeds of {@code mode}; OTHER's for an unknown or missing mode. */
  Mode mode(@Nullable String mode) {
    Map<String, Mode> all = modes == null ? DEFAULT_MODES : modes;
    return all.getOrDefault(mode == null ? "OTHER" : mode, all.getOrDefault("OTHER", DEFAULT_MODES.get("OTHER")));
  }

  double tolerance() {
    return massTolerance == null ? 0.02 : massTolerance;
  }
}
