package org.origingraph.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Formatting by CLDR conventions; the expected texts are what CLDR prescribes for each locale. */
class FormatsTests {

  private final Formats formats = new Formats(
      new Messages(new LocaleNegotiator(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class))));

  @ParameterizedTest(name = "{0}: {1} °C reads {2} in {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en-US | -35 | -31      | temperature-fahrenheit
      en-US | 4   | 39.2     | temperature-fahrenheit
      en-GB | 4   | 4        | temperature-celsius
      fr    | 4   | 4        | temperature-celsius
      ja    | -35 | -35      | temperature-celsius
      ar-SA | 30  | 30       | temperature-celsius
      vi    | 30  | 30       | temperature-celsius
      """)
  void temperaturesInTheMarketsUnit(String locale, double celsius, double shown, String unit) {
    FormattedMeasure measure = formats.temperature(celsius, locale);
    assertThat(measure.displayValue()).isCloseTo(shown, org.assertj.core.data.Offset.offset(0.05));
    assertThat(measure.displayUnit()).isEqualTo(unit);
    assertThat(measure.value()).isEqualTo(celsius);
    assertThat(measure.unit()).isEqualTo("temperature-celsius");
  }

  @Test
  void temperatureTexts() {
    assertThat(formats.temperature(-35, "en-US").text()).isEqualTo("-31°F");
    assertThat(spaces(formats.temperature(-35, "fr").text())).isEqualTo("-35 °C");
    assertThat(formats.temperature(-35, "de").text()).isEqualTo("-35 °C");
  }

  @Test
  void distancesInMilesForAmericanReadersAndKilometresElsewhere() {
    FormattedMeasure us = formats.distance(1840.5, "en-US");
    assertThat(us.displayUnit()).isEqualTo("length-mile");
    assertThat(us.text()).isEqualTo("1,144 mi");
    FormattedMeasure de = formats.distance(1840.6, "de");
    assertThat(de.displayUnit()).isEqualTo("length-kilometer");
    assertThat(de.text()).isEqualTo("1.841 km");
    assertThat(spaces(formats.distance(1840.6, "fr").text())).isEqualTo("1 841 km");
    assertThat(formats.distance(1840.6, "ja").text()).isEqualTo("1,841 km");
  }

  @Test
  void quantitiesKeepTheirUnitWithLocalNumbers() {
    assertThat(formats.quantity(12500.5, "KGM", "de").text()).isEqualTo("12.500,5 kg");
    assertThat(formats.quantity(12500.5, "KGM", "en-US").text()).isEqualTo("12,500.5 kg");
    assertThat(formats.quantity(12500.5, "KGM", "vi").text()).isEqualTo("12.500,5 kg");
    assertThat(formats.quantity(330, "MLT", "ja").text()).isEqualTo("330 ml");
    assertThat(formats.quantity(400, "GRM", "ar").unit()).isEqualTo("GRM");
  }

  @Test
  void piecesUsePluralRulesOfTheBundle() {
    assertThat(formats.quantity(1, "H87", "en").text()).isEqualTo("1 piece");
    assertThat(formats.quantity(24, "H87", "en").text()).isEqualTo("24 pieces");
    assertThat(formats.quantity(3, "H87", "ru").text()).isEqualTo("3 штуки");
    assertThat(formats.quantity(5, "H87", "ru").text()).isEqualTo("5 штук");
    assertThat(formats.quantity(2, "H87", "ar").text()).isEqualTo("قطعتان");
    assertThat(formats.quantity(7, "XYZ", "en").text()).isEqualTo("7 XYZ");
  }

  @Test
  void datesByLocale() {
    LocalDate date = LocalDate.of(2027, 3, 2);
    assertThat(formats.date(date, "en-US")).isEqualTo("Mar 2, 2027");
    assertThat(formats.date(date, "en-GB")).isEqualTo("2 Mar 2027");
    assertThat(formats.date(date, "de")).isEqualTo("02.03.2027");
    assertThat(formats.date(date, "ja")).isEqualTo("2027/03/02");
    assertThat(formats.date(date, "zh-Hant")).isEqualTo("2027年3月2日");
  }

  @Test
  void dateTimesKeepTheirRecordedOffset() {
    OffsetDateTime harvest = OffsetDateTime.parse("2026-03-02T07:30:00+07:00");
    assertThat(formats.dateTime(harvest, "de")).isEqualTo("02.03.2026, 07:30");
    assertThat(formats.dateTime(harvest, "ja")).isEqualTo("2026/03/02 7:30");
  }

  @Test
  void durationsInHoursThenDaysAndHours() {
    assertThat(formats.duration(36, "en").text()).isEqualTo("36 hr");
    assertThat(formats.duration(124, "en").text()).isEqualTo("5 days, 4 hr");
    assertThat(spaces(formats.duration(124, "fr").text())).isEqualTo("5 j et 4 h");
  }

  /** French and others separate with no-break spaces of varying width; compare them as plain spaces. */
  private static String spaces(String text) {
    return text.replaceAll("[\\s\u00a0\u202f]", " ");
  }
}
