package org.kotmai.search;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Sends search results as JSON written by {@link SearchResultJson}, in one piece with its length, ahead of the
 * general JSON converter (which maps the records by reflection and sends the body in chunks). Results are only
 * ever written: a request body is a {@link SearchRequest}.
 */
@Component
class SearchResultConverter implements HttpMessageConverter<SearchResult> {

    private final SearchResultJson json = new SearchResultJson();

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return clazz == SearchResult.class && (mediaType == null || mediaType.includes(MediaType.APPLICATION_JSON));
    }

    @Override
    public List<MediaType> getSupportedMediaTypes() {
        return List.of(MediaType.APPLICATION_JSON);
    }

    @Override
    public SearchResult read(Class<? extends SearchResult> clazz, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("search results are not read from requests", inputMessage);
    }

    @Override
    public void write(SearchResult result, MediaType contentType, HttpOutputMessage outputMessage)
            throws IOException {
        byte[] body = json.write(result);
        outputMessage.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        outputMessage.getHeaders().setContentLength(body.length);
        outputMessage.getBody().write(body);
    }
}
