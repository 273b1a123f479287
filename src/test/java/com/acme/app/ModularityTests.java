package com.acme.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of ARCHITECTURE.md, checked: no cycles, only allowed dependencies, no use of
 * another module's internals. Needs no Spring context.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(OriginGraphApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }
}
