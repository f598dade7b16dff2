package org.kotmai.review.workflow;

/**
 * Where a stored document stands in Elasticsearch; a write conditioned on it is refused by the store when
 * anything else was written to the document since it was read.
 */
public record StoreVersion(long seqNo, long primaryTerm) {
}
