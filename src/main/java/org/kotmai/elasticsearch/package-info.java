/**
 * Elasticsearch for Kotmai: the store behind every search.
 *
 * <p><b>Modes.</b> Without {@code kotmai.elasticsearch.uris} the application runs a managed node: the
 * Elasticsearch integ-test zip, put on the classpath by the build, is unpacked under
 * {@code kotmai.data-dir/elasticsearch} and started on a free loopback port with security off, as an unprivileged
 * system user when the application is root. With {@code uris} it connects to that cluster (API key or basic auth,
 * TLS trust by CA file or fingerprint) and provisions nothing. See {@link org.kotmai.elasticsearch.ElasticsearchProperties}.
 *
 * <p><b>Indices.</b> Put {@code src/main/resources/elasticsearch/indices/<name>.json} (a create-index body with
 * {@code mappings._meta.version}); it is created at start as {@code <prefix>-<name>-v<version>} behind the alias
 * {@code <prefix>-<name>}, which {@link org.kotmai.elasticsearch.IndexManager#alias(String)} returns. Raise the
 * version to change settings or mappings: the next start copies the documents into a new index and switches the
 * alias atomically. The managed distribution has only core analysis (no analysis-common, no ICU, no Thai
 * tokenizer), so Thai text must be segmented before indexing.
 */
package org.kotmai.elasticsearch;
