package org.origingraph.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class UriTemplateTests {

  @Test
  void encodesValuesButNotThePath() {
    var values = Map.of("lang", "zh-Hant", "path", "01/08938512000015/10/A%2FB", "lot", "A/B +*", "digitalLink", "https://id.example/01/1?17=1");
    assertThat(UriTemplate.expand("https://p.example/{lang}/{path}?lot={lot}&dl={digitalLink}", values, true))
        .hasValue("https://p.example/zh-Hant/01/08938512000015/10/A%2FB?lot=A%2FB%20%2B%2A&dl=https%3A%2F%2Fid.example%2F01%2F1%3F17%3D1");
  }

  @Test
  void aMissingVariableMeansTheLinkDoesNotApply() {
    assertThat(UriTemplate.expand("https://p.example/{gtin}/{lot}", Map.of("gtin", "08938512000015"), true)).isEmpty();
  }

  @Test
  void titlesAreNotEncoded() {
    assertThat(UriTemplate.expand("Story ({languageName})", Map.of("languageName", "中文 (繁體)"), false)).hasValue("Story (中文 (繁體))");
  }
}
