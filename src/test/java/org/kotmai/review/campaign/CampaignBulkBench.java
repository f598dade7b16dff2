package org.kotmai.review.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Time to create a campaign's reviews in bulk: five campaigns of 300 CSV items each, one after the other, so the
 * later rounds show the warmed-up service. Run with {@code ./mvnw test -Pbench -Dtest=CampaignBulkBench}; prints
 * the time of each round as the service measured it, asserts nothing.
 */
@Tag("bench")
@ElasticsearchIntegrationTest(properties = "kotmai.elasticsearch.index-prefix=bench-campaigns")
@AutoConfigureMockMvc
class CampaignBulkBench {

    private static final int ITEMS = 300;
    private static final int ROUNDS = 5;

    @Autowired
    MockMvc mvc;

    @Test
    void bulkCreationOfThreeHundredReviews() throws Exception {
        CampaignApi api = new CampaignApi(mvc);
        String mill = api.upload("rice-mill-act.txt", CampaignApiIntegrationTest.MILL_AGENCY, null);
        String boat = api.upload("rowing-boat-act.txt", CampaignApiIntegrationTest.BOAT_AGENCY, "2022-06-01");
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String id = api.post("committee", "/api/campaigns", Map.of("title", "bench " + round)).text("id");
            api.csv("officer", id, CampaignApiIntegrationTest.inventory(ITEMS, mill, boat));
            CampaignApi.Answer bulk = api.post("committee", "/api/campaigns/" + id + "/reviews",
                    Map.of("reviewers", List.of("reviewer", "reviewer2")));
            if (bulk.body().path("created").size() != ITEMS) {
                throw new IllegalStateException("round " + round + " created " + bulk.body().path("created").size()
                        + " reviews: " + bulk.body());
            }
            millis.add(bulk.body().path("millis").asLong());
        }
        System.out.printf("Bulk creation of %d campaign reviews, ms per round: %s%n", ITEMS, millis);
    }
}
