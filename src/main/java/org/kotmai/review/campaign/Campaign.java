package org.kotmai.review.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A guillotine campaign: an inventory of licences, procedures or laws, each reviewed with the same template.
 *
 * @param templateId the template every item's review answers; the guillotine review unless chosen otherwise
 * @param published  whether the public may read the campaign's summary
 * @param revision   1 when created, one more with every change; a change based on an older revision is refused
 */
public record Campaign(String id, String title, String description, String templateId, boolean published,
                       String createdBy, Instant createdAt, Instant updatedAt, long revision,
                       List<InventoryItem> items) {

    public Campaign {
        items = items == null ? List.of() : List.copyOf(items);
    }

    Campaign with(List<InventoryItem> newItems, boolean newPublished, Instant now) {
        return new Campaign(id, title, description, templateId, newPublished, createdBy, createdAt, now,
                revision + 1, newItems);
    }
}
