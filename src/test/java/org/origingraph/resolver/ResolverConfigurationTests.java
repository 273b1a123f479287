package org.origingraph.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.origingraph.gs1.CompanyPrefixLengths;
import org.origingraph.gs1.DigitalLink;
import org.origingraph.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The replaceable {@link ContentLanguages} default and the prefix table binding, without the database. */
class ResolverConfigurationTests {

  private static final DigitalLink ITEM = DigitalLink.of(Gtin.parse("08938512000015"));

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(ResolverConfiguration.class)
      .withPropertyValues(
          "origin.resolver.base-url=https://id.example",
          "origin.resolver.consumer-page=https://portal.example/{lang}/{path}",
          "origin.resolver.languages=vi,en,zh-Hant",
          "origin.gs1.company-prefix-lengths.default-length=8",
          "origin.gs1.company-prefix-lengths.ranges[0].from=893",
          "origin.gs1.company-prefix-lengths.ranges[0].to=893",
          "origin.gs1.company-prefix-lengths.ranges[0].length=9");

  @Test
  void withoutAnotherBeanTheConfiguredLanguagesApply() {
    runner.run(context -> assertThat(context.getBean(ContentLanguages.class).languagesFor(ITEM))
        .containsExactly(Locale.forLanguageTag("vi"), Locale.forLanguageTag("en"), Locale.forLanguageTag("zh-Hant")));
  }

  @Test
  void anotherModulesContentLanguagesReplacesTheDefault() {
    ContentLanguages stories = item -> List.of(Locale.JAPANESE, Locale.ENGLISH);
    runner.withBean("storyLanguages", ContentLanguages.class, () -> stories)
        .run(context -> {
          assertThat(context).hasSingleBean(ContentLanguages.class);
          assertThat(context.getBean(ContentLanguages.class)).isSameAs(stories);
        });
  }

  @Test
  void withoutBaseUrlOrConsumerPageTheServiceLinksToItsOwnPageOnTheRequestsHost() {
    new ApplicationContextRunner().withUserConfiguration(ResolverConfiguration.class).run(context -> {
      var properties = context.getBean(ResolverProperties.class);
      assertThat(properties.baseUrl()).isNull();
      assertThat(properties.consumerPage()).isEqualTo("/{lang}/{path}");
    });
  }

  @Test
  void aBaseUrlThatCannotStartALinkStopsTheStart() {
    new ApplicationContextRunner().withUserConfiguration(ResolverConfiguration.class)
        .withPropertyValues("origin.resolver.base-url=id.example.vn")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("origin.resolver.base-url"));
  }

  @Test
  void theCompanyPrefixTableIsBoundFromConfiguration() {
    runner.run(context -> {
      var lengths = context.getBean(CompanyPrefixLengths.class);
      assertThat(lengths.lengthFor("8938512000015")).isEqualTo(9);
      assertThat(lengths.lengthFor("4012345000015")).isEqualTo(8);
    });
  }
}
