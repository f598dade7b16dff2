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
 * @param moderate     moderate public comments, open and close consultations (committee and admins)
 * @param runCampaigns start campaigns, create and assign their reviews, publish them (committee and admins)
 * @param addInventory add items to a campaign's inventory (officers, committee and admins)
 */
public record PageRights(boolean loadLaws, boolean administer, boolean startReviews, boolean moderate,
                         boolean runCampaigns, boolean addInventory) {

    static PageRights of(Actor actor) {
        boolean committee = actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN);
        return new PageRights(actor.has(Role.OFFICER) || actor.has(Role.ADMIN), actor.has(Role.ADMIN),
                actor.has(Role.OFFICER), committee, committee, committee || actor.has(Role.OFFICER));
    }
}
