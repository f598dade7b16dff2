package org.kotmai.review.workflow;

/** Checks that the law, provisions or draft a review is about exist in the catalog. */
public interface SubjectCatalog {

    /** @return the title of the catalogued law or draft, or null when there is no law with this id */
    String lawTitle(String lawId);

    boolean hasProvision(String lawId, String canonicalNumber);
}
