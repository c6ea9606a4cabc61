package io.stowage.architecture.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** Builds the dependency rules of the hexagon for any root package, so fixtures can prove them. */
public final class LayerRules {

    private LayerRules() {
    }

    public static ArchRule domainDependsOnlyOnJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is the service's vocabulary and must outlive every framework and library");
    }

    public static ArchRule applicationDependsOnlyOnDomain(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .because("use cases orchestrate the domain through ports and never know a technology");
    }

    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        // Empty is allowed: the module descriptor test, not this rule, proves every adapter exists.
        return slices().matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("each adapter translates one technology and can be swapped without touching another")
                .allowEmptyShould(true);
    }

    public static ArchRule adaptersReachApplicationOnlyThroughPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat(resideInAPackage(root + ".application..")
                        .and(not(resideInAPackage(root + ".application.port..")))
                        .as("application classes outside " + root + ".application.port.."))
                .because("adapters plug into ports; only bootstrap knows the services behind them")
                .allowEmptyShould(true);
    }

    public static ArchRule packagesAreFreeOfCycles(String root) {
        // (**) makes every package its own slice, so a cycle is caught at any depth.
        return slices().matching(root + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles();
    }
}
