package org.origingraph.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchKeysTests {

  @Test
  void foldsVietnameseDiacriticsAndTheLetterD() {
    assertThat(SearchKeys.of("Kẹo dừa Bến Tre – vị sầu riêng")).isEqualTo("keo dua ben tre vi sau rieng");
    assertThat(SearchKeys.of("Đường ĐỒNG NAI đặc sản")).isEqualTo("duong dong nai dac san");
  }

  @Test
  void romanizesOtherScripts() {
    assertThat(SearchKeys.of("椰子糖")).isEqualTo("ye zi tang");
    assertThat(SearchKeys.of("Кокос")).isEqualTo("kokos");
  }

  @Test
  void queryTermsAreKeysToo() {
    assertThat(SearchKeys.terms("  Bến   TRE ")).containsExactly("ben", "tre");
    assertThat(SearchKeys.terms("--")).isEmpty();
  }

  @Test
  void joinsSeveralTextsSkippingEmptyOnes() {
    List<String> texts = new ArrayList<>(Arrays.asList("Phước Lộc", null, "", "Bến Tre"));
    assertThat(SearchKeys.of(texts)).isEqualTo("phuoc loc ben tre");
  }

  @Test
  void collationSortsVietnameseTheVietnameseWay() {
    List<String> names = new ArrayList<>(List.of("Đường", "Dừa", "Ép", "Da"));
    names.sort(Collation.of("vi"));
    assertThat(names).containsExactly("Da", "Dừa", "Đường", "Ép");
    List<String> plain = new ArrayList<>(List.of("Đường", "Dừa", "Ép", "Da"));
    plain.sort(String::compareTo);
    assertThat(plain).isNotEqualTo(names);
  }
}
