package org.kotmai.search;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The two moves every reader of an Elasticsearch response makes over its tokens ({@link RawSearches}): walk the
 * properties of an object, and read each object of an array.
 */
final class ResponseTokens {

    private ResponseTokens() {
    }

    /**
     * Moves to the value of the next property of the object being read, whose name is then
     * {@code p.currentName()}; false at the end of the object. The caller reads or skips the value.
     */
    static boolean nextProperty(JsonParser p) {
        if (p.nextToken() != JsonToken.PROPERTY_NAME) {
            return false;
        }
        p.nextToken();
        return true;
    }

    /** Reads each object of the array the parser is on with {@code object}; anything but an array is skipped. */
    static void eachObject(JsonParser p, Runnable object) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            object.run();
        }
    }
}
