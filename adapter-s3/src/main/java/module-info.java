/** Adapter: s3. */
module io.stowage.adapter.s3 {
    requires io.stowage.application;
}
