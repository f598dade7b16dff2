package org.kotmai.review.campaign;

/** The signed-in user's roles do not allow this campaign action; answered as 403 (401 when not signed in). */
public class CampaignForbiddenException extends RuntimeException {

    CampaignForbiddenException(String message) {
        super(message);
    }
}
