package org.kotmai.review.campaign;

/** A campaign as read, with the Elasticsearch sequence number and primary term a conditional write must match. */
record StoredCampaign(Campaign campaign, long seqNo, long primaryTerm) {
}
