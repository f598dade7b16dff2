package org.kotmai.review.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.kotmai.catalog.CatalogRepository;
import org.kotmai.catalog.LawFilter;
import org.kotmai.catalog.LawSummary;
import org.kotmai.catalog.Page;
import org.kotmai.review.template.Template;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.review.workflow.NewReview;
import org.kotmai.review.workflow.Review;
import org.kotmai.review.workflow.ReviewService;
import org.kotmai.review.workflow.ReviewSubject;
import org.kotmai.review.workflow.SubjectKind;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Runs guillotine campaigns: the inventory (from the catalog or a CSV), one review per item with its reviewers,
 * and the figures of the dashboard, summary and exports. Every change re-reads the campaign and is written only
 * if nobody wrote it meanwhile; a change that loses that race is applied again to the fresh campaign.
 */
@Service
public class CampaignService {

    static final String DEFAULT_TEMPLATE = "guillotine_review";
    static final String COST_TEMPLATE = "standard_cost_model";
    static final int MAX_CATALOG_ITEMS = 5000;
    static final String NO_AGENCY = "ไม่ระบุหน่วยงาน";
    private static final int LIST_LIMIT = 500;
    private static final int ATTEMPTS = 3;
    private static final int MAX_TITLE = 300;

    private final CampaignRepository campaigns;
    private final ReviewService reviews;
    private final TemplateCatalog templates;
    private final CatalogRepository catalog;
    private final LawLookup laws;
    private final ReviewerDirectory reviewers;

    CampaignService(CampaignRepository campaigns, ReviewService reviews, TemplateCatalog templates,
                    CatalogRepository catalog, LawLookup laws, ReviewerDirectory reviewers) {
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.templates = templates;
        this.catalog = catalog;
        this.laws = laws;
        this.reviewers = reviewers;
    }

