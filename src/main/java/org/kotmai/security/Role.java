package org.kotmai.security;

/**
 * What a signed-in user may do. Anyone not signed in is the public, who may read the catalog and published
 * reviews; the public is therefore not a role.
 */
public enum Role {
    /** Prepares reviews of laws and drafts, uploads and imports laws. */
    OFFICER,
    /** Fills in the reviews they are assigned to. */
    REVIEWER,
    /** Takes reviews into committee, returns them for revision, decides and publishes. */
    COMMITTEE,
    /** Manages templates and users; may also upload and import laws. */
    ADMIN;

    /** The Spring Security authority for this role; an OIDC mapping must produce the same strings. */
    public String authority() {
        return "ROLE_" + name();
    }
}
