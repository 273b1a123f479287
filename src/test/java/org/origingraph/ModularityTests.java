package org.origingraph;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (no cycles, no use of another module's internals) and are documented. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(OriginGraphApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
