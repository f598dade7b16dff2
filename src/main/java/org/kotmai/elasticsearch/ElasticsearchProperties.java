package org.kotmai.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Kotmai reaches Elasticsearch. Without {@code uris} the application runs its own node (managed mode); with
 * them it connects to an existing cluster and provisions nothing (external mode).
 *
 * @param uris           external cluster nodes, e.g. {@code https://es1:9200,https://es2:9200}; empty = managed node
 * @param username       basic-auth user for the external cluster; needs {@code password}; not with {@code apiKey}
 * @param password       basic-auth password
 * @param apiKey         base64 API key ({@code id:key} encoded) sent as {@code Authorization: ApiKey ...}
 * @param caCertificate  PEM file of the CA that signed the cluster's HTTP certificate (for https uris)
 * @param caFingerprint  SHA-256 fingerprint (hex, colons optional) of the cluster's CA certificate, instead of
 *                       {@code caCertificate}
 * @param connectTimeout time allowed to open a connection
 * @param socketTimeout  time allowed for a response; bulk loads and reindexing need generous values
 * @param indexPrefix    prefix of every alias and index, so several applications or test runs share a cluster
 * @param indexResources where index definitions are read from (Spring resource pattern)
 * @param managed        the local node used when {@code uris} is empty
 */
@ConfigurationProperties("kotmai.elasticsearch")
public record ElasticsearchProperties(
        @DefaultValue List<URI> uris,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        String caFingerprint,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration socketTimeout,
        @DefaultValue("kotmai") String indexPrefix,
        @DefaultValue("classpath*:elasticsearch/indices/*.json") String indexResources,
        @DefaultValue Managed managed) {

    public ElasticsearchProperties {
        uris = List.copyOf(uris);
        if (apiKey != null && username != null) {
            throw new IllegalArgumentException("Set either kotmai.elasticsearch.api-key or"
                    + " kotmai.elasticsearch.username/password, not both.");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("kotmai.elasticsearch.username and kotmai.elasticsearch.password"
                    + " go together; set both or neither.");
        }
        if (caCertificate != null && caFingerprint != null) {
            throw new IllegalArgumentException("Set either kotmai.elasticsearch.ca-certificate or"
                    + " kotmai.elasticsearch.ca-fingerprint, not both.");
        }
        for (URI uri : uris) {
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("kotmai.elasticsearch.uris entry '" + uri + "' is not an"
                        + " http(s)://host:port address.");
            }
        }
        if (indexPrefix == null || !indexPrefix.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("kotmai.elasticsearch.index-prefix must be lowercase letters, digits,"
                    + " '_', '.' or '-', got '" + indexPrefix + "'.");
        }
    }

    /** Managed mode runs a local node; external mode only connects. */
    public boolean isManaged() {
        return uris.isEmpty();
    }

    /**
     * The local node of managed mode. It lives under {@code kotmai.data-dir}/elasticsearch.
     *
     * @param port          loopback HTTP port; 0 picks a free one at every start
     * @param heap          JVM heap of the node, e.g. {@code 512m} or {@code 1g}
     * @param user          system user the node runs as when the application runs as root (Elasticsearch refuses
     *                      root); created if missing
     * @param startTimeout  how long to wait for the node to answer before giving up
     * @param distribution  Spring resource of the Elasticsearch integ-test zip; the build puts it on the classpath
     * @param javaHome      JDK the node runs on; defaults to the one running the application
     * @param minFreeDisk   free space that must remain on the data volume after unpacking the distribution
     * @param settings      extra elasticsearch.yml settings; the minimal distribution rejects settings of modules it
     *                      does not contain
     */
    public record Managed(
            @DefaultValue("0") int port,
            @DefaultValue("1g") String heap,
            @DefaultValue("kotmai-es") String user,
            @DefaultValue("120s") Duration startTimeout,
            @DefaultValue("classpath:elasticsearch-distribution/elasticsearch.zip") String distribution,
            Path javaHome,
            @DefaultValue("1GB") DataSize minFreeDisk,
            @DefaultValue Map<String, String> settings) {

        public Managed {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("kotmai.elasticsearch.managed.port must be 0-65535, got " + port);
            }
            settings = Map.copyOf(settings);
        }
    }
}
