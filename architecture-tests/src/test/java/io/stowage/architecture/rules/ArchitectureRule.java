package io.stowage.architecture.rules;

import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/** Every architecture rule of Stowage, buildable for any root package (the real code or a fixture). */
public enum ArchitectureRule {
    DOMAIN_DEPENDS_ONLY_ON_JAVA(LayerRules::domainDependsOnlyOnJava),
    APPLICATION_DEPENDS_ONLY_ON_DOMAIN(LayerRules::applicationDependsOnlyOnDomain),
    ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER(LayerRules::adaptersDoNotDependOnEachOther),
    ADAPTERS_REACH_APPLICATION_ONLY_THROUGH_PORTS(LayerRules::adaptersReachApplicationOnlyThroughPorts),
    PACKAGES_ARE_FREE_OF_CYCLES(LayerRules::packagesAreFreeOfCycles),
    HTTP_ONLY_IN_HTTP_ADAPTER(TechnologyRules::httpOnlyInHttpAdapter),
    SECURITY_ONLY_IN_HTTP_ADAPTER(TechnologyRules::securityOnlyInHttpAdapter),
    SQL_ONLY_IN_PERSISTENCE_ADAPTER(TechnologyRules::sqlOnlyInPersistenceAdapter),
    FILES_ONLY_IN_FS_ADAPTER_AND_BOOTSTRAP(TechnologyRules::filesOnlyInFsAdapterAndBootstrap),
    MINIO_ONLY_IN_S3_ADAPTER(TechnologyRules::minioOnlyInS3Adapter),
    COMMONS_NET_ONLY_IN_FTP_ADAPTER(TechnologyRules::commonsNetOnlyInFtpAdapter),
    DAV_XML_ONLY_IN_WEBDAV_ADAPTER(TechnologyRules::davXmlOnlyInWebdavAdapter),
    SSHD_ONLY_IN_SFTP_ADAPTER(TechnologyRules::sshdOnlyInSftpAdapter),
    IMAGING_ONLY_IN_IMAGE_ADAPTER(TechnologyRules::imagingOnlyInImageAdapter),
    CORE_READS_TIME_ONLY_THROUGH_CLOCK(CoreRules::coreReadsTimeOnlyThroughClock),
    CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS(CoreRules::coreIsFreeOfFrameworkAnnotations);

    private final Function<String, ArchRule> builder;

    ArchitectureRule(Function<String, ArchRule> builder) {
        this.builder = builder;
    }

    /** The rule applied to the packages under {@code rootPackage} (e.g. {@code io.stowage}). */
    public ArchRule forRoot(String rootPackage) {
        return builder.apply(rootPackage);
    }
}
