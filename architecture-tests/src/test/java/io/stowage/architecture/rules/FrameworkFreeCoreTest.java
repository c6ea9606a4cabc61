package io.stowage.architecture.rules;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Applies the rules that keep domain and application free of ambient time and of the framework. */
@AnalyzeClasses(packages = StowageRules.ROOT, importOptions = DoNotIncludeTests.class)
class FrameworkFreeCoreTest {

    @ArchTest
    static final ArchRule core_reads_time_only_through_clock = StowageRules.CORE_READS_TIME_ONLY_THROUGH_CLOCK;

    @ArchTest
    static final ArchRule core_is_free_of_framework_annotations = StowageRules.CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS;
}
