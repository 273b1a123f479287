package org.origingraph.i18n;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.springframework.stereotype.Component;

/**
 * Formats values the way a locale's readers write them, by CLDR data through ICU — never by Java's
 * defaults, which differ from CLDR in places and know nothing of unit preferences.
 *
 * <p>Temperatures and distances follow the market's unit preferences (ICU {@code usage}): en-US reads
 * °F and miles, en-GB miles on the road and °C, the rest of the world °C and km. Trade quantities
 * keep their recorded metric unit, because that is what the lot's documents, labels and customs
 * papers say; only the number and unit symbol are localized. Every result carries the raw value and
 * unit beside the text, so a client can format on its own. Thread-safe (ICU formatters are immutable).
 */
@Component
public class Formats {

  /** UN/ECE Recommendation 20 codes used in GS1 EPCIS and the CLDR units they are. */
  private static final Map<String, MeasureUnit> UNECE = Map.of(
      "KGM", MeasureUnit.KILOGRAM,
      "GRM", MeasureUnit.GRAM,
      "TNE", MeasureUnit.TONNE,
      "LTR", MeasureUnit.LITER,
      "MLT", MeasureUnit.MILLILITER,
      "MTR", MeasureUnit.METER,
      "KMT", MeasureUnit.KILOMETER,
      "CEL", MeasureUnit.CELSIUS,
      "HUR", MeasureUnit.HOUR);

  private final Messages messages;

  public Formats(Messages messages) {
    this.messages = messages;
  }

  /**
   * A trade quantity in its UN/ECE unit. Pieces (H87) and unknown codes, which CLDR has no unit for,
   * are a number with the {@code unit.<code>} label of the bundle, or the bare code.
   */
  public FormattedMeasure quantity(double value, String uneceCode, String tag) {
    ULocale locale = ULocale.forLanguageTag(tag);
    MeasureUnit unit = UNECE.get(uneceCode);
    if (unit != null) {
      FormattedNumber formatted = NumberFormatter.withLocale(locale).unit(unit).unitWidth(UnitWidth.SHORT)
          .precision(Precision.maxFraction(3)).format(value);
      return measure(value, uneceCode, formatted, tag);
    }
    String number = NumberFormatter.withLocale(locale).precision(Precision.maxFraction(3)).format(value).toString();
    String text = messages.has("unit." + uneceCode)
        ? messages.format("unit." + uneceCode, tag, Map.of("count", value))
        : number + " " + uneceCode;
    return new FormattedMeasure(value, uneceCode, value, uneceCode, text, tag);
  }

  /** A temperature given in °C, shown in the unit the market uses for it. */
  public FormattedMeasure temperature(double celsius, String tag) {
    FormattedNumber formatted = withUsage(tag, MeasureUnit.CELSIUS, "default").precision(Precision.maxFraction(1)).format(celsius);
    return measure(celsius, "temperature-celsius", formatted, tag);
  }

  /** A distance given in km, shown as the market reads road distances (km or mi). */
  public FormattedMeasure distance(double kilometers, String tag) {
    FormattedNumber formatted = withUsage(tag, MeasureUnit.KILOMETER, "road").precision(Precision.integer()).format(kilometers);
    return measure(kilometers, "length-kilometer", formatted, tag);
  }

  /** A duration given in hours: "36 h", or days and hours from two days on ("5 days, 4 hr"). */
  public FormattedMeasure duration(double hours, String tag) {
    ULocale locale = ULocale.forLanguageTag(tag);
    MeasureFormat format = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT);
    long whole = Math.round(hours);
    String text = whole >= 48
        ? format.formatMeasures(new Measure(whole / 24, MeasureUnit.DAY), new Measure(whole % 24, MeasureUnit.HOUR))
        : format.formatMeasures(new Measure(whole, MeasureUnit.HOUR));
    return new FormattedMeasure(hours, "duration-hour", whole, "duration-hour", text, tag);
  }

  /** A calendar date, medium length ("2 Mar 2027", "2027/03/02", "2 thg 3, 2027"). */
  public String date(LocalDate date, String tag) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, ULocale.forLanguageTag(tag));
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
  }

  /** A date and time in the offset it was recorded with (a harvest at 07:30 in Bến Tre reads 07:30). */
  public String dateTime(OffsetDateTime time, String tag) {
    DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLanguageTag(tag));
    int minutes = time.getOffset().getTotalSeconds() / 60;
    format.setTimeZone(TimeZone.getTimeZone(String.format("GMT%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60)));
    return format.format(Date.from(time.toInstant()));
  }

  private static LocalizedNumberFormatter withUsage(String tag, MeasureUnit unit, String usage) {
    return NumberFormatter.withLocale(ULocale.forLanguageTag(tag)).unit(unit).usage(usage).unitWidth(UnitWidth.SHORT);
  }

  private static FormattedMeasure measure(double value, String unit, FormattedNumber formatted, String tag) {
    MeasureUnit output = formatted.getOutputUnit();
    return new FormattedMeasure(value, unit, formatted.toBigDecimal().doubleValue(),
        output == null ? unit : output.getType() + "-" + output.getSubtype(), formatted.toString(), tag);
  }
}
