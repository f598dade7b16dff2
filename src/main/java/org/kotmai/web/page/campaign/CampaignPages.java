package org.kotmai.web.page.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kotmai.catalog.InstrumentType;
import org.kotmai.catalog.LawStatus;
import org.kotmai.review.campaign.Campaign;
import org.kotmai.review.campaign.CampaignService;
import org.kotmai.review.campaign.Dashboard;
import org.kotmai.review.template.DecisionRule;
import org.kotmai.review.template.TemplateCatalog;
import org.kotmai.security.Actor;
import org.kotmai.security.Role;
import org.kotmai.security.UserAccount;
import org.kotmai.security.UserDirectory;
import org.kotmai.web.page.Localized;
import org.kotmai.web.page.PageIds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts what the campaign pages show into the model, for the pages themselves and for forms refused on them. */
@Component
class CampaignPages {

    private static final String UNDECIDED = "undecided";

    private final CampaignService campaigns;
    private final TemplateCatalog templates;
    private final UserDirectory users;
    private final Localized localized;
    private final MessageSource messages;

    CampaignPages(CampaignService campaigns, TemplateCatalog templates, UserDirectory users, Localized localized,
                  MessageSource messages) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.users = users;
        this.localized = localized;
        this.messages = messages;
    }

    /** @return the view name */
    String list(Actor actor, boolean mine, Model model) {
        List<Campaign> found = campaigns.list(actor);
        if (mine) {
            found = found.stream().filter(c -> isWorkOf(actor, c)).toList();
        }
        model.addAttribute("campaigns", found);
        model.addAttribute("mine", mine);
        model.addAttribute("templates", templates.templates());
        return "campaign/list";
    }

    /** A campaign is someone's when they started it or review one of its items. */
    private static boolean isWorkOf(Actor actor, Campaign campaign) {
        return actor.name().equals(campaign.createdBy())
                || campaign.items().stream().anyMatch(item -> item.assignees().contains(actor.name()));
    }

    /** @return the view name */
    String detail(Actor actor, String id, Model model) {
        Campaign campaign = campaigns.get(actor, PageIds.require(id, "campaign"));
        Dashboard dashboard = campaigns.dashboard(actor, campaign.id());
        Map<String, String> outcomes = outcomeLabels(campaign, dashboard);
        model.addAttribute("campaign", campaign);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("figures", campaigns.figures(actor, campaign.id()));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("decisionChart", CampaignCharts.decisionsByAgency(dashboard, outcomes));
        model.addAttribute("burdenChart", CampaignCharts.burdenAndSaving(dashboard,
                message("campaign.burden"), message("campaign.saving")));
        model.addAttribute("types", InstrumentType.values());
        model.addAttribute("statuses", LawStatus.values());
        model.addAttribute("withoutReview", campaign.items().stream().filter(i -> i.reviewId() == null).count());
        boolean manager = actor.has(Role.COMMITTEE) || actor.has(Role.ADMIN);
        model.addAttribute("reviewers", manager ? reviewers() : List.of());
        return "campaign/detail";
    }

    /** Who may be given items: enabled users holding the reviewer role. */
    List<String> reviewers() {
        return users.all().stream().filter(UserAccount::enabled).filter(u -> u.roles().contains(Role.REVIEWER))
                .map(UserAccount::username).sorted().toList();
    }

    /** The template's labels for the outcomes counted; an outcome the template no longer has keeps its key. */
    private Map<String, String> outcomeLabels(Campaign campaign, Dashboard dashboard) {
        List<DecisionRule> rules = templates.byId(campaign.templateId()).map(t -> t.decisions()).orElse(List.of());
        Map<String, String> labels = new LinkedHashMap<>();
        for (String outcome : dashboard.byDecision().keySet()) {
            String label = UNDECIDED.equals(outcome) ? message("campaign.undecided") : rules.stream()
                    .filter(r -> r.outcome().equals(outcome)).findFirst().map(r -> localized.pick(r.label()))
                    .orElse(outcome);
            labels.put(outcome, label);
        }
        return labels;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
