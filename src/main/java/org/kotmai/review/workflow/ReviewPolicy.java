package org.kotmai.review.workflow;

import java.util.Optional;

import org.kotmai.security.Actor;
import org.kotmai.security.Role;

/**
 * Who may do what with a review. The public reads published reviews only; any signed-in user reads every
 * review; officers create reviews; the owning officer and the assigned reviewers fill in and submit drafts; the
 * committee takes reviews into committee, returns them, decides and publishes. Each check answers with the reason
 * for a refusal, worded for the person refused.
 */
final class ReviewPolicy {

    private ReviewPolicy() {
    }

    static boolean canRead(Actor actor, Review review) {
        return review.state() == ReviewState.PUBLISHED || !actor.roles().isEmpty();
    }

    static Optional<String> refuseCreate(Actor actor) {
        return actor.has(Role.OFFICER) ? Optional.empty()
                : Optional.of("only an officer may create reviews; you are " + describe(actor));
    }

    /** A guillotine campaign creates one review per inventory item on the committee's or an admin's order. */
    static Optional<String> refuseCreateInBulk(Actor actor) {
        return actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN) ? Optional.empty()
                : Optional.of("only the committee or an admin may create a campaign's reviews; you are "
                        + describe(actor));
    }

    static Optional<String> refuseEdit(Actor actor, Review review) {
        if (isOwner(actor, review) || isAssignedReviewer(actor, review)) {
            return Optional.empty();
        }
        return Optional.of("only the owning officer '" + review.owner() + "' or an assigned reviewer "
                + review.assignees() + " may change review " + review.id() + "; you are " + describe(actor));
    }

    static Optional<String> refuse(Actor actor, Review review, Transition transition) {
        if (transition == Transition.SUBMIT) {
            return refuseEdit(actor, review).map(reason -> "cannot submit: " + reason);
        }
        return actor.has(Role.COMMITTEE) ? Optional.empty()
                : Optional.of("only the committee may " + transition.name().toLowerCase().replace('_', ' ')
                        + "; you are " + describe(actor));
    }

    static Optional<String> refuseAssign(Actor actor, Review review) {
        if (isOwner(actor, review) || actor.has(Role.COMMITTEE)) {
            return Optional.empty();
        }
        return Optional.of("only the owning officer '" + review.owner() + "' or the committee may assign reviewers;"
                + " you are " + describe(actor));
    }

    static Optional<String> refuseComment(Actor actor) {
        return actor.roles().isEmpty() ? Optional.of("sign in as a user with a role to comment") : Optional.empty();
    }

    private static boolean isOwner(Actor actor, Review review) {
        return actor.has(Role.OFFICER) && actor.name().equals(review.owner());
    }

    private static boolean isAssignedReviewer(Actor actor, Review review) {
        return actor.has(Role.REVIEWER) && review.assignees().contains(actor.name());
    }

    private static String describe(Actor actor) {
        return actor.isAnonymous() ? "not signed in" : "'" + actor.name() + "' with roles " + actor.roles();
    }
}
