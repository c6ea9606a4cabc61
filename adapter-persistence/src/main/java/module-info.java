/** Adapter: persistence. */
module io.stowage.adapter.persistence {
    requires io.stowage.application;
}
