package org.kotmai.review.campaign;

import org.kotmai.security.Actor;
import org.kotmai.security.Role;

/**
 * Who may do what with a campaign. The committee and admins run campaigns (create, fill from the catalog,
 * create and assign reviews, link cost models, publish); officers may also add inventory, from the catalog or a
 * CSV; every signed-in user reads campaigns and their dashboards, a reviewer seeing only the items assigned to
 * them; the public reads the summary of a published campaign. Refusals say why, for the person refused.
 */
final class CampaignPolicy {

    private CampaignPolicy() {
    }

    static void requireManager(Actor actor, String action) {
        if (!isManager(actor)) {
            throw new CampaignForbiddenException("only the committee or an admin may " + action + "; you are "
                    + describe(actor));
        }
    }

    static void requireInventoryEditor(Actor actor) {
        if (!isManager(actor) && !actor.has(Role.OFFICER)) {
            throw new CampaignForbiddenException("only an officer, the committee or an admin may add inventory;"
                    + " you are " + describe(actor));
        }
    }

    static void requireReader(Actor actor) {
        if (actor.roles().isEmpty()) {
            throw new CampaignForbiddenException("sign in to read campaigns; only published summaries are public");
        }
    }

    /** A reviewer who holds no other role sees the items assigned to them only. */
    static boolean seesOnlyOwnItems(Actor actor) {
        return actor.has(Role.REVIEWER) && !isManager(actor) && !actor.has(Role.OFFICER);
    }

    private static boolean isManager(Actor actor) {
        return actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN);
    }

    private static String describe(Actor actor) {
        return actor.isAnonymous() ? "not signed in" : "'" + actor.name() + "' with roles " + actor.roles();
    }
}
