package org.kotmai.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import co.elastic.clients.transport.TransportUtils;

/** Builds the low-level REST client from the connection settings: hosts, credentials, TLS trust, timeouts. */
final class RestClientFactory {

    /**
     * Connections kept per node. The client's default of 10 made concurrent searches beyond the tenth wait for a
     * connection in the application, behind slower calls, instead of in the node's search queue.
     */
    static final int CONNECTIONS_PER_NODE = 64;

    private RestClientFactory() {
    }

    static RestClient create(List<URI> uris, ElasticsearchProperties properties) {
        HttpHost[] hosts = uris.stream()
                .map(u -> new HttpHost(u.getHost(), u.getPort() == -1 ? defaultPort(u) : u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        List<Header> headers = new ArrayList<>();
        // Credentials are sent on every request rather than after a 401 challenge: clusters behind proxies do not
        // always challenge, and it saves a round trip.
        if (properties.apiKey() != null) {
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + properties.apiKey()));
        }
        if (properties.username() != null) {
            String token = Base64.getEncoder().encodeToString(
                    (properties.username() + ":" + properties.password()).getBytes(StandardCharsets.UTF_8));
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + token));
        }
        builder.setDefaultHeaders(headers.toArray(Header[]::new));
        SSLContext ssl = sslContext(properties);
        builder.setHttpClientConfigCallback(http -> {
            http.setMaxConnPerRoute(CONNECTIONS_PER_NODE).setMaxConnTotal(CONNECTIONS_PER_NODE * hosts.length);
            // Credentials go in the headers above, never through the HTTP client's own authentication; its
            // authentication cache deserialized a copy of each node's scheme on every request, about 5 % of the
            // application's CPU per search.
            http.disableAuthCaching();
            return ssl == null ? http : http.setSSLContext(ssl);
        });
        builder.setRequestConfigCallback(request -> request
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setSocketTimeout((int) properties.socketTimeout().toMillis()));
        return builder.build();
    }

    private static int defaultPort(URI uri) {
        return "https".equals(uri.getScheme()) ? 443 : 9200;
    }

    private static SSLContext sslContext(ElasticsearchProperties properties) {
        if (properties.caFingerprint() != null) {
            return TransportUtils.sslContextFromCaFingerprint(properties.caFingerprint().replace(":", ""));
        }
        if (properties.caCertificate() != null) {
            try {
                return TransportUtils.sslContextFromHttpCaCrt(properties.caCertificate().toFile());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("kotmai.elasticsearch.ca-certificate: cannot read a PEM"
                        + " certificate from " + properties.caCertificate() + " (" + e.getMessage() + ").", e);
            }
        }
        return null;
    }
}
