package io.stowage.architecture.rules;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Applies the hexagon's dependency rules to Stowage's production classes. */
@AnalyzeClasses(packages = StowageRules.ROOT, importOptions = DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_java = StowageRules.DOMAIN_DEPENDS_ONLY_ON_JAVA;

    @ArchTest
    static final ArchRule application_depends_only_on_domain = StowageRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = StowageRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule adapters_reach_application_only_through_ports =
            StowageRules.ADAPTERS_REACH_APPLICATION_ONLY_THROUGH_PORTS;

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = StowageRules.PACKAGES_ARE_FREE_OF_CYCLES;
}
