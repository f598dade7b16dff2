package org.kotmai.elasticsearch;

import java.util.Optional;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;

/**
 * Says a secured cluster's refusal in terms of the settings that fix it. The client reports a wrong API key on a
 * HEAD request as "status: 401 … Expecting a response body", which does not tell an operator what to change.
 */
final class ClusterRefusal {

    private ClusterRefusal() {
    }

    /**
     * @param failure  what a request to the cluster threw
     * @param indices  the index names the application needs, for a message about missing privileges
     * @return the explanation when the cluster refused the credentials (401) or the privileges (403)
     */
    static Optional<String> explain(Exception failure, String indices) {
        int status = failure instanceof TransportException t ? t.statusCode()
                : failure instanceof ElasticsearchException e ? e.status() : 0;
        return switch (status) {
            case 401 -> Optional.of("Elasticsearch refused the application's credentials (HTTP 401). Set "
                    + "kotmai.elasticsearch.api-key, or kotmai.elasticsearch.username and "
                    + "kotmai.elasticsearch.password, to credentials this cluster accepts. (" + failure.getMessage() + ")");
            case 403 -> Optional.of("Elasticsearch accepted the application's credentials but denied the request "
                    + "(HTTP 403). Give the API key or user the privileges to create, manage, read and write the "
                    + "indices " + indices + " and to read the cluster's health. (" + failure.getMessage() + ")");
            default -> Optional.empty();
        };
    }
}
