package org.kotmai.review.store;

import java.io.IOException;

/**
 * Runs one Elasticsearch call and turns a transport failure into a {@link ReviewStoreException}; shared by the
 * review-side stores (reviews, campaigns, consultations, attachments) so that all answer 503 alike.
 */
public final class Io {

    public interface Call<T> {
        T run() throws IOException;
    }

    private Io() {
    }

    public static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw unavailable(what, e);
        }
    }

    /** For callers that must look at a transport failure (e.g. a version conflict) before giving up. */
    public static ReviewStoreException unavailable(String what, IOException e) {
        return new ReviewStoreException("Elasticsearch did not answer while trying to " + what + ": "
                + e.getMessage() + "; check that the node is up (GET /actuator/health)", e);
    }
}
