package org.kotmai.web.page;

import java.nio.charset.StandardCharsets;

import org.kotmai.web.NotFoundException;

/**
 * Ids typed into an address reach Elasticsearch, which refuses ids over 512 bytes with an error rather than "not
 * found"; such an id names nothing, and the reader is told so.
 */
public final class PageIds {

    private static final int MAX_BYTES = 512;

    private PageIds() {
    }

    /**
     * @param what what the id names, for the message, e.g. "law"
     * @throws NotFoundException when the id cannot name anything
     */
    public static String require(String id, String what) {
        if (id == null || id.isBlank() || id.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new NotFoundException("No " + what + " has this id. Search or browse to find it.");
        }
        return id;
    }
}
