package org.origingraph.story.internal;

import org.origingraph.api.BadUserInputException;
import org.origingraph.i18n.FormattedMeasure;
import org.origingraph.i18n.Formats;
import org.origingraph.i18n.LocaleRequest;
import org.origingraph.i18n.Messages;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Product;
import org.origingraph.provenance.Shipment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Formatted values beside raw ones on provenance types: quantities, dates, transit times, distances,
 * each with the raw value and unit. Computed from the object in hand: no database access, no N+1.
 */
@Controller
class FormattedFieldsController {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private final Messages messages;
  private final Formats formats;

  FormattedFieldsController(Messages messages, Formats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  @SchemaMapping(typeName = "Product")
  @Nullable FormattedMeasure netContentFormatted(Product product, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    var q = product.netContent();
    return q == null ? null : formats.quantity(q.value(), q.unit(), tag(locale, acceptLanguage));
  }

  @SchemaMapping(typeName = "Facility")
  @Nullable FormattedMeasure distanceFrom(Facility facility, @Argument double latitude, @Argument double longitude,
      @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    if (latitude < -90 || latitude > 90 || !Double.isFinite(latitude)) {
      throw new BadUserInputException("latitude", "latitude must be between -90 and 90");
    }
    if (longitude < -180 || longitude > 180 || !Double.isFinite(longitude)) {
      throw new BadUserInputException("longitude", "longitude must be between -180 and 180");
    }
    if (facility.location() == null) {
      return null;
    }
    return formats.distance(haversine(facility.location().latitude(), facility.location().longitude(), latitude, longitude),
        tag(locale, acceptLanguage));
  }

  @SchemaMapping(typeName = "Batch")
  @Nullable FormattedMeasure quantityFormatted(Batch batch, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    var q = batch.quantity();
    return q == null ? null : formats.quantity(q.value(), q.unit(), tag(locale, acceptLanguage));
  }

  @SchemaMapping(typeName = "Batch")
  @Nullable String producedAtText(Batch batch, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return batch.producedAt() == null ? null : formats.dateTime(batch.producedAt(), tag(locale, acceptLanguage));
  }

  @SchemaMapping(typeName = "Batch")
  @Nullable String expiresAtText(Batch batch, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    return batch.expiresAt() == null ? null : formats.date(batch.expiresAt(), tag(locale, acceptLanguage));
  }

  @SchemaMapping(typeName = "Shipment")
  @Nullable FormattedMeasure transitFormatted(Shipment shipment, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    Double hours = shipment.transitHours();
    return hours == null ? null : formats.duration(hours, tag(locale, acceptLanguage));
  }

  private String tag(@Nullable String locale, @Nullable String acceptLanguage) {
    return messages.negotiate(LocaleRequest.of("locale", locale, acceptLanguage)).locale();
  }

  /** Great-circle distance in km; plenty precise for "9,420 km from you". */
  static double haversine(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }
}
