package org.kotmai.elasticsearch;

import tools.jackson.databind.node.ObjectNode;

/**
 * Rebuilds the documents of one logical index as a migration copies them into the index's new version. An index
 * that keeps some indexed fields out of {@code _source} loses them in a plain copy; its rebuilder derives them again
 * from the fields that are stored. Implementations are beans; the {@link IndexManager} looks them up when it
 * migrates, after the application context is built, so they may depend on anything but the indices' content.
 */
public interface DocumentRebuilder {

    /** The logical index (the definition's name, e.g. {@code provisions}) whose documents this rebuilds. */
    String index();

    /**
     * Completes one document as read from the old index's {@code _source}, in place, keeping the fields it does
     * not derive as they are.
     */
    void rebuild(ObjectNode source);
}
