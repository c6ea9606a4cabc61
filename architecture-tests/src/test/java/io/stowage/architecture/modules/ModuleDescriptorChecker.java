package io.stowage.architecture.modules;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks the compiled module descriptors against the hexagon (ArchUnit cannot read module-info) and
 * returns one readable sentence per violation, so an empty list means the layout is right.
 */
public final class ModuleDescriptorChecker {

    private static final String JAVA_BASE = "java.base";
    // micronaut-security's automatic module names: io.micronaut.security.micronaut_security(_jwt)
    private static final String SECURITY_MODULES = "io.micronaut.security.";

    public List<String> violations(Map<StowageModule, ModuleDescriptor> descriptors) {
        List<String> violations = new ArrayList<>();
        for (StowageModule module : StowageModule.values()) {
            ModuleDescriptor descriptor = descriptors.get(module);
            if (descriptor == null) {
                violations.add(module.directory() + " has no module descriptor");
                continue;
            }
            checkName(module, descriptor, violations);
            checkRequires(module, descriptor, violations);
        }
        ModuleDescriptor bootstrap = descriptors.get(StowageModule.BOOTSTRAP);
        if (bootstrap != null) {
            checkBootstrapRequiresEveryAdapter(bootstrap, violations);
        }
        return violations;
    }

    private static void checkName(StowageModule module, ModuleDescriptor descriptor, List<String> violations) {
        if (!descriptor.name().equals(module.moduleName())) {
            violations.add(module.directory() + " declares module " + descriptor.name()
                    + " but must declare " + module.moduleName());
        }
    }

    private static void checkRequires(StowageModule module, ModuleDescriptor descriptor, List<String> violations) {
        String name = module.moduleName();
        Set<String> required = requiredNames(descriptor);
        if (module == StowageModule.DOMAIN) {
            requireOnly(name, required, Set.of(JAVA_BASE), violations);
        }
        if (module == StowageModule.APPLICATION) {
            requireOnly(name, required, Set.of(JAVA_BASE, StowageModule.DOMAIN.moduleName()), violations);
        }
        for (String target : required) {
            if (target.startsWith(SECURITY_MODULES) && module != StowageModule.ADAPTER_HTTP) {
                violations.add("only io.stowage.adapter.http may require micronaut-security, but " + name
                        + " requires " + target);
            }
            if (!StowageModule.isAdapter(target)) {
                continue;
            }
            if (module.isAdapter()) {
                violations.add("adapter " + name + " must not require adapter " + target);
            }
            if (module != StowageModule.BOOTSTRAP) {
                violations.add("only io.stowage.bootstrap may require adapters, but " + name + " requires " + target);
            }
        }
    }

    private static void requireOnly(String name, Set<String> required, Set<String> allowed, List<String> violations) {
        for (String target : required) {
            if (!allowed.contains(target)) {
                violations.add(name + " may require only " + allowed.stream().sorted().toList()
                        + " but requires " + target);
            }
        }
    }

    private static void checkBootstrapRequiresEveryAdapter(ModuleDescriptor bootstrap, List<String> violations) {
        Set<String> required = requiredNames(bootstrap);
        for (StowageModule module : StowageModule.values()) {
            if (module.isAdapter() && !required.contains(module.moduleName())) {
                violations.add("io.stowage.bootstrap must require every adapter but misses " + module.moduleName());
            }
        }
    }

    private static Set<String> requiredNames(ModuleDescriptor descriptor) {
        return descriptor.requires().stream().map(Requires::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
