package org.kotmai.review.store;

import java.io.IOException;

/** Runs one Elasticsearch call and turns a transport failure into a {@link ReviewStoreException}. */
final class Io {

    interface Call<T> {
        T run() throws IOException;
    }

    private Io() {
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new ReviewStoreException("Elasticsearch did not answer while trying to " + what + ": "
                    + e.getMessage() + "; check that the node is up (GET /actuator/health)", e);
        }
    }
}
