/** Wires the adapters to the application and starts the server. */
module io.stowage.bootstrap {
    requires io.stowage.application;
    requires io.stowage.adapter.http;
    requires io.stowage.adapter.persistence;
    requires io.stowage.adapter.fs;
    requires io.stowage.adapter.s3;
}