    public Campaign create(Actor actor, CampaignRequests.Create request) {
        CampaignPolicy.requireManager(actor, "create campaigns");
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new BadRequestException("title", "give the campaign a title of 1 to " + MAX_TITLE + " characters");
        }
        String templateId = request.templateId() == null || request.templateId().isBlank() ? DEFAULT_TEMPLATE
                : request.templateId().strip();
        if (templates.byId(templateId).isEmpty()) {
            throw new BadRequestException("templateId", "no template '" + templateId + "'; see GET /api/templates"
                    + " (the default is " + DEFAULT_TEMPLATE + ")");
        }
        Instant now = Instant.now();
        Campaign campaign = new Campaign(UUID.randomUUID().toString(), title,
                request.description() == null ? "" : request.description().strip(), templateId, false,
                actor.name(), now, now, 1, List.of());
        campaigns.create(campaign);
        return campaign;
    }

    /** Campaigns, most recently changed first; the public sees published ones only. */
    public List<Campaign> list(Actor actor) {
        return campaigns.list(LIST_LIMIT).stream().filter(c -> c.published() || !actor.roles().isEmpty())
                .map(c -> visible(actor, c)).toList();
    }

    /** The campaign as this actor may see it: a reviewer sees only the items assigned to them. */
    public Campaign get(Actor actor, String id) {
        CampaignPolicy.requireReader(actor);
        return visible(actor, load(id).campaign());
    }

    /**
     * The organisation an item from the catalog is reviewed under: the one the campaign was filtered by, else the
     * first the law names (its lead, in the order of its รักษาการ clause).
     */
    private static String agencyOf(LawSummary law, LawFilter filter) {
        List<String> agencies = law.agencies();
        if (filter.agency() != null && agencies.contains(filter.agency())) {
            return filter.agency();
        }
        return agencies.isEmpty() ? NO_AGENCY : agencies.get(0);
    }

    /** Adds one item per catalogued law the filter matches, skipping laws already in the inventory. */
    public Campaign addFromCatalog(Actor actor, String id, CampaignRequests.CatalogInventory request) {
        CampaignPolicy.requireInventoryEditor(actor);
        int limit = request.limit() == null ? MAX_CATALOG_ITEMS : request.limit();
        if (limit < 1 || limit > MAX_CATALOG_ITEMS) {
            throw new BadRequestException("limit", "must be 1 to " + MAX_CATALOG_ITEMS);
        }
        if (request.yearFrom() != null && request.yearTo() != null && request.yearFrom() > request.yearTo()) {
            throw new BadRequestException("yearFrom", "is after yearTo; give the range in Buddhist Era years,"
                    + " earliest first");
        }
        LawFilter filter = new LawFilter(request.type(), request.status(), request.yearFrom(), request.yearTo(),
                blankToNull(request.subjectGroup()), blankToNull(request.agency()), null);
        List<LawSummary> found = new ArrayList<>();
        for (int page = 0; found.size() < limit; page++) {
            Page<LawSummary> laws = catalog.listLaws(filter, page, 500);
            found.addAll(laws.items());
            if (laws.items().size() < 500) {
                break;
            }
        }
        List<InventoryItem> items = found.stream().limit(limit).map(law -> new InventoryItem(null, law.title(),
                ItemKind.LAW, agencyOf(law, filter), law.id(),
                law.title(), null, null, null, "catalog", null, null, List.of())).toList();
        if (items.isEmpty()) {
            throw new BadRequestException("filter", "no catalogued law matches; loosen the filters (see"
                    + " GET /api/laws with the same parameters)");
        }
        return update(id, campaign -> campaign.with(append(campaign, items, true), campaign.published(),
                Instant.now()));
    }

    /** Adds the items of an inventory CSV (see {@link InventoryCsv} for its columns); all or nothing. */
    public Campaign importCsv(Actor actor, String id, byte[] csv) {
        CampaignPolicy.requireInventoryEditor(actor);
        if (csv == null || csv.length == 0) {
            throw new BadRequestException("file", "is empty; send the inventory CSV as multipart field 'file'");
        }
        Campaign current = load(id).campaign();
        List<InventoryItem> items = new InventoryCsv(laws).read(csv, keys(current));
        return update(id, campaign -> {
            Set<String> keys = keys(campaign);
            List<InventoryItem> added = items.stream().filter(item -> keys.contains(InventoryCsv.key(item)))
                    .toList();
            if (!added.isEmpty()) {
                throw new CampaignConflictException("while the CSV was read, someone added '" + added.get(0).name()
                        + "' to the inventory; nothing was imported, send the file again without it");
            }
            return campaign.with(append(campaign, items, false), campaign.published(), Instant.now());
        });
    }

    /** Creates one review per item that has none, assigning reviewers explicitly or round-robin. */
    public BulkCreation createReviews(Actor actor, String id, CampaignRequests.ReviewOrder order) {
        CampaignPolicy.requireManager(actor, "create a campaign's reviews");
        long started = System.nanoTime();
        Campaign campaign = load(id).campaign();
        reviewers.requireReviewers(order.reviewers(), "reviewers");
        Map<String, InventoryItem> byId = campaign.items().stream()
                .collect(Collectors.toMap(InventoryItem::id, item -> item, (a, b) -> a, LinkedHashMap::new));
        order.assignments().forEach((itemId, names) -> {
            if (!byId.containsKey(itemId)) {
                throw new BadRequestException("assignments." + itemId, "the campaign has no item '" + itemId + "'");
            }
            reviewers.requireReviewers(names == null ? List.of() : names, "assignments." + itemId);
        });
        List<InventoryItem> chosen = chosenItems(order, byId);
        Template template = templates.byId(campaign.templateId()).orElseThrow(() -> new CampaignConflictException(
                "campaign " + id + " uses template '" + campaign.templateId() + "', which is no longer loaded;"
                        + " restore its file in kotmai.review.template-dir"));
        List<InventoryItem> pending = chosen.stream().filter(item -> item.reviewId() == null).toList();
        List<NewReview> requests = new ArrayList<>();
        List<List<String>> assignees = new ArrayList<>();
        int turn = 0;
        for (InventoryItem item : pending) {
            List<String> names = order.assignments().get(item.id());
            if (names == null) {
                names = order.reviewers().isEmpty() ? List.of()
                        : List.of(order.reviewers().get(turn++ % order.reviewers().size()));
            }
            assignees.add(names);
            ReviewSubject subject = item.provision() == null
                    ? new ReviewSubject(SubjectKind.LAW, item.lawId(), List.of())
                    : new ReviewSubject(SubjectKind.PROVISIONS, item.lawId(), List.of(item.provision()));
            requests.add(new NewReview(campaign.templateId(), subject, item.name(), names,
                    InventoryAnswers.of(template, item)));
        }
        List<Review> created = reviews.createAll(actor, requests);
        Map<String, BulkCreation.Created> done = new LinkedHashMap<>();
        for (int i = 0; i < created.size(); i++) {
            done.put(pending.get(i).id(), new BulkCreation.Created(pending.get(i).id(), created.get(i).id(),
                    assignees.get(i)));
        }
        if (!done.isEmpty()) {
            update(id, fresh -> fresh.with(fresh.items().stream().map(item -> {
                BulkCreation.Created c = done.get(item.id());
                return c == null || item.reviewId() != null ? item : item.withReview(c.reviewId(), c.assignees());
            }).toList(), fresh.published(), Instant.now()));
        }
        return new BulkCreation(id, List.copyOf(done.values()), chosen.size() - pending.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Links a Standard Cost Model review whose burden figures then count for the item (null unlinks). */
    public Campaign linkCostReview(Actor actor, String id, String itemId, String costReviewId) {
        CampaignPolicy.requireManager(actor, "link cost models");
        String reviewId = blankToNull(costReviewId);
        if (reviewId != null) {
            Review review = reviews.get(actor, reviewId);
            if (!COST_TEMPLATE.equals(review.templateId())) {
                throw new BadRequestException("costReviewId", "review " + reviewId + " answers template '"
                        + review.templateId() + "'; link a review of template " + COST_TEMPLATE);
            }
        }
        return update(id, campaign -> {
            if (campaign.items().stream().noneMatch(item -> item.id().equals(itemId))) {
                throw new NotFoundException("Campaign " + id + " has no item '" + itemId + "'. See GET /api/campaigns/"
                        + id + " for its items.");
            }
            return campaign.with(campaign.items().stream()
                    .map(item -> item.id().equals(itemId) ? item.withCostReview(reviewId) : item).toList(),
                    campaign.published(), Instant.now());
        });
    }

    /** Makes the campaign's summary public, or private again. */
    public Campaign publish(Actor actor, String id, boolean published) {
        CampaignPolicy.requireManager(actor, "publish a campaign");
        return update(id, campaign -> campaign.with(campaign.items(), published, Instant.now()));
    }

    /** Figures of every item the actor may see, in inventory order. */
    public List<ItemFigures> figures(Actor actor, String id) {
        return figures(get(actor, id));
    }

    public Dashboard dashboard(Actor actor, String id) {
        Campaign campaign = get(actor, id);
        return DashboardCalculator.of(campaign, figures(campaign));
    }

    /** The summary; the public may read it once the campaign is published. */
    public CampaignSummary summary(Actor actor, String id) {
        Campaign campaign = load(id).campaign();
        if (actor.roles().isEmpty() && !campaign.published()) {
            throw missing(id);
        }
        Campaign seen = actor.roles().isEmpty() ? campaign : visible(actor, campaign);
        return CampaignSummary.of(seen, figures(seen));
    }

    private List<ItemFigures> figures(Campaign campaign) {
        Set<String> ids = new HashSet<>();
        for (InventoryItem item : campaign.items()) {
            if (item.reviewId() != null) {
                ids.add(item.reviewId());
            }
            if (item.costReviewId() != null) {
                ids.add(item.costReviewId());
            }
        }
        Map<String, Review> found = new HashMap<>();
        reviews.findAll(ids).forEach(review -> found.put(review.id(), review));
        return campaign.items().stream().map(item -> ItemFigures.of(item, found.get(item.reviewId()),
                item.costReviewId() == null ? null : found.get(item.costReviewId()))).toList();
    }

    private static List<InventoryItem> chosenItems(CampaignRequests.ReviewOrder order,
                                                   Map<String, InventoryItem> byId) {
        if (order.itemIds() == null) {
            return List.copyOf(byId.values());
        }
        List<InventoryItem> chosen = new ArrayList<>();
        for (String itemId : order.itemIds()) {
            InventoryItem item = byId.get(itemId);
            if (item == null) {
                throw new BadRequestException("itemIds", "the campaign has no item '" + itemId + "'");
            }
            chosen.add(item);
        }
        return chosen;
    }

    private static List<InventoryItem> append(Campaign campaign, List<InventoryItem> items, boolean skipKnown) {
        Set<String> keys = keys(campaign);
        int next = campaign.items().stream().mapToInt(item -> number(item.id())).max().orElse(0) + 1;
        List<InventoryItem> all = new ArrayList<>(campaign.items());
        for (InventoryItem item : items) {
            if (skipKnown && !keys.add(InventoryCsv.key(item))) {
                continue;
            }
            all.add(new InventoryItem(String.valueOf(next++), item.name(), item.kind(), item.agency(), item.lawId(),
                    item.lawTitle(), item.provision(), item.annualApplications(), item.notes(), item.origin(),
                    null, null, List.of()));
        }
        return all;
    }

    private static int number(String itemId) {
        try {
            return Integer.parseInt(itemId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Set<String> keys(Campaign campaign) {
        return campaign.items().stream().map(InventoryCsv::key).collect(Collectors.toSet());
    }

    private static Campaign visible(Actor actor, Campaign campaign) {
        if (!CampaignPolicy.seesOnlyOwnItems(actor)) {
            return campaign;
        }
        return new Campaign(campaign.id(), campaign.title(), campaign.description(), campaign.templateId(),
                campaign.published(), campaign.createdBy(), campaign.createdAt(), campaign.updatedAt(),
                campaign.revision(), campaign.items().stream()
                .filter(item -> item.assignees().contains(actor.name())).toList());
    }

    private Campaign update(String id, UnaryOperator<Campaign> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StoredCampaign read = load(id);
            Campaign next = change.apply(read.campaign());
            if (campaigns.replace(read, next)) {
                return next;
            }
        }
        throw new CampaignConflictException("campaign " + id + " kept changing while this change was saved;"
                + " try again");
    }

    private StoredCampaign load(String id) {
        return campaigns.find(id).orElseThrow(() -> missing(id));
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("No campaign '" + id + "'. List campaigns with GET /api/campaigns.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
