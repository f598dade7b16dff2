package org.kotmai.search;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.Endpoint;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;

/**
 * An Elasticsearch request already serialized, sent as it is by the low-level client. A search repeats the same
 * few requests; serializing the typed request anew each time, through JSON-P, was a large share of the
 * application's time per search.
 */
record RawRequest(String method, String path, Map<String, String> parameters, byte[] body) {

    RawRequest {
        parameters = Map.copyOf(parameters);
    }

    /** The request exactly as the typed client would send it: same method, path, parameters and body. */
    static <R> RawRequest of(Endpoint<R, ?, ?> endpoint, R request, JsonpMapper mapper) {
        return new RawRequest(endpoint.method(request), endpoint.requestUrl(request),
                endpoint.queryParameters(request),
                JsonpUtils.toJsonString(endpoint.body(request), mapper).getBytes(StandardCharsets.UTF_8));
    }

    Request toRequest() {
        Request request = new Request(method, path);
        request.addParameters(parameters);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return request;
    }
}
