package org.origingraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PagingAndIdTests {

  @Test
  void cursorsContinueWhereThePageEnded() {
    PageRequest first = PageRequest.of(2, null);
    Connection<String> page = Connection.of(List.of("a", "b", "c"), first, 5);
    assertThat(page.edges()).extracting(Connection.Edge::node).containsExactly("a", "b");
    assertThat(page.pageInfo().hasNextPage()).isTrue();
    assertThat(page.pageInfo().hasPreviousPage()).isFalse();

    PageRequest second = PageRequest.of(2, page.pageInfo().endCursor());
    assertThat(second.offset()).isEqualTo(2);
    Connection<String> last = Connection.of(List.of("c"), second, 3);
    assertThat(last.pageInfo().hasNextPage()).isFalse();
    assertThat(last.pageInfo().hasPreviousPage()).isTrue();
  }

  @Test
  void emptyPageHasNoCursors() {
    Connection<String> page = Connection.of(List.of(), PageRequest.of(null, null), 0);
    assertThat(page.pageInfo().startCursor()).isNull();
    assertThat(page.pageInfo().endCursor()).isNull();
  }

  @Test
  void pageSizeAndCursorsAreValidated() {
    assertThat(PageRequest.of(null, null).size()).isEqualTo(PageRequest.DEFAULT_SIZE);
    assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(BadUserInputException.class)
        .extracting(e -> ((BadUserInputException) e).argument()).isEqualTo("first");
    assertThatThrownBy(() -> PageRequest.of(10, "b2Zmc2V0Oi0x")).isInstanceOf(BadUserInputException.class); // "offset:-1"
    assertThatThrownBy(() -> PageRequest.of(10, "???")).isInstanceOf(BadUserInputException.class)
        .extracting(e -> ((BadUserInputException) e).argument()).isEqualTo("after");
  }

  @Test
  void globalIdsRoundTripAndRejectForgeries() {
    String id = GlobalId.encode("Batch", "08938512000015:BT/2026:031");
    assertThat(GlobalId.decode("id", id)).isEqualTo(new GlobalId("Batch", "08938512000015:BT/2026:031"));
    assertThatThrownBy(() -> GlobalId.decode("id", "not base64!")).isInstanceOf(BadUserInputException.class);
    assertThatThrownBy(() -> GlobalId.decode("id", GlobalId.encode("", "x").substring(1)))
        .isInstanceOf(BadUserInputException.class);
    assertThatThrownBy(() -> GlobalId.decode("id", "A".repeat(600))).isInstanceOf(BadUserInputException.class);
  }
}
