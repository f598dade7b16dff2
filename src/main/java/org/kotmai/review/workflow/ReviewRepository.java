package org.kotmai.review.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Durable storage of reviews. Every write is acknowledged only once it is durable and visible to the next read,
 * including searches.
 */
public interface ReviewRepository {

    /** @return the stored version of the new review */
    StoreVersion create(Review review);

    /**
     * Creates many new reviews in one request, all durable and visible when it returns.
     *
     * @throws RuntimeException naming the first review the store refused; the others may have been written
     */
    void createAll(List<Review> reviews);

    Optional<StoredReview> find(String id);

    /** The reviews with these ids that exist, in no particular order. */
    List<Review> findAll(Collection<String> ids);

    /**
     * Replaces the review only if the stored document is still at {@code expected}.
     *
     * @return the new store version, or empty when someone else wrote the review since it was read
     */
    Optional<StoreVersion> replace(Review review, StoreVersion expected);

    /** Reviews matching every given filter (null means any), newest change first. */
    List<Review> list(ReviewFilter filter, int limit);
}
