package org.origingraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.origingraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The resolver offers the languages an item's stories exist in, not a fixed list. */
@SuppressWarnings("unchecked")
class StoryLanguagesResolverIntegrationTests extends IntegrationTest {

  private static final String PARTLY_TRANSLATED = "/01/08938518000019";
  private static final String PIP = "https://gs1.org/voc/pip";

  private List<String> linksetLanguages(String path) {
    List<String> languages = new java.util.ArrayList<>();
    http().get().uri(path).header(HttpHeaders.ACCEPT, "application/linkset+json").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.linkset[0]['" + PIP + "'][*].hreflang[0]")
        .value(tags -> languages.addAll((List<String>) tags));
    return languages;
  }

  @Test
  void linksetListsExactlyTheLanguagesTheStoriesAreWrittenIn() {
    assertThat(linksetLanguages(PARTLY_TRANSLATED)).containsExactly("vi", "en");
    assertThat(linksetLanguages("/01/" + FLAGSHIP_GTIN + "/10/" + FLAGSHIP_LOT))
        .startsWith("vi", "en").contains("ja", "zh-Hant", "zh-Hans", "ar", "ko", "fr").hasSize(12);
  }

  @Test
  void aJapanesePhoneIsNotSentToAJapanesePageThatDoesNotExist() {
    String location = http().get().uri(PARTLY_TRANSLATED).header(HttpHeaders.ACCEPT_LANGUAGE, "ja-JP,ja;q=0.9")
        .exchange().expectStatus().isTemporaryRedirect()
        .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
    assertThat(location).doesNotContain("/ja/").contains("/vi/");
  }

  @Test
  void aFrenchReaderOfAPartlyTranslatedProductGetsEnglishWhenTheyAcceptIt() {
    String location = http().get().uri(PARTLY_TRANSLATED).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")
        .exchange().expectStatus().isTemporaryRedirect()
        .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
    assertThat(location).contains("/en/");
  }
}
