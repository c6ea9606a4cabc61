package io.stowage.architecture.rules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasType.Predicates.rawType;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.properties.HasType;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/** Builds the rules that keep domain and application free of ambient time and of the framework. */
public final class CoreRules {

    private CoreRules() {
    }

    public static ArchRule coreReadsTimeOnlyThroughClock(String root) {
        return noClasses().that().resideInAnyPackage(core(root))
                .should().accessTargetWhere(new SystemClockRead())
                .because("the core takes a java.time.Clock, so callers and tests decide what time it is");
    }

    public static ArchRule coreIsFreeOfFrameworkAnnotations(String root) {
        DescribedPredicate<HasType> frameworkAnnotation = rawType(
                resideInAnyPackage("io.micronaut..", "jakarta.inject..", "javax.inject.."))
                .as("an annotation from io.micronaut or jakarta.inject");
        ArchRule onTypes = noClasses().that().resideInAnyPackage(core(root))
                .should().beAnnotatedWith(frameworkAnnotation);
        ArchRule onMembers = noMembers().that().areDeclaredInClassesThat().resideInAnyPackage(core(root))
                .should().beAnnotatedWith(frameworkAnnotation);
        return CompositeArchRule.of(onTypes).and(onMembers)
                .because("bootstrap wires the core by hand; the core does not know it is being injected");
    }

    private static String[] core(String root) {
        return new String[] {root + ".domain..", root + ".application.."};
    }
}
