package io.stowage.architecture.modules;

/** A main Maven module of Stowage: the directory it is built in and the JPMS module it must declare. */
public enum StowageModule {
    DOMAIN("domain", "io.stowage.domain"),
    APPLICATION("application", "io.stowage.application"),
    ADAPTER_HTTP("adapter-http", "io.stowage.adapter.http"),
    ADAPTER_PERSISTENCE("adapter-persistence", "io.stowage.adapter.persistence"),
    ADAPTER_FS("adapter-fs", "io.stowage.adapter.fs"),
    ADAPTER_S3("adapter-s3", "io.stowage.adapter.s3"),
    ADAPTER_FTP("adapter-ftp", "io.stowage.adapter.ftp"),
    ADAPTER_WEBDAV("adapter-webdav", "io.stowage.adapter.webdav"),
    ADAPTER_SFTP("adapter-sftp", "io.stowage.adapter.sftp"),
    ADAPTER_IMAGE("adapter-image", "io.stowage.adapter.image"),
    BOOTSTRAP("bootstrap", "io.stowage.bootstrap");

    static final String ADAPTER_PREFIX = "io.stowage.adapter.";

    private final String directory;
    private final String moduleName;

    StowageModule(String directory, String moduleName) {
        this.directory = directory;
        this.moduleName = moduleName;
    }

    public String directory() {
        return directory;
    }

    public String moduleName() {
        return moduleName;
    }

    public boolean isAdapter() {
        return isAdapter(moduleName);
    }

    static boolean isAdapter(String moduleName) {
        return moduleName.startsWith(ADAPTER_PREFIX);
    }
}
