package io.stowage.architecture.rules;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Applies the technology confinement rules to Stowage's production classes. */
@AnalyzeClasses(packages = StowageRules.ROOT, importOptions = DoNotIncludeTests.class)
class TechnologyConfinementTest {

    @ArchTest
    static final ArchRule http_only_in_http_adapter = StowageRules.HTTP_ONLY_IN_HTTP_ADAPTER;

    @ArchTest
    static final ArchRule security_only_in_http_adapter = StowageRules.SECURITY_ONLY_IN_HTTP_ADAPTER;

    @ArchTest
    static final ArchRule sql_only_in_persistence_adapter = StowageRules.SQL_ONLY_IN_PERSISTENCE_ADAPTER;

    @ArchTest
    static final ArchRule files_only_in_fs_adapter_and_bootstrap = StowageRules.FILES_ONLY_IN_FS_ADAPTER_AND_BOOTSTRAP;

    @ArchTest
    static final ArchRule minio_only_in_s3_adapter = StowageRules.MINIO_ONLY_IN_S3_ADAPTER;

    @ArchTest
    static final ArchRule commons_net_only_in_ftp_adapter = StowageRules.COMMONS_NET_ONLY_IN_FTP_ADAPTER;
    static final ArchRule dav_xml_only_in_webdav_adapter = StowageRules.DAV_XML_ONLY_IN_WEBDAV_ADAPTER;
    static final ArchRule sshd_only_in_sftp_adapter = StowageRules.SSHD_ONLY_IN_SFTP_ADAPTER;
    static final ArchRule imaging_only_in_image_adapter = StowageRules.IMAGING_ONLY_IN_IMAGE_ADAPTER;
}
