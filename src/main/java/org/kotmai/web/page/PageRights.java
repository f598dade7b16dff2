package org.kotmai.web.page;

import org.kotmai.security.Actor;
import org.kotmai.security.Role;

/**
 * What the reader may do, so that pages offer only the links and buttons that will work for them. The security
 * configuration and the services still decide; this only spares readers links that would be refused.
 *
 * @param loadLaws     upload and import laws, see the catalog's health (officers and admins)
 * @param administer   edit the search dictionary, evaluate search quality (admins)
 * @param startReviews start a review (officers)
 * @param moderate     moderate public comments (committee and admins)
 */
public record PageRights(boolean loadLaws, boolean administer, boolean startReviews, boolean moderate) {

    static PageRights of(Actor actor) {
        return new PageRights(actor.has(Role.OFFICER) || actor.has(Role.ADMIN), actor.has(Role.ADMIN),
                actor.has(Role.OFFICER), actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN));
    }
}
