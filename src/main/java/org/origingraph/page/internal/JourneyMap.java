package org.origingraph.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.origingraph.provenance.GeoPoint;

/**
 * The journey's places on an inline SVG map: an equirectangular projection of the bounding box of the
 * places, a graticule for orientation, a dot per place and a line per leg. No base map: tiles or
 * coastlines would come from elsewhere or weigh more than the whole page.
 *
 * <p>Positions enter rounded to 0.1° ({@link #round}), the precision the public may read (docs/access.md,
 * {@code roundTo: 0.1}); the SVG carries nothing finer.
 *
 * @param title what the map shows, for its {@code <title>}
 * @param width view box width
 * @param height view box height
 * @param graticule SVG path of the parallels and meridians
 * @param points one per place
 * @param legs SVG path of the legs between places
 * @param wide whether it spans more than 30° either way, so that nearby places merge
 */
public record JourneyMap(String title, int width, int height, String graticule, List<Point> points, String legs, boolean wide) {

  static final int WIDTH = 640;

  /**
   * A place on the map.
   *
   * @param latitude rounded to 0.1°
   * @param longitude rounded to 0.1°
   * @param label what the dot's tooltip says: the facility's name, region and country
   */
  public record Point(double x, double y, double latitude, double longitude, String label) {}

  /** A place to draw, its position already rounded. */
  record Place(String key, GeoPoint position, String label) {}

  /** {@code degrees} rounded to 0.1°. */
  static double round(double degrees) {
    return Math.round(degrees * 10) / 10.0;
  }

  static GeoPoint round(GeoPoint point) {
    return new GeoPoint(round(point.latitude()), round(point.longitude()));
  }

  /**
   * The map of {@code places} (keys unique) with lines between the keys of each pair in {@code legs}.
   */
  static JourneyMap of(String title, List<Place> places, Set<List<String>> legs) {
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (Place place : places) {
      minLat = Math.min(minLat, place.position().latitude());
      maxLat = Math.max(maxLat, place.position().latitude());
      minLon = Math.min(minLon, place.position().longitude());
      maxLon = Math.max(maxLon, place.position().longitude());
    }
    // A margin around the places, and at least a few degrees across so a single place is not a blow-up.
    boolean wide = maxLat - minLat > 30 || maxLon - minLon > 30;
    double padLat = Math.max(0.5, (maxLat - minLat) * 0.08), padLon = Math.max(0.5, (maxLon - minLon) * 0.08);
    minLat = Math.max(-85, minLat - padLat);
    maxLat = Math.min(85, maxLat + padLat);
    minLon = Math.max(-180, minLon - padLon);
    maxLon = Math.min(180, maxLon + padLon);
    double midLat = Math.toRadians((minLat + maxLat) / 2);
    double spanX = (maxLon - minLon) * Math.cos(midLat);
    double spanY = maxLat - minLat;
    // One scale for both axes, so that shapes keep their proportions; a tall area gets a narrow map.
    double scale = Math.min(WIDTH / spanX, WIDTH * 0.9 / spanY);
    int width = (int) Math.round(spanX * scale);
    int height = (int) Math.round(spanY * scale);
    Projection projection = new Projection(minLat, maxLat, minLon, Math.cos(midLat), scale, scale);

    Map<String, Point> points = new LinkedHashMap<>();
    for (Place place : places) {
      GeoPoint p = place.position();
      points.putIfAbsent(place.key(), new Point(projection.x(p.longitude()), projection.y(p.latitude()),
          p.latitude(), p.longitude(), place.label()));
    }
    StringBuilder lines = new StringBuilder();
    for (List<String> leg : new LinkedHashSet<>(legs)) {
      Point from = points.get(leg.get(0));
      Point to = points.get(leg.get(1));
      if (from != null && to != null && (from.x() != to.x() || from.y() != to.y())) {
        lines.append('M').append(number(from.x())).append(' ').append(number(from.y()))
            .append('L').append(number(to.x())).append(' ').append(number(to.y()));
      }
    }
    return new JourneyMap(title, width, height, graticule(projection, minLat, maxLat, minLon, maxLon),
        new ArrayList<>(points.values()), lines.toString(), wide);
  }

  private static String graticule(Projection p, double minLat, double maxLat, double minLon, double maxLon) {
    double span = Math.max(maxLat - minLat, maxLon - minLon);
    int step = span > 90 ? 30 : span > 30 ? 10 : span > 10 ? 5 : 1;
    StringBuilder path = new StringBuilder();
    for (int lat = (int) Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
      path.append('M').append(number(p.x(minLon))).append(' ').append(number(p.y(lat)))
          .append('H').append(number(p.x(maxLon)));
    }
    for (int lon = (int) Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
      path.append('M').append(number(p.x(lon))).append(' ').append(number(p.y(maxLat)))
          .append('V').append(number(p.y(minLat)));
    }
    return path.toString();
  }

  /** One decimal is finer than a pixel: keeps the SVG small. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private record Projection(double minLat, double maxLat, double minLon, double cosLat, double scale, double yScale) {
    double x(double lon) {
      return Math.round((lon - minLon) * cosLat * scale * 10) / 10.0;
    }

    double y(double lat) {
      return Math.round((maxLat - lat) * yScale * 10) / 10.0;
    }
  }
}
