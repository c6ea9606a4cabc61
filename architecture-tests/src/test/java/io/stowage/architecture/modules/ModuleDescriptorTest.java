package io.stowage.architecture.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the module-info.class that every main module compiled into its target/classes. */
class ModuleDescriptorTest {

    @Test
    void compiled_module_descriptors_follow_the_hexagon() {
        List<String> violations = new ModuleDescriptorChecker().violations(CompiledModules.read());

        assertEquals(List.of(), violations, () -> "module-info violations:\n" + String.join("\n", violations));
    }
}
