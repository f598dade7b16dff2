package org.kotmai.review.workflow;

import java.util.List;

/** Comments on reviews, kept apart from the reviews so that commenting never conflicts with editing. */
public interface CommentRepository {

    void add(Comment comment);

    /** Every comment on the review, oldest first. */
    List<Comment> of(String reviewId);
}
