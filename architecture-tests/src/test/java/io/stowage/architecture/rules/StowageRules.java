package io.stowage.architecture.rules;

import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules applied to Stowage's own code, one named constant per rule. */
public final class StowageRules {

    public static final String ROOT = "io.stowage";

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA =
            ArchitectureRule.DOMAIN_DEPENDS_ONLY_ON_JAVA.forRoot(ROOT);
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN =
            ArchitectureRule.APPLICATION_DEPENDS_ONLY_ON_DOMAIN.forRoot(ROOT);
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
            ArchitectureRule.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.forRoot(ROOT);
    public static final ArchRule ADAPTERS_REACH_APPLICATION_ONLY_THROUGH_PORTS =
            ArchitectureRule.ADAPTERS_REACH_APPLICATION_ONLY_THROUGH_PORTS.forRoot(ROOT);
    public static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES =
            ArchitectureRule.PACKAGES_ARE_FREE_OF_CYCLES.forRoot(ROOT);
    public static final ArchRule HTTP_ONLY_IN_HTTP_ADAPTER =
            ArchitectureRule.HTTP_ONLY_IN_HTTP_ADAPTER.forRoot(ROOT);
    public static final ArchRule SECURITY_ONLY_IN_HTTP_ADAPTER =
            ArchitectureRule.SECURITY_ONLY_IN_HTTP_ADAPTER.forRoot(ROOT);
    public static final ArchRule SQL_ONLY_IN_PERSISTENCE_ADAPTER =
            ArchitectureRule.SQL_ONLY_IN_PERSISTENCE_ADAPTER.forRoot(ROOT);
    public static final ArchRule FILES_ONLY_IN_FS_ADAPTER_AND_BOOTSTRAP =
            ArchitectureRule.FILES_ONLY_IN_FS_ADAPTER_AND_BOOTSTRAP.forRoot(ROOT);
    public static final ArchRule MINIO_ONLY_IN_S3_ADAPTER =
            ArchitectureRule.MINIO_ONLY_IN_S3_ADAPTER.forRoot(ROOT);
    public static final ArchRule COMMONS_NET_ONLY_IN_FTP_ADAPTER =
            ArchitectureRule.COMMONS_NET_ONLY_IN_FTP_ADAPTER.forRoot(ROOT);
    public static final ArchRule DAV_XML_ONLY_IN_WEBDAV_ADAPTER =
            ArchitectureRule.DAV_XML_ONLY_IN_WEBDAV_ADAPTER.forRoot(ROOT);
    public static final ArchRule SSHD_ONLY_IN_SFTP_ADAPTER =
            ArchitectureRule.SSHD_ONLY_IN_SFTP_ADAPTER.forRoot(ROOT);
    public static final ArchRule IMAGING_ONLY_IN_IMAGE_ADAPTER =
            ArchitectureRule.IMAGING_ONLY_IN_IMAGE_ADAPTER.forRoot(ROOT);
    public static final ArchRule CORE_READS_TIME_ONLY_THROUGH_CLOCK =
            ArchitectureRule.CORE_READS_TIME_ONLY_THROUGH_CLOCK.forRoot(ROOT);
    public static final ArchRule CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS =
            ArchitectureRule.CORE_IS_FREE_OF_FRAMEWORK_ANNOTATIONS.forRoot(ROOT);

    private StowageRules() {
    }
}
