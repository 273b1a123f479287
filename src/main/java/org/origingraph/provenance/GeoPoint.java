package org.origingraph.provenance;

/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {}
