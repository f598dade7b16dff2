package org.kotmai.web.page.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.review.campaign.BulkCreation;
import org.kotmai.review.campaign.Campaign;
import org.kotmai.review.campaign.CampaignRequests;
import org.kotmai.review.campaign.CampaignService;
import org.kotmai.review.campaign.InventoryCsvException;
import org.kotmai.review.campaign.RowError;
import org.kotmai.security.Actor;
import org.kotmai.thai.ThaiDigits;
import org.kotmai.web.BadRequestException;
import org.kotmai.web.page.PageIds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms that run a campaign: start one, add inventory from the catalog or a CSV, create the items' reviews
 * with their reviewers, publish or withdraw the summary. The campaign service decides who may do each; a refused
 * form comes back on its page with the reason (for a CSV, every line and column at fault) and what was typed.
 */
@Controller
class CampaignFormController {

    private final CampaignService campaigns;
    private final CampaignPages pages;

    CampaignFormController(CampaignService campaigns, CampaignPages pages) {
        this.campaigns = campaigns;
        this.pages = pages;
    }

    @PostMapping("/campaigns")
    String create(Actor actor, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String description,
                  @RequestParam(required = false) String templateId, HttpServletResponse response, Model model) {
        Campaign campaign;
        try {
            campaign = campaigns.create(actor, new CampaignRequests.Create(title, description, templateId));
        } catch (BadRequestException e) {
            refusal(response, model, "create", e.field(), e.getMessage(), List.of());
            model.addAttribute("form", Map.of("title", orEmpty(title), "description", orEmpty(description),
                    "templateId", orEmpty(templateId)));
            return pages.list(actor, false, model);
        }
        return "redirect:/campaigns/" + encode(campaign.id()) + "?created";
    }

    @PostMapping("/campaigns/{id}/inventory")
    String addFromCatalog(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form,
                          HttpServletResponse response, Model model) {
        String campaignId = PageIds.require(id, "campaign");
        int before = campaigns.get(actor, campaignId).items().size();
        Campaign campaign;
        try {
            campaign = campaigns.addFromCatalog(actor, campaignId, new CampaignRequests.CatalogInventory(
                    choice(form.get("type"), InstrumentType.class, "type"),
                    choice(form.get("status"), LawStatus.class, "status"),
                    number(form.get("yearFrom"), "yearFrom"), number(form.get("yearTo"), "yearTo"),
                    form.get("subjectGroup"), form.get("agency"), number(form.get("limit"), "limit")));
        } catch (BadRequestException e) {
            refusal(response, model, "catalog", e.field(), e.getMessage(), List.of());
            model.addAttribute("form", form);
            return pages.detail(actor, campaignId, model);
        }
        return "redirect:/campaigns/" + encode(campaignId) + "?added=" + (campaign.items().size() - before)
                + "#manage";
    }

    @PostMapping("/campaigns/{id}/inventory.csv")
    String importCsv(Actor actor, @PathVariable String id, @RequestParam(required = false) MultipartFile file,
                     HttpServletResponse response, Model model) {
        String campaignId = PageIds.require(id, "campaign");
        int before = campaigns.get(actor, campaignId).items().size();
        Campaign campaign;
        try {
            campaign = campaigns.importCsv(actor, campaignId, file == null ? new byte[0] : file.getBytes());
        } catch (InventoryCsvException e) {
            refusal(response, model, "csv", "file", e.getMessage(), e.errors());
            return pages.detail(actor, campaignId, model);
        } catch (BadRequestException e) {
            refusal(response, model, "csv", e.field(), e.getMessage(), List.of());
            return pages.detail(actor, campaignId, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded CSV", e);
        }
        return "redirect:/campaigns/" + encode(campaignId) + "?imported=" + (campaign.items().size() - before)
                + "#manage";
    }

    @PostMapping("/campaigns/{id}/reviews")
    String createReviews(Actor actor, @PathVariable String id,
                         @RequestParam(required = false) List<String> reviewers, HttpServletResponse response,
                         Model model) {
        String campaignId = PageIds.require(id, "campaign");
        List<String> chosen = reviewers == null ? List.of() : reviewers.stream().filter(r -> !r.isBlank()).toList();
        BulkCreation created;
        try {
            requireListed(chosen);
            created = campaigns.createReviews(actor, campaignId, new CampaignRequests.ReviewOrder(chosen, Map.of(),
                    null));
        } catch (BadRequestException e) {
            refusal(response, model, "reviews", e.field(), e.getMessage(), List.of());
            return pages.detail(actor, campaignId, model);
        }
        return "redirect:/campaigns/" + encode(campaignId) + "?reviewsCreated=" + created.created().size()
                + "#manage";
    }

    @PostMapping("/campaigns/{id}/publication")
    String publish(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "false") boolean published) {
        String campaignId = PageIds.require(id, "campaign");
        campaigns.publish(actor, campaignId, published);
        return "redirect:/campaigns/" + encode(campaignId) + "?published=" + published + "#manage";
    }

    /** The form offers the reviewers by name; anything else was not typed by someone using it. */
    private void requireListed(List<String> chosen) {
        List<String> listed = pages.reviewers();
        for (String name : chosen) {
            if (!listed.contains(name)) {
                throw new BadRequestException("reviewers", "'" + name + "' is not one of the reviewers listed; tick"
                        + " reviewers from the list");
            }
        }
    }

    private static void refusal(HttpServletResponse response, Model model, String form, String field,
                                String reason, List<RowError> rows) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refusedForm", form);
        model.addAttribute("refusedField", field);
        model.addAttribute("refusal", reason);
        model.addAttribute("csvErrors", rows);
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, "'" + value + "' is not one of the choices; pick one from the list");
        }
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ThaiDigits.toArabic(value.strip()));
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "'" + value + "' is not a whole number; write it in digits,"
                    + " e.g. 2560");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
