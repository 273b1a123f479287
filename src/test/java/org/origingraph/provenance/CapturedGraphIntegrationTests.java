package org.origingraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.origingraph.IntegrationTest;
import org.origingraph.gs1.CheckDigit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The provenance writes of a capture are part of the capture's transaction, or do not happen. */
class CapturedGraphIntegrationTests extends IntegrationTest {

  @Autowired
  private CapturedGraph graph;

  @Autowired
  private Catalog catalog;

  @Autowired
  private PlatformTransactionManager transactions;

  private static final String GLN = CheckDigit.append("893599920001");

  private static BatchKey newBatch() {
    return new BatchKey(CheckDigit.append("0893599966" + "%03d".formatted((int) (Math.random() * 1000))),
        "TX-" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void aCaptureThatFailsAfterItsGraphWritesLeavesNoneOfThem() {
    BatchKey batch = newBatch();
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      graph.merge(List.of(new GraphEffects.SeenFacility(GLN, "VN")), List.of(new GraphEffects.SeenBatch(batch, null)));
      graph.apply(new GraphEffects(List.of(new GraphEffects.Production(batch, GLN, OffsetDateTime.now())),
          List.of(), List.of(), List.of(), List.of(), List.of()));
      assertThat(graph.nodeIds(List.of(batch))).as("visible inside the transaction").containsOnlyKeys(batch);
      throw new IllegalStateException("the event writes failed");
    })).hasMessage("the event writes failed");

    assertThat(catalog.batch(batch)).isEmpty();
    assertThat(graph.nodeIds(List.of(batch))).isEmpty();
  }

  @Test
  void writingOutsideATransactionIsRefused() {
    BatchKey batch = newBatch();
    assertThatThrownBy(() -> graph.merge(List.of(), List.of(new GraphEffects.SeenBatch(batch, null))))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(catalog.batch(batch)).isEmpty();
  }

  @Test
  void aMergedBatchOfAnUnknownGtinHasAPlaceholderProduct() {
    BatchKey batch = newBatch();
    new TransactionTemplate(transactions).executeWithoutResult(status ->
        graph.merge(List.of(), List.of(new GraphEffects.SeenBatch(batch, null))));

    assertThat(catalog.product(batch.gtin())).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("GTIN " + batch.gtin());
      assertThat(p.group()).isEqualTo(ProductGroup.OTHER);
    });
    assertThat(catalog.placeholders(List.of(batch.gtin(), FLAGSHIP_GTIN))).containsExactly(batch.gtin());
  }
}
