package com.acme.app.provenance;

/** A WGS 84 position in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {}
