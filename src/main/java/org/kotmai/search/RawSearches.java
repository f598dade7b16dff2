package org.kotmai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Sends {@link RawRequest}s and reads their responses as a stream of tokens, keeping only what the caller picks
 * out: mapping whole responses into the typed client's objects cost more than the search itself.
 */
@Component
class RawSearches {

    private final RestClient client;
    private final JsonFactory json = new JsonFactory();

    RawSearches(RestClient client) {
        this.client = client;
    }

    <T> T send(RawRequest request, Function<JsonParser, T> reader) {
        try {
            Response response = client.performRequest(request.toRequest());
            try (InputStream body = response.getEntity().getContent();
                 JsonParser parser = json.createParser(ObjectReadContext.empty(), body)) {
                parser.nextToken();
                return reader.apply(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch " + request.path() + " failed: " + e.getMessage(), e);
        }
    }
}
