package io.stowage.architecture.rules;

import static io.stowage.architecture.rules.ArchitectureRule.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static io.stowage.architecture.rules.ArchitectureRule.ADAPTERS_REACH_APPLICATION_ONLY_THROUGH_PORTS;
import static io.stowage.architecture.rules.ArchitectureRule.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;
import static io.stowage.architecture.rules.ArchitectureRule.COMMONS_NET_ONLY_IN_FTP_ADAPTER;
import static io.stowage.architecture.rules.ArchitectureRule.CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS;
import static io.stowage.architecture.rules.ArchitectureRule.CORE_READS_TIME_ONLY_THROUGH_CLOCK;
import static io.stowage.architecture.rules.ArchitectureRule.DAV_XML_ONLY_IN_WEBDAV_ADAPTER;
import static io.stowage.architecture.rules.ArchitectureRule.DOMAIN_DEPENDS_ONLY_ON_JAVA;
import static io.stowage.architecture.rules.ArchitectureRule.FILES_ONLY_IN_FS_ADAPTER_AND_BOOTSTRAP;
import static io.stowage.architecture.rules.ArchitectureRule.HTTP_ONLY_IN_HTTP_ADAPTER;
import static io.stowage.architecture.rules.ArchitectureRule.MINIO_ONLY_IN_S3_ADAPTER;
import static io.stowage.architecture.rules.ArchitectureRule.PACKAGES_ARE_FREE_OF_CYCLES;
import static io.stowage.architecture.rules.ArchitectureRule.SECURITY_ONLY_IN_HTTP_ADAPTER;
import static io.stowage.architecture.rules.ArchitectureRule.SQL_ONLY_IN_PERSISTENCE_ADAPTER;
import static io.stowage.architecture.rules.ArchitectureRule.SSHD_ONLY_IN_SFTP_ADAPTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every rule can fail: each fixture under io.stowage.fixtures.violations breaks exactly the rules
 * listed for it, and the clean fixture breaks none while giving every rule something to check.
 */
class RulesFailWhenBrokenTest {

    private static final String FIXTURES = "io.stowage.fixtures.";

    static Stream<Arguments> violations() {
        return Stream.of(
                breaks("domainonapplication", DOMAIN_DEPENDS_ONLY_ON_JAVA),
                breaks("applicationonadapter", APPLICATION_DEPENDS_ONLY_ON_DOMAIN),
                breaks("adapteronadapter", ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER),
                breaks("adapteronservice", ADAPTERS_REACH_APPLICATION_ONLY_THROUGH_PORTS),
                breaks("packagecycle", PACKAGES_ARE_FREE_OF_CYCLES),
                breaks("httpoutsidehttp", HTTP_ONLY_IN_HTTP_ADAPTER),
                breaks("securityoutsidehttp", SECURITY_ONLY_IN_HTTP_ADAPTER),
                // the application may depend on the domain alone, so this breaks the layer rule too
                breaks("securityinapplication", SECURITY_ONLY_IN_HTTP_ADAPTER, APPLICATION_DEPENDS_ONLY_ON_DOMAIN),
                breaks("jdbcoutsidepersistence", SQL_ONLY_IN_PERSISTENCE_ADAPTER),
                breaks("datasourceoutsidepersistence", SQL_ONLY_IN_PERSISTENCE_ADAPTER),
                breaks("micronautdataoutsidepersistence", SQL_ONLY_IN_PERSISTENCE_ADAPTER),
                breaks("transactionoutsidepersistence", SQL_ONLY_IN_PERSISTENCE_ADAPTER),
                breaks("filesoutsidefs", FILES_ONLY_IN_FS_ADAPTER_AND_BOOTSTRAP),
                breaks("miniooutsides3", MINIO_ONLY_IN_S3_ADAPTER),
                breaks("commonsnetoutsideftp", COMMONS_NET_ONLY_IN_FTP_ADAPTER),
                breaks("xmloutsidewebdav", DAV_XML_ONLY_IN_WEBDAV_ADAPTER),
                breaks("sshdoutsidesftp", SSHD_ONLY_IN_SFTP_ADAPTER),
                breaks("imagingoutsideimage", ArchitectureRule.IMAGING_ONLY_IN_IMAGE_ADAPTER),
                breaks("instantnow", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                breaks("instantnowreference", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                breaks("currenttimemillis", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                breaks("localdatetimenow", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                breaks("zoneddatetimenowinzone", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                breaks("systemclock", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                breaks("newdate", CORE_READS_TIME_ONLY_THROUGH_CLOCK),
                // An annotation is also a dependency, so these necessarily break the layer rule too.
                breaks("singletonservice", CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS, APPLICATION_DEPENDS_ONLY_ON_DOMAIN),
                breaks("injectedconstructor", CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS, APPLICATION_DEPENDS_ONLY_ON_DOMAIN),
                breaks("introspecteddomain", CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS, DOMAIN_DEPENDS_ONLY_ON_JAVA));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("violations")
    void each_violation_fixture_breaks_exactly_its_rules(String fixture, Set<ArchitectureRule> expected) {
        String root = FIXTURES + "violations." + fixture;
        JavaClasses classes = importFixture(root);

        Set<ArchitectureRule> broken = EnumSet.noneOf(ArchitectureRule.class);
        for (ArchitectureRule rule : ArchitectureRule.values()) {
            // A violation fixture holds only the classes its break needs, so most rules find nothing to check.
            if (rule.forRoot(root).allowEmptyShould(true).evaluate(classes).hasViolation()) {
                broken.add(rule);
            }
        }

        assertEquals(expected, broken, "rules broken by fixture " + root);
    }

    @Test
    void clean_fixture_breaks_no_rule_and_gives_every_rule_something_to_check() {
        String root = FIXTURES + "clean";
        JavaClasses classes = importFixture(root);

        for (ArchitectureRule rule : ArchitectureRule.values()) {
            // No allowEmptyShould here: a rule that checks nothing in the clean fixture proves nothing.
            EvaluationResult result = rule.forRoot(root).allowEmptyShould(false).evaluate(classes);
            assertFalse(result.hasViolation(), () -> rule + " flags clean code:\n" + result.getFailureReport());
        }
    }

    @Test
    void every_rule_is_shown_to_fail_by_some_fixture() {
        Set<ArchitectureRule> proven = EnumSet.noneOf(ArchitectureRule.class);
        violations().forEach(arguments -> proven.addAll(expectedRules(arguments)));

        assertEquals(EnumSet.allOf(ArchitectureRule.class), proven);
    }

    private static JavaClasses importFixture(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertFalse(classes.isEmpty(), "no fixture classes found under " + root);
        return classes;
    }

    private static Arguments breaks(String fixture, ArchitectureRule first, ArchitectureRule... more) {
        return Arguments.of(fixture, EnumSet.of(first, more));
    }

    @SuppressWarnings("unchecked")
    private static Set<ArchitectureRule> expectedRules(Arguments arguments) {
        return (Set<ArchitectureRule>) arguments.get()[1];
    }
}
