package org.origingraph.verification.internal;

import org.origingraph.provenance.GeoPoint;

/** Great-circle distance on a sphere of the Earth's mean radius (haversine). Stateless. */
final class GreatCircle {

  static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** Kilometres between {@code a} and {@code b}; a lower bound of any route between them. */
  static double km(GeoPoint a, GeoPoint b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
