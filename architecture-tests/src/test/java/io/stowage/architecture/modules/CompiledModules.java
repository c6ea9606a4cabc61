package io.stowage.architecture.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Reads the module descriptors that the sibling Maven modules compiled into their target/classes. */
final class CompiledModules {

    private CompiledModules() {
    }

    static Map<StowageModule, ModuleDescriptor> read() {
        Map<StowageModule, ModuleDescriptor> descriptors = new EnumMap<>(StowageModule.class);
        for (StowageModule module : StowageModule.values()) {
            descriptors.put(module, read(module));
        }
        return descriptors;
    }

    private static ModuleDescriptor read(StowageModule module) {
        Path classes = projectRoot().resolve(module.directory()).resolve("target").resolve("classes");
        assertTrue(Files.isRegularFile(classes.resolve("module-info.class")),
                () -> module.directory() + " is not compiled: " + classes.resolve("module-info.class")
                        + " is missing (build it first, e.g. mvn -pl " + module.directory() + " compile)");
        Set<ModuleReference> found = ModuleFinder.of(classes).findAll();
        assertEquals(1, found.size(), () -> "expected exactly one module in " + classes + " but found " + found);
        return found.iterator().next().descriptor();
    }

    /** The parent directory of architecture-tests; surefire sets basedir to the module's own directory. */
    private static Path projectRoot() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir).toAbsolutePath().normalize().getParent();
    }
}
