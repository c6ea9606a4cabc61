package io.stowage.adapter.s3;

import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds the S3 client for a set of {@link S3Settings}; whoever asks for one closes it. */
final class S3Clients {

    /**
     * The client reads an upload's later parts inside the HTTP callback of the part before, so each upload
     * in progress holds one of the HTTP client's call slots while its uploader is slow to send. OkHttp
     * allows 5 per host by default; these caps keep slow uploads from queueing every other request.
     */
    static final int MAX_CALLS = 256;

    private S3Clients() {
    }

    /** The asynchronous client, for the multipart-upload calls the synchronous one lacks; the caller closes it. */
    static MinioAsyncClient createAsync(S3Settings settings) {
        MinioAsyncClient client = MinioAsyncClient.builder()
                .endpoint(settings.endpoint())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http(settings), true)
                .build();
        if (settings.pathStyle()) {
            client.disableVirtualStyleEndpoint();
        } else {
            client.enableVirtualStyleEndpoint();
        }
        return client;
    }

    static MinioClient create(S3Settings settings) {
        MinioClient client = MinioClient.builder()
                .endpoint(settings.endpoint())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http(settings), true)
                .build();
        if (settings.pathStyle()) {
            client.disableVirtualStyleEndpoint();
        } else {
            client.enableVirtualStyleEndpoint();
        }
        return client;
    }

    private static OkHttpClient http(S3Settings settings) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CALLS);
        // the default client brings the SDK's retry of throttling and 5xx answers, and the system's CAs
        return Http.newDefaultClient().newBuilder()
                .dispatcher(dispatcher)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.ioTimeout())
                .writeTimeout(settings.ioTimeout())
                .build();
    }
}
