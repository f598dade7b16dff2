package org.kotmai.review.campaign;

/** The campaign kept changing under a write, or the request does not fit its current state; answered as 409. */
public class CampaignConflictException extends RuntimeException {

    CampaignConflictException(String message) {
        super(message);
    }
}
