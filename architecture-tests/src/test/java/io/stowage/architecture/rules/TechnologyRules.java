package io.stowage.architecture.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;

import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.attribute.FileTime;

/** Builds the rules that keep each technology inside the one adapter that owns it. */
public final class TechnologyRules {

    private TechnologyRules() {
    }

    public static ArchRule httpOnlyInHttpAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.http..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..")
                .because("requests and responses are the HTTP adapter's business alone");
    }

    public static ArchRule securityOnlyInHttpAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.http..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.security..")
                .because("bearer tokens, their validation and signing (micronaut-security-jwt) are the HTTP"
                        + " adapter's business alone; bootstrap hands its settings over by name");
    }

    public static ArchRule sqlOnlyInPersistenceAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..",
                        "io.micronaut.transaction..")
                .because("rows and connections are the persistence adapter's business alone");
    }

    public static ArchRule filesOnlyInFsAdapterAndBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".adapter.fs..", root + ".bootstrap..")
                .should().dependOnClassesThat(resideInAPackage("java.nio.file..")
                        .and(not(type(FileTime.class))).as("classes in java.nio.file other than FileTime"))
                .because("only the filesystem blob store touches disk; bootstrap may read configuration paths");
    }

    public static ArchRule sshdOnlyInSftpAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.sftp..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.sshd..")
                .because("the SSH/SFTP client is the SFTP blob store's business alone");
    }

    public static ArchRule minioOnlyInS3Adapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.s3..")
                .should().dependOnClassesThat().resideInAPackage("io.minio..")
                .because("the S3 client is the S3 blob store's business alone");
    }

    public static ArchRule commonsNetOnlyInFtpAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.ftp..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.net..")
                .because("the FTP client is the FTP blob store's business alone");
    }

    public static ArchRule davXmlOnlyInWebdavAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.webdav..")
                .should().dependOnClassesThat().resideInAPackage("javax.xml.stream..")
                .because("parsing the WebDAV server's XML answers is the WebDAV blob store's business alone");
    }

    public static ArchRule imagingOnlyInImageAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.image..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.imageio..", "net.coobird.thumbnailator..",
                        "com.luciad.imageio..")
                .because("decoding, resizing and encoding images is the image adapter's business alone");
    }
}
