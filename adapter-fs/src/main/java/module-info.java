/** Adapter: fs. */
module io.stowage.adapter.fs {
    requires io.stowage.application;
}
