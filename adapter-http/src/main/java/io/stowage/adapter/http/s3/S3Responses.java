package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.UUID;

/** S3's response shapes: an XML document, or an S3 error document with its status. */
final class S3Responses {

    static final String REQUEST_ID = "x-amz-request-id";
    private static final MediaType XML = MediaType.of("application/xml");

    private S3Responses() {
    }

    static MutableHttpResponse<String> xml(S3Xml document) {
        return HttpResponse.ok(document.toString()).contentType(XML);
    }

    static MutableHttpResponse<?> error(HttpRequest<?> request, HttpStatus status, String code, String message,
            String resource) {
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        MutableHttpResponse<?> response;
        if (request.getMethod() == io.micronaut.http.HttpMethod.HEAD) {
            // a HEAD answer has no body; the status and code header say it all
            response = HttpResponse.status(status);
        } else {
            S3Xml body = new S3Xml().open("Error").element("Code", code).element("Message", message)
                    .element("Resource", resource).element("RequestId", requestId).close("Error");
            response = HttpResponse.status(status).body(body.toString()).contentType(XML);
        }
        response.getHeaders().set(REQUEST_ID, requestId);
        response.getHeaders().set("x-amz-error-code", code);
        return response;
    }
}
