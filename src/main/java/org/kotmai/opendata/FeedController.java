package org.kotmai.opendata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.kotmai.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Open data")
class FeedController {

    static final String ATOM = "application/atom+xml";
    private static final int MAX_ENTRIES = 500;

    private final CatalogReader reader;

    FeedController(CatalogReader reader) {
        this.reader = reader;
    }

    @GetMapping(value = "/api/feed.atom", produces = ATOM)
    @Operation(summary = "Atom feed of catalog changes: laws newly catalogued or re-catalogued, newest first",
            description = "Each entry's id is the law's ELI URI; links go to the web page, the JSON and the Akoma "
                    + "Ntoso XML.",
            responses = {@ApiResponse(responseCode = "200", content = @Content(mediaType = ATOM)),
                    @ApiResponse(responseCode = "400", description = "limit out of range")})
    void feed(@Parameter(description = "how many entries, 1 to 500") @RequestParam(defaultValue = "50") int limit,
            HttpServletResponse response) throws IOException {
        if (limit < 1 || limit > MAX_ENTRIES) {
            throw new BadRequestException("limit", "must be between 1 and " + MAX_ENTRIES);
        }
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        StringWriter buffer = new StringWriter();
        AtomFeedWriter.write(baseUrl, reader.latestLaws(limit), buffer);
        response.setContentType(ATOM + ";charset=UTF-8");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(buffer.toString());
        }
    }
}
