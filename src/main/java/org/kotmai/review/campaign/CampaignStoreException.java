package org.kotmai.review.campaign;

/** Elasticsearch could not be reached to read or write a campaign; answered as 503. */
class CampaignStoreException extends RuntimeException {

    CampaignStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
