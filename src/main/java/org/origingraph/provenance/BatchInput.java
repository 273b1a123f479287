package org.origingraph.provenance;

import org.jspecify.annotations.Nullable;

/** One input of a transformation: the input batch and how much of it was consumed. */
public record BatchInput(Batch batch, @Nullable Quantity quantity) {}
