package org.origingraph.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringFilterTests {

  @Test
  void firstMalformed_namesTheParameterWithABadEscape() {
    assertThat(QueryStringFilter.firstMalformed("perPage=5&EQ_bizStep=%zz")).isEqualTo("EQ_bizStep");
    assertThat(QueryStringFilter.firstMalformed("lang=%")).isEqualTo("lang");
    assertThat(QueryStringFilter.firstMalformed("lang=%2")).isEqualTo("lang");
    assertThat(QueryStringFilter.firstMalformed("la%zzng=en")).isEqualTo("la%zzng");
  }

  @Test
  void firstMalformed_refusesEscapesThatAreNotUtf8() {
    assertThat(QueryStringFilter.firstMalformed("lang=%C3%28")).isEqualTo("lang");
    // fullwidth digits are digits to Character.digit, not hex to a URL
    assertThat(QueryStringFilter.firstMalformed("lang=%\uFF11\uFF11")).isEqualTo("lang");
  }

  @Test
  void firstMalformed_acceptsWhatDecodes() {
    assertThat(QueryStringFilter.firstMalformed("EQ_bizStep=urn%3Aepcglobal%3Acbv%3Abizstep%3Ashipping|receiving"))
        .isNull();
    assertThat(QueryStringFilter.firstMalformed("lang=vi&linkType=gs1%3Apip&q=b%E1%BA%BFn+tre&flag")).isNull();
    assertThat(QueryStringFilter.firstMalformed("")).isNull();
  }

  @Test
  void decode_readsPlusAsSpaceAndEscapesAsUtf8() {
    assertThat(QueryStringFilter.decode("b%E1%BA%BFn+tre")).isEqualTo("bến tre");
  }
}
