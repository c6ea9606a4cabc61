package io.stowage.architecture.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires.Modifier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proves the checker accepts the intended layout and reports each way of breaking it. */
class ModuleDescriptorCheckerTest {

    private final ModuleDescriptorChecker checker = new ModuleDescriptorChecker();

    @Test
    void accepts_the_intended_layout() {
        assertEquals(List.of(), checker.violations(intendedLayout()));
    }

    @Test
    void reports_a_missing_module() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.remove(StowageModule.ADAPTER_FS);

        assertEquals(List.of("adapter-fs has no module descriptor"), checker.violations(layout));
    }

    @Test
    void reports_a_wrong_module_name() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.DOMAIN, module("io.stowage.core"));

        assertEquals(List.of("domain declares module io.stowage.core but must declare io.stowage.domain"),
                checker.violations(layout));
    }

    @Test
    void reports_a_domain_requiring_more_than_java_base() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.DOMAIN, module("io.stowage.domain", "java.logging"));

        assertEquals(List.of("io.stowage.domain may require only [java.base] but requires java.logging"),
                checker.violations(layout));
    }

    @Test
    void reports_an_application_requiring_more_than_domain() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.APPLICATION,
                module("io.stowage.application", "io.stowage.domain", "io.stowage.bootstrap"));

        assertEquals(List.of("io.stowage.application may require only [io.stowage.domain, java.base]"
                + " but requires io.stowage.bootstrap"), checker.violations(layout));
    }

    @Test
    void reports_an_adapter_requiring_another_adapter() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.ADAPTER_HTTP,
                module("io.stowage.adapter.http", "io.stowage.application", "io.stowage.adapter.fs"));

        assertEquals(List.of(
                "adapter io.stowage.adapter.http must not require adapter io.stowage.adapter.fs",
                "only io.stowage.bootstrap may require adapters, but io.stowage.adapter.http requires"
                        + " io.stowage.adapter.fs"), checker.violations(layout));
    }

    @Test
    void reports_the_core_requiring_an_adapter() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.APPLICATION,
                module("io.stowage.application", "io.stowage.domain", "io.stowage.adapter.s3"));

        assertEquals(List.of(
                "io.stowage.application may require only [io.stowage.domain, java.base] but requires"
                        + " io.stowage.adapter.s3",
                "only io.stowage.bootstrap may require adapters, but io.stowage.application requires"
                        + " io.stowage.adapter.s3"), checker.violations(layout));
    }

    @Test
    void reports_micronaut_security_required_outside_the_http_adapter() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.ADAPTER_HTTP, module("io.stowage.adapter.http", "io.stowage.application",
                "io.micronaut.security.micronaut_security_jwt"));
        layout.put(StowageModule.ADAPTER_PERSISTENCE, module("io.stowage.adapter.persistence",
                "io.stowage.application", "io.micronaut.security.micronaut_security"));

        assertEquals(List.of("only io.stowage.adapter.http may require micronaut-security, but"
                + " io.stowage.adapter.persistence requires io.micronaut.security.micronaut_security"),
                checker.violations(layout));
    }

    @Test
    void reports_bootstrap_missing_an_adapter() {
        Map<StowageModule, ModuleDescriptor> layout = intendedLayout();
        layout.put(StowageModule.BOOTSTRAP, module("io.stowage.bootstrap", "io.stowage.application",
                "io.stowage.adapter.http", "io.stowage.adapter.persistence", "io.stowage.adapter.fs",
                "io.stowage.adapter.ftp", "io.stowage.adapter.webdav", "io.stowage.adapter.sftp",
                "io.stowage.adapter.image"));

        assertEquals(List.of("io.stowage.bootstrap must require every adapter but misses io.stowage.adapter.s3"),
                checker.violations(layout));
    }

    /** The layout the project intends: the one the real descriptors must match. */
    private static Map<StowageModule, ModuleDescriptor> intendedLayout() {
        Map<StowageModule, ModuleDescriptor> layout = new EnumMap<>(StowageModule.class);
        layout.put(StowageModule.DOMAIN, module("io.stowage.domain"));
        layout.put(StowageModule.APPLICATION, ModuleDescriptor.newModule("io.stowage.application")
                .requires(Set.of(Modifier.TRANSITIVE), "io.stowage.domain").build());
        for (StowageModule adapter : List.of(StowageModule.ADAPTER_HTTP, StowageModule.ADAPTER_PERSISTENCE,
                StowageModule.ADAPTER_FS, StowageModule.ADAPTER_S3, StowageModule.ADAPTER_FTP,
                StowageModule.ADAPTER_WEBDAV, StowageModule.ADAPTER_SFTP)) {
            layout.put(adapter, module(adapter.moduleName(), "io.stowage.application", "io.micronaut.micronaut_inject"));
        }
        layout.put(StowageModule.ADAPTER_IMAGE, module("io.stowage.adapter.image", "io.stowage.application",
                "java.desktop", "net.coobird.thumbnailator"));
        layout.put(StowageModule.BOOTSTRAP, module("io.stowage.bootstrap", "io.stowage.application",
                "io.stowage.adapter.http", "io.stowage.adapter.persistence", "io.stowage.adapter.fs",
                "io.stowage.adapter.s3", "io.stowage.adapter.ftp", "io.stowage.adapter.webdav",
                "io.stowage.adapter.sftp", "io.stowage.adapter.image"));
        return layout;
    }

    /** A descriptor as javac would write it: java.base is required implicitly by the builder. */
    private static ModuleDescriptor module(String name, String... requires) {
        ModuleDescriptor.Builder builder = ModuleDescriptor.newModule(name);
        for (String required : requires) {
            builder.requires(required);
        }
        return builder.build();
    }
}
