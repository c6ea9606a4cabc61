/** Adapter: http. */
module io.stowage.adapter.http {
    requires io.stowage.application;
}
