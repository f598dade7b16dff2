package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kotmai.elasticsearch.ElasticsearchIntegrationTest;
import org.kotmai.ingest.IngestService;
import org.kotmai.web.BadRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Queries meant to break the search answer 200 or 400 with a message, never 500. */
@ElasticsearchIntegrationTest(properties = {"kotmai.elasticsearch.index-prefix=it-search-api",
        "kotmai.search.law-table-ttl=0s"})
@AutoConfigureMockMvc
class HostileQueriesIntegrationTest {

    private static final int RANDOM_QUERIES = 10_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestService ingest;
    @Autowired
    SearchService search;
    @Autowired
    Suggester suggester;

    @BeforeEach
    void catalogFixtures() {
        SearchFixtures.catalog(ingest);
    }

    @Test
    void handWrittenHostileQueriesAnswer200Or400WithAMessage() throws Exception {
        List<String> queries = List.of("", " ", "ก".repeat(20_000), "ก".repeat(20_001), "!!! ... ??? ((( )))",
                "* ~ \" \\ ( ) :", "title:แพะ AND text:* OR /.*/", "\"unterminated", "{\"query\":{\"match_all\":{}}}",
                "'; DROP TABLE laws; --", "<script>alert(1)</script>", "\uD800\uDC00\uD800", "\uDFFF", "\u0000\u0001",
                "มาตรา", "ม.", "มาตรา 999999999999999999", "พ.ร.บ.", "ป.พ.พ. มาตรา " + "๑".repeat(500),
                "มาตรา 1 และ 2 และ 3 และ 4 ".repeat(200), "section section section 1", "2568 2569 1999 0000",
                "พ.ร.บ. ".repeat(3000), "%".repeat(1000), "ๆๆๆ ฯฯฯ", "😀".repeat(5000));
        for (String q : queries) {
            int get = mvc.perform(get("/api/search").param("q", q)).andReturn().getResponse().getStatus();
            String body = JsonMapper.builder().build().writeValueAsString(new SearchRequest(q, null, null, null, null,
                    null, null, 0, 10));
            var post = mvc.perform(post("/api/search").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse();
            int suggest = mvc.perform(get("/api/suggest").param("q", q)).andReturn().getResponse().getStatus();
            assertThat(List.of(get, post.getStatus(), suggest)).as("statuses for %s", abbreviate(q))
                    .allMatch(s -> s == 200 || s == 400);
            if (post.getStatus() == 400) {
                assertThat(post.getContentAsString()).as("400 for %s", abbreviate(q)).contains("\"detail\"");
            }
        }
    }

    @Test
    void tenThousandRandomUnicodeStringsNeverFail() {
        Random random = new Random(20_000);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < RANDOM_QUERIES; i++) {
            String q = randomString(random);
            try {
                search.search(new SearchRequest(q, null, null, null, null, null, null, 0, 10));
                suggester.suggest(q, 5);
            } catch (BadRequestException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                failures.add(abbreviate(q) + " -> " + e);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Mostly short strings drawn from Thai, ASCII syntax, digits, and any code point, unpaired surrogates included. */
    private static String randomString(Random random) {
        int length = random.nextInt(100) == 0 ? random.nextInt(20_500) : random.nextInt(40);
        StringBuilder out = new StringBuilder(length);
        String syntax = "*~\"\\():[]{}^!&|/?+-=<>.,;'`@#$%";
        while (out.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> out.append((char) (0x0E01 + random.nextInt(0x5B)));
                case 1 -> out.append(syntax.charAt(random.nextInt(syntax.length())));
                case 2 -> out.append((char) ('0' + random.nextInt(10)));
                case 3 -> out.append(random.nextBoolean() ? "มาตรา " : "ม.");
                case 4 -> out.append((char) random.nextInt(0x10000));
                default -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String q) {
        String shown = q.length() > 60 ? q.substring(0, 60) + "… (" + q.length() + " chars)" : q;
        return shown.codePoints().mapToObj(c -> c < 0x20 || Character.isSurrogate((char) c) && c <= 0xFFFF
                ? String.format("\\u%04X", c) : Character.toString(c)).reduce("", String::concat);
    }
}
