package org.kotmai.review.campaign;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kotmai.security.Actor;
import org.kotmai.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Guillotine campaigns", description = "Inventories of licences, procedures or laws reviewed in bulk:"
        + " one review per item, reviewers assigned round-robin or by item, dashboard, summary and exports.")
class CampaignController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @Operation(summary = "Start a campaign (committee or admin)", description = "templateId defaults to"
            + " guillotine_review; every item's review answers that template.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Campaign> create(@Parameter(hidden = true) Actor actor,
                                    @RequestBody CampaignRequests.Create body) {
        Campaign campaign = campaigns.create(actor, body);
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(campaign);
    }

    @GetMapping
    @Operation(summary = "Campaigns, most recently changed first; the public sees published ones only")
    List<CampaignListing> list(@Parameter(hidden = true) Actor actor) {
        return campaigns.list(actor).stream().map(CampaignListing::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with its inventory; a reviewer sees the items assigned to them",
            security = @SecurityRequirement(name = "basic"))
    Campaign get(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return campaigns.get(actor, id);
    }

    @PostMapping("/{id}/inventory")
    @Operation(summary = "Add one item per catalogued law matching the filters (officer, committee or admin)",
            description = "Filters as GET /api/laws: type, status, yearFrom/yearTo (BE), subjectGroup, agency."
                    + " Laws already in the inventory are skipped.", security = @SecurityRequirement(name = "basic"))
    Campaign addFromCatalog(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                            @RequestBody CampaignRequests.CatalogInventory body) {
        return campaigns.addFromCatalog(actor, id, body);
    }

    @PostMapping(value = "/{id}/inventory.csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add the licences and procedures of a CSV (officer, committee or admin); all or nothing",
            description = "UTF-8 (a byte-order mark is fine), header row with the columns name, agency, kind,"
                    + " law_id or law_title, and optionally provision, annual_applications, notes. kind is one of"
                    + " licence, permit, registration, notification, certificate, report, law, other (or its Thai"
                    + " name). Any error refuses the whole file with 400 listing each error's line, column and"
                    + " fix.", security = @SecurityRequirement(name = "basic"))
    Campaign importCsv(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                       @RequestPart("file") MultipartFile file) throws IOException {
        if (file == null) {
            throw new BadRequestException("file", "send the CSV as multipart field 'file'");
        }
        return campaigns.importCsv(actor, id, file.getBytes());
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Create one review per item without one, and assign reviewers (committee or admin)",
            description = "reviewers are given items round-robin; assignments names reviewers for particular"
                    + " items; itemIds limits the creation to those items.",
            security = @SecurityRequirement(name = "basic"))
    BulkCreation createReviews(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                               @RequestBody CampaignRequests.ReviewOrder body) {
        return campaigns.createReviews(actor, id, body);
    }

    @PutMapping("/{id}/items/{itemId}/cost-review")
    @Operation(summary = "Link a Standard Cost Model review to an item; its current and proposed burden then"
            + " count for the item (committee or admin)", security = @SecurityRequirement(name = "basic"))
    Campaign linkCostReview(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                            @PathVariable String itemId, @RequestBody CampaignRequests.CostLink body) {
        return campaigns.linkCostReview(actor, id, itemId, body.costReviewId());
    }

    @PutMapping("/{id}/publication")
    @Operation(summary = "Make the campaign summary public or private (committee or admin)",
            security = @SecurityRequirement(name = "basic"))
    Campaign publish(@Parameter(hidden = true) Actor actor, @PathVariable String id,
                     @RequestBody CampaignRequests.Publication body) {
        return campaigns.publish(actor, id, body.published());
    }

    @GetMapping("/{id}/dashboard")
    @Operation(summary = "Counts by review state and decision, yearly burden now and after the decisions (THB),"
            + " per agency", security = @SecurityRequirement(name = "basic"))
    Dashboard dashboard(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return campaigns.dashboard(actor, id);
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "Results: totals, decisions, burden and savings, per agency, items without a decision;"
            + " public once the campaign is published")
    CampaignSummary summary(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return campaigns.summary(actor, id);
    }

    @GetMapping(value = "/{id}/summary.csv", produces = "text/csv")
    @Operation(summary = "The summary per agency with a TOTAL line, as CSV (UTF-8 with byte-order mark)")
    ResponseEntity<byte[]> summaryCsv(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        CampaignSummary summary = campaigns.summary(actor, id);
        return file(CsvExport.write(InventoryTable.summaryHeader(summary), InventoryTable.summaryRows(summary)),
                CSV, "campaign-" + id + "-summary.csv");
    }

    @GetMapping(value = "/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "The inventory with reviews, decisions and burden figures as CSV (UTF-8 with byte-order"
            + " mark)", security = @SecurityRequirement(name = "basic"))
    ResponseEntity<byte[]> exportCsv(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return file(CsvExport.write(InventoryTable.HEADER, InventoryTable.rows(campaigns.figures(actor, id))), CSV,
                "campaign-" + id + ".csv");
    }

    @GetMapping(value = "/{id}/export.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The inventory with reviews, decisions and burden figures as an XLSX workbook",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<byte[]> exportXlsx(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        return file(XlsxExport.write("inventory", InventoryTable.HEADER,
                InventoryTable.rows(campaigns.figures(actor, id))), XLSX, "campaign-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
