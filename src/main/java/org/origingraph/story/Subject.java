package org.origingraph.story;

import org.origingraph.api.BadUserInputException;
import org.origingraph.api.GlobalId;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Product;

/**
 * What a story is about: a product (by GTIN-14), a facility (by GLN) or a batch (GTIN-14 and lot).
 * A record of keys, not of the provenance objects, so that it serves as cache and batch-loader key.
 *
 * @param type {@code Product}, {@code Facility} or {@code Batch}
 * @param key the GTIN, the GLN, or {@code gtin:lot}
 */
public record Subject(String type, String key) {

  public static Subject of(Product product) {
    return new Subject("Product", product.gtin());
  }

  public static Subject of(Facility facility) {
    return new Subject("Facility", facility.gln());
  }

  public static Subject of(Batch batch) {
    return new Subject("Batch", batch.gtin() + ":" + batch.lot());
  }

  /**
   * The subject a Relay global id names.
   *
   * @throws BadUserInputException naming {@code argument} when the id is not one of a product,
   *     facility or batch
   */
  public static Subject fromGlobalId(String argument, String id) {
    GlobalId global = GlobalId.decode(argument, id);
    return switch (global.type()) {
      case "Product", "Facility", "Batch" -> new Subject(global.type(), global.key());
      default -> throw new BadUserInputException(argument, argument + ": stories are about products, facilities and batches, not a " + global.type());
    };
  }

  /** The Relay global id of the subject (its type and key). */
  public GlobalId globalId() {
    return new GlobalId(type, key);
  }

  /** The stored form, e.g. {@code Product:08938512000015}. */
  public String stored() {
    return type + ":" + key;
  }

  /** The stored form's inverse. */
  public static Subject parse(String stored) {
    int colon = stored.indexOf(':');
    return new Subject(stored.substring(0, colon), stored.substring(colon + 1));
  }

  /** Uid of this subject's story of {@code kind}; a subject has at most one story per kind. */
  public String storyUid(StoryKind kind) {
    return stored() + "#" + kind.name();
  }
}
