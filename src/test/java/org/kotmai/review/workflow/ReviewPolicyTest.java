package org.kotmai.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;

class ReviewPolicyTest {

    private static final Actor OWNER = new Actor("somchai", Set.of(Role.OFFICER));
    private static final Actor OTHER_OFFICER = new Actor("malee", Set.of(Role.OFFICER));
    private static final Actor ASSIGNED = new Actor("nok", Set.of(Role.REVIEWER));
    private static final Actor UNASSIGNED = new Actor("lek", Set.of(Role.REVIEWER));
    private static final Actor COMMITTEE = new Actor("prasert", Set.of(Role.COMMITTEE));
    private static final Actor ADMIN = new Actor("root", Set.of(Role.ADMIN));

    private static Review review(ReviewState state) {
        return new Review("r1", "ทดสอบ", "t", 1, new ReviewSubject(SubjectKind.LAW, "act-1", List.of()), state,
                "somchai", List.of("nok"), Map.of(), Map.of(), null, 1, Instant.EPOCH, Instant.EPOCH, "somchai",
                List.of());
    }

    @Test
    void publicReadsOnlyPublishedReviews() {
        for (ReviewState state : ReviewState.values()) {
            assertThat(ReviewPolicy.canRead(Actor.anonymous(), review(state)))
                    .isEqualTo(state == ReviewState.PUBLISHED);
            assertThat(ReviewPolicy.canRead(UNASSIGNED, review(state))).isTrue();
        }
    }

    @Test
    void onlyOfficersCreateReviews() {
        assertThat(ReviewPolicy.refuseCreate(OTHER_OFFICER)).isEmpty();
        assertThat(ReviewPolicy.refuseCreate(ADMIN)).hasValueSatisfying(r -> assertThat(r).contains("only an officer"));
        assertThat(ReviewPolicy.refuseCreate(Actor.anonymous())).hasValueSatisfying(r ->
                assertThat(r).contains("not signed in"));
    }

    @Test
    void ownerAndAssignedReviewerEditButNotOtherOfficersOrReviewers() {
        Review draft = review(ReviewState.DRAFT);
        assertThat(ReviewPolicy.refuseEdit(OWNER, draft)).isEmpty();
        assertThat(ReviewPolicy.refuseEdit(ASSIGNED, draft)).isEmpty();
        assertThat(ReviewPolicy.refuseEdit(OTHER_OFFICER, draft)).hasValueSatisfying(r ->
                assertThat(r).contains("'somchai'").contains("[nok]").contains("'malee'"));
        assertThat(ReviewPolicy.refuseEdit(UNASSIGNED, draft)).isPresent();
        assertThat(ReviewPolicy.refuseEdit(COMMITTEE, draft)).isPresent();
    }

    @Test
    void assignedNameWithoutTheReviewerRoleDoesNotEdit() {
        Actor impostor = new Actor("nok", Set.of(Role.COMMITTEE));
        assertThat(ReviewPolicy.refuseEdit(impostor, review(ReviewState.DRAFT))).isPresent();
    }

    @Test
    void submittingIsForEditorsAndEveryOtherMoveForTheCommittee() {
        Review review = review(ReviewState.SUBMITTED);
        assertThat(ReviewPolicy.refuse(ASSIGNED, review, Transition.SUBMIT)).isEmpty();
        assertThat(ReviewPolicy.refuse(COMMITTEE, review, Transition.SUBMIT)).isPresent();
        for (Transition t : List.of(Transition.START_COMMITTEE_REVIEW, Transition.RETURN_FOR_REVISION,
                Transition.DECIDE, Transition.PUBLISH)) {
            assertThat(ReviewPolicy.refuse(COMMITTEE, review, t)).as(t.name()).isEmpty();
            assertThat(ReviewPolicy.refuse(OWNER, review, t)).as(t.name()).isPresent();
            assertThat(ReviewPolicy.refuse(ADMIN, review, t)).as(t.name()).isPresent();
        }
    }

    @Test
    void ownerOrCommitteeAssignReviewers() {
        assertThat(ReviewPolicy.refuseAssign(OWNER, review(ReviewState.DRAFT))).isEmpty();
        assertThat(ReviewPolicy.refuseAssign(COMMITTEE, review(ReviewState.DRAFT))).isEmpty();
        assertThat(ReviewPolicy.refuseAssign(ASSIGNED, review(ReviewState.DRAFT))).isPresent();
    }

    @Test
    void transitionsFormTheDocumentedStateMachine() {
        assertThat(Transition.SUBMIT.startsFrom(ReviewState.DRAFT)).isTrue();
        assertThat(Transition.RETURN_FOR_REVISION.from())
                .containsExactlyInAnyOrder(ReviewState.SUBMITTED, ReviewState.IN_COMMITTEE_REVIEW);
        assertThat(Transition.RETURN_FOR_REVISION.to()).isEqualTo(ReviewState.DRAFT);
        assertThat(Transition.DECIDE.startsFrom(ReviewState.SUBMITTED)).isFalse();
        assertThat(Transition.PUBLISH.startsFrom(ReviewState.DECIDED)).isTrue();
        for (Transition t : Transition.values()) {
            assertThat(t.startsFrom(ReviewState.PUBLISHED)).as("published is final: " + t).isFalse();
        }
    }
}
