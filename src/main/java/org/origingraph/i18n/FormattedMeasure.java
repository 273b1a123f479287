package org.origingraph.i18n;

/**
 * A measured value as stored and as a reader of one locale should see it.
 *
 * @param value the value as stored
 * @param unit the stored unit (a UN/ECE Recommendation 20 code or a CLDR unit id)
 * @param displayValue the value in {@link #displayUnit}, e.g. converted to °F for en-US
 * @param displayUnit the CLDR unit id shown, e.g. {@code temperature-fahrenheit}
 * @param text the localized text, e.g. {@code 1.840 km} or {@code 1,144 mi}
 * @param locale the BCP 47 locale the text was formatted for
 */
public record FormattedMeasure(
    double value, String unit, double displayValue, String displayUnit, String text, String locale) {}
